/**
 * Rules for expressions that name a calendar position: full dates, day-months, months, years,
 * decades, centuries, quarters, seasons and holidays.
 */
import { fmtDay, fmtMonth, fmtYear, pad, type Day } from './calendar.js';
import { offsetOf, type Direction, resolveMonth, resolveMonthDay, resolveQuarter, resolveSeason, resolveWeekday } from './resolve.js';
import { isCapitalised, monthOf, numberOf, re, type DateRule, type RuleContext } from './rule.js';
import { MONTH_RE, ORDINALS, POSITION_MODS, POSITION_MOD_RE, SEASON_RE, WEEKDAYS, WEEKDAY_RE } from './vocabulary.js';

const YEAR = '1[5-9]\\d\\d|20\\d\\d';
const DAY = '3[01]|[12]\\d|0?[1-9]';
const ORD = '(?:st|nd|rd|th)';
/** Ordinal day words, longest first ("twenty-first" before "twenty"). */
const DAY_WORD_LIST = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const DAY_WORD_VALUES: Record<string, number> = Object.fromEntries([
  ...DAY_WORD_LIST.map((w, i) => [w, i + 1]),
  ...DAY_WORD_LIST.slice(0, 9).map((w, i) => [`twenty-${w}`, 21 + i]),
  ['thirtieth', 30], ['thirty-first', 31],
]);
const DAY_WORDS = Object.keys(DAY_WORD_VALUES).sort((a, b) => b.length - a.length).map((w) => w.replace('-', '[- ]')).join('|');
/** Optional weekday before a date ("Friday, March 22, 2013"): part of the expression. */
const WD_PREFIX = `(?:(?<wd>${WEEKDAY_RE}),?\\s+)?`;

const posMod = (pos: string | undefined): string | null =>
  pos ? POSITION_MODS[pos.toLowerCase().replace(/\s+/g, ' ')] ?? null : null;

/** Two-digit years: 00-29 are this century, the rest the last ("'98" → 1998). */
const fullYear = (yy: string): number => (yy.length === 2 ? (Number(yy) < 30 ? 2000 + Number(yy) : 1900 + Number(yy)) : Number(yy));

const valid = (y: number, m: number, d: number): boolean => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

/** "May" and "March" alone are words too: as months they follow a preposition or a time word. */
const MONTH_WORD_BEFORE = /\b(?:in|by|since|until|till|through|from|to|of|during|before|after|early|late|mid|last|next|this|between|and|or|throughout|around|since|until|for|on|that|as of)[\s-]+$/i;
const AMBIGUOUS_MONTHS = new Set([3, 5]);
const FULL_MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export const ABSOLUTE_RULES: DateRule[] = [
  {
    name: 'iso-date',
    reason: 'ISO dates in datelines and data tables',
    example: '2025-10-23 → 2025-10-23',
    pattern: re(`(?<![\\d-])(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d-])`),
    resolve: (g) => (valid(+g.y!, +g.m!, +g.d!) ? { value: `${g.y}-${g.m}-${g.d}`, type: 'DATE' } : null),
  },
  {
    name: 'numeric-date',
    reason: 'numeric dates month/day/year as in US copy, day/month/year when the first number is over 12',
    example: '10/23/2025 → 2025-10-23; 23/10/2025 → 2025-10-23',
    pattern: re(`(?<![\\d/.])(?<a>${DAY})/(?<b>${DAY})/(?<y>(?:19|20)\\d\\d|\\d\\d)(?![\\d/])`),
    resolve: (g) => {
      const y = fullYear(g.y!);
      // month first, as in US copy, unless the first number cannot be a month (23/10/2025)
      const [m, d] = +g.a! > 12 ? [+g.b!, +g.a!] : [+g.a!, +g.b!];
      return valid(y, m, d) ? { value: fmtDay({ y, m, d }), type: 'DATE' } : null;
    },
  },
  {
    name: 'iso-week',
    reason: 'ISO weeks as written in reports',
    example: '2013-W11 → 2013-W11',
    pattern: re(`(?<![\\d-])(?<y>${YEAR})-W(?<w>0[1-9]|[1-4]\\d|5[0-3])(?![\\d-])`, 'g'),
    resolve: (g) => ({ value: `${g.y}-W${g.w}`, type: 'DATE' }),
  },
  {
    name: 'numeric-date-dotted',
    reason: 'European numeric dates day.month.year (only with a four-digit year: "3.5.20" may be a version)',
    example: '23.10.2025 → 2025-10-23',
    pattern: re(`(?<![\\d.])(?<d>${DAY})\\.(?<m>1[0-2]|0?[1-9])\\.(?<y>(?:19|20)\\d\\d)(?!\\d|\\.\\d)`),
    resolve: (g) => (valid(+g.y!, +g.m!, +g.d!) ? { value: fmtDay({ y: +g.y!, m: +g.m!, d: +g.d! }), type: 'DATE' } : null),
  },
  {
    name: 'month-day-year',
    reason: 'the usual full date of English news',
    example: 'October 23, 2025 → 2025-10-23',
    pattern: re(`${WD_PREFIX}(?<month>${MONTH_RE})\\s+(?<d>${DAY})${ORD}?,?\\s+(?<y>${YEAR})(?!\\d)`),
    resolve: (g) => fullDate(+g.y!, monthOf(g.month!), +g.d!, g.month),
  },
  {
    name: 'day-month-year',
    reason: 'the British and international order',
    example: '23 October 2025 → 2025-10-23',
    pattern: re(`${WD_PREFIX}(?:the\\s+)?(?<![\\d.,:$])(?<d>${DAY})${ORD}?\\s+(?:of\\s+)?(?<month>${MONTH_RE}),?\\s+(?<y>${YEAR})(?!\\d)`),
    resolve: (g) => fullDate(+g.y!, monthOf(g.month!), +g.d!, g.month),
  },
  {
    name: 'month-day-words',
    reason: 'broadcast transcripts spell the day: "March eighth"',
    example: 'March eighth (published 2025-03-10) → 2025-03-08',
    pattern: re(`${WD_PREFIX}(?<month>${MONTH_RE})\\s+(?:the\\s+)?(?<dw>${DAY_WORDS})(?![\\w-])`),
    resolve: (g, ctx) => dayMonth(monthOf(g.month!), DAY_WORD_VALUES[g.dw!.toLowerCase().replace(/[- ]+/, '-')], g.month, g.wd, ctx),
  },
  {
    name: 'spelled-year',
    reason: 'broadcast transcripts spell the year: "nineteen ninety-six", "two thousand"',
    example: 'nineteen ninety-six → 1996',
    pattern: re(`(?:the\\s+year\\s+)?(?:(?<c>nineteen|twenty)\\s+(?<t>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?<u>one|two|three|four|five|six|seven|eight|nine))?|two\\s+thousand(?:\\s+and)?(?:\\s+(?<u2>one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\\w-])`),
    resolve: (g) => {
      const word = (w: string | undefined) => (w ? numberOf(w) ?? 0 : 0);
      if (!g.c) return { value: String(2000 + word(g.u2)), type: 'DATE' };
      return { value: String((g.c.toLowerCase() === 'nineteen' ? 1900 : 2000) + word(g.t) + word(g.u)), type: 'DATE' };
    },
  },
  {
    name: 'month-day',
    reason: 'a day-month without a year: the latest on or before publication, the next one after a forward cue, the nearer one when the sentence has no tense cue',
    example: 'closed on Feb. 28 (published 2025-10-23) → 2025-02-28; will close on Feb. 28 → 2026-02-28',
    pattern: re(`${WD_PREFIX}(?<month>${MONTH_RE})\\s+(?<d>${DAY})${ORD}?(?!\\w|[.,:]\\d)`),
    resolve: (g, ctx) => dayMonth(monthOf(g.month!), +g.d!, g.month, g.wd, ctx),
  },
  {
    name: 'day-month',
    reason: 'day-month in the British order, resolved as month-day',
    example: '13 April (published 2025-05-01) → 2025-04-13',
    pattern: re(`${WD_PREFIX}(?:the\\s+)?(?<![\\d.,:$])(?<d>${DAY})${ORD}?\\s+(?:of\\s+)?(?<month>${MONTH_RE})(?!\\w)`),
    resolve: (g, ctx) => dayMonth(monthOf(g.month!), +g.d!, g.month, g.wd, ctx),
  },
  {
    name: 'month',
    reason: 'a month, with its year, or resolved by last/this/next or the past bias; early/mid/late set mod',
    example: 'late last July (published 2025-03-10) → 2024-07 END',
    pattern: re(`(?:${POSITION_MOD_RE})?(?:(?<rel>last|this|next|past|coming)\\s+)?(?<month>${MONTH_RE})(?:,?\\s+(?:of\\s+)?(?<y>${YEAR}))?(?![\\w'’])`),
    resolve: (g, ctx) => {
      const m = monthOf(g.month!);
      if (!isCapitalised(g.month)) return null;
      const mod = posMod(g.pos);
      if (g.y) return { value: fmtMonth(+g.y, m), type: 'DATE', mod };
      // an abbreviation alone ("Mar.") is too often something else
      if (!FULL_MONTH_NAMES.has(g.month!.toLowerCase())) return null;
      if (!g.rel && !g.pos && AMBIGUOUS_MONTHS.has(m) && !MONTH_WORD_BEFORE.test(ctx.before)) return null;
      const ahead = ctx.anchor ? (m - ctx.anchor.m + 12) % 12 : 12;
      const dir = !g.rel && DEADLINE_BEFORE.test(ctx.before) && ahead > 0 && ahead <= 4 ? 'future' : ctx.dir;
      return { value: resolveMonth(ctx.anchor, m, dir, offsetOf(g.rel)), type: 'DATE', mod };
    },
  },
  {
    name: 'year',
    reason: 'a bare year, with early/mid/late as mod; not money, counts, percentages or numbers in names',
    example: 'early 2011 → 2011 START',
    pattern: re(`(?:${POSITION_MOD_RE})?(?:fiscal\\s+(?:year\\s+)?)?(?<![$€£¥#\\d.,/:]|\\d-)(?<y>${YEAR})(?![\\d%]|[.,:]\\d|-(?:year|old|\\d{3}(?!\\d)|\\d{5})|\\s*(?:percent|per cent))`),
    resolve: (g, ctx) => {
      if (NOT_A_YEAR_BEFORE.test(ctx.before) || NOT_A_YEAR_AFTER.test(ctx.after)) return null;
      return { value: g.y!, type: 'DATE', mod: posMod(g.pos) };
    },
  },
  {
    name: 'year-range-end',
    reason: 'the second year of a range written short ("2009-10" is 2009 and 2010)',
    example: '2009-10 → 2009, 2010',
    pattern: re(`(?<=(?<![\\d])(?<cc>1[5-9]|20)\\d\\d[-–])(?<yy>\\d\\d)(?![\\d-])`),
    resolve: (g) => ({ value: `${g.cc}${g.yy}`, type: 'DATE' }),
  },
  {
    name: 'year-range-full',
    reason: 'the second year of a range written in full ("2009-2010")',
    example: '2009-2010 → 2009, 2010',
    pattern: re(`(?<=(?<![\\d])(?:${YEAR})[-–])(?<y>${YEAR})(?!\\d)`),
    resolve: (g) => ({ value: g.y!, type: 'DATE' }),
  },
  {
    name: 'decade',
    reason: 'decades as a year with an unknown last digit',
    example: 'the 1990s → 199X; the late ’80s → 198X END',
    pattern: re(`(?:${POSITION_MOD_RE})?(?:the\\s+)?(?:(?<pos2>early|mid|late)[\\s-]+)?(?:(?<cen>1[5-9]|20)(?<dec>\\d)0|['’](?<dec2>\\d)0)['’]?s(?!\\w)`),
    resolve: (g) => {
      const prefix = g.cen ? `${g.cen}${g.dec}` : `${Number(g.dec2) < 3 ? '20' : '19'}${g.dec2}`;
      return { value: `${prefix}X`, type: 'DATE', mod: posMod(g.pos2) ?? posMod(g.pos) };
    },
  },
  {
    name: 'decade-word',
    reason: 'decades in words, only after "the" ("in his forties" is an age)',
    example: 'the nineties → 199X',
    pattern: re(`(?:${POSITION_MOD_RE})?the\\s+(?:(?<pos2>early|mid|late)[\\s-]+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\\w)`),
    resolve: (g) => {
      const digit = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g.word!.toLowerCase()) + 2;
      return { value: `19${digit}X`, type: 'DATE', mod: posMod(g.pos2) ?? posMod(g.pos) };
    },
  },
  {
    name: 'century',
    reason: 'centuries as their two leading digits (the 20th century is 19xx)',
    example: 'the 20th century → 19',
    pattern: re(`(?:${POSITION_MOD_RE})?(?:the\\s+)?(?:(?<pos2>early|mid|late)[\\s-]+)?(?<ord>\\d{1,2}${ORD}|${Object.keys(ORDINALS).filter((o) => !/\d/.test(o)).join('|')})[\\s-]+century(?!\\w)`),
    resolve: (g) => {
      const n = ORDINALS[g.ord!.toLowerCase()] ?? parseInt(g.ord!, 10);
      return n >= 1 && n <= 22 ? { value: pad(n - 1, 2), type: 'DATE', mod: posMod(g.pos2) ?? posMod(g.pos) } : null;
    },
  },
  {
    name: 'quarter',
    reason: 'financial quarters, with their year or resolved like months',
    example: 'the third quarter of 2013 → 2013-Q3',
    pattern: re(`(?:the\\s+)?(?:(?<rel>last|this|next|latest|current|past|previous|coming|same)\\s+)?(?:(?<y1>${YEAR})\\s+)?(?:fiscal\\s+)?(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>${YEAR})|,?\\s+(?<y3>${YEAR}))?(?!\\w)`),
    resolve: (g, ctx) => {
      const q = ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 } as Record<string, number>)[g.q!.toLowerCase()];
      const y = g.y1 ?? g.y2 ?? g.y3;
      return { value: resolveQuarter(ctx.anchor, q, ctx.dir, offsetOf(g.rel), y ? +y : undefined), type: 'DATE' };
    },
  },
  {
    name: 'the-quarter',
    reason: 'in business news "the quarter" and "the latest quarter" are the last one completed',
    example: 'the latest quarter (published 2025-10-23) → 2025-Q3',
    pattern: re('the\\s+(?:(?<rel>latest|last|previous|past|current|this|next|coming|same)\\s+)?(?:fiscal\\s+)?(?<what>quarter|period)(?![\\w-])'),
    resolve: (g, ctx) => {
      const rel = g.rel?.toLowerCase();
      // "the latest period" is a quarter only in a sentence about quarters
      if (g.what!.toLowerCase() === 'period' && (rel !== 'latest' || !/quarter/i.test(ctx.sentence))) return null;
      const offset = !rel || rel === 'latest' || rel === 'same' ? -1 : offsetOf(rel);
      return { value: resolveQuarter(ctx.anchor, null, 'past', offset), type: 'DATE' };
    },
  },
  {
    name: 'quarter-code',
    reason: 'quarters written Q3 2013',
    example: 'Q3 2013 → 2013-Q3',
    pattern: re(`(?<!\\w)Q(?<q>[1-4])(?:\\s+|-|\\s*['’])(?<y>${YEAR}|\\d\\d)(?!\\d)`, 'g'),
    resolve: (g) => ({ value: `${fmtYear(fullYear(g.y!))}-Q${g.q}`, type: 'DATE' }),
  },
  {
    name: 'season',
    reason: 'seasons as YYYY-SP/SU/FA/WI; "fall" and "spring" only where they cannot be the verb or the water',
    example: 'last summer (published 2025-03-10) → 2024-SU',
    pattern: re(`(?:${POSITION_MOD_RE})?(?:this\\s+(?=(?:past|coming)\\s))?(?:(?<rel>last|this|next|past|coming|previous)\\s+)?(?:the\\s+)?(?<s>${SEASON_RE})(?:\\s+(?:of\\s+)?(?<y>${YEAR}))?(?![\\w'’-])`),
    resolve: (g, ctx, text) => {
      const s = g.s!.toLowerCase();
      if ((s === 'fall' || s === 'spring') && !g.rel && !g.y && !g.pos && !/^the\b/i.test(text) && !/\b(?:in|this|last|next|by|since|until|during)\s+$/i.test(ctx.before)) return null;
      if (s === 'fall' && !g.rel && !g.y && !g.pos && /^the\b/i.test(text) && /^\s+of\b/i.test(ctx.after)) return null;
      // "spring onions", "spring water", "fall armyworm": the season word naming a thing
      if (!g.y && SEASON_COMPOUNDS.test(ctx.after)) return null;
      return { value: resolveSeason(ctx.anchor, s, ctx.dir, offsetOf(g.rel), g.y ? +g.y : undefined), type: 'DATE', mod: posMod(g.pos) };
    },
  },
  {
    name: 'thanksgiving',
    reason: 'Thanksgiving moves with the weekday; resolved like a day-month',
    example: 'Thanksgiving Day (published 2025-12-01) → 2025-11-27',
    pattern: re(`Thanksgiving(?:\\s+Day)?(?:\\s+(?<y>${YEAR}))?(?!\\w)`, 'g'),
    resolve: (g, ctx) => {
      if (g.y) return { value: fmtDay(thanksgiving(+g.y)), type: 'DATE' };
      if (!ctx.anchor) return { value: 'XXXX-11-XX', type: 'DATE' };
      const dir = ctx.cue ?? 'past';
      const t = thanksgiving(ctx.anchor.y);
      const after = Date.UTC(t.y, t.m - 1, t.d) > Date.UTC(ctx.anchor.y, ctx.anchor.m - 1, ctx.anchor.d);
      const y = dir === 'past' && after ? ctx.anchor.y - 1 : dir === 'future' && !after ? ctx.anchor.y + 1 : ctx.anchor.y;
      return { value: fmtDay(thanksgiving(y)), type: 'DATE' };
    },
  },
  {
    name: 'holiday',
    reason: 'fixed-date holidays, resolved like a day-month',
    example: 'Christmas (published 2025-10-23) → 2024-12-25',
    pattern: re(`(?<h>Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day|Independence Day|Halloween|Valentine['’]s Day)(?:\\s+(?<y>${YEAR}))?(?!\\w)`, 'g'),
    resolve: (g, ctx) => {
      const [m, d] = HOLIDAYS[g.h!.toLowerCase().replace('’', "'")];
      if (g.y) return { value: fmtDay({ y: +g.y, m, d }), type: 'DATE' };
      return { value: resolveMonthDay(ctx.anchor, m, d, ctx.dir), type: 'DATE' };
    },
  },
];

/** Thanksgiving (US): the fourth Thursday of November. */
function thanksgiving(y: number): Day {
  const first = resolveWeekday({ y, m: 11, d: 1 }, 4, 'future', null);
  return { y, m: 11, d: Number(first.slice(8)) + 21 };
}

const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], "new year's eve": [12, 31],
  "new year's day": [1, 1], 'independence day': [7, 4], halloween: [10, 31], "valentine's day": [2, 14],
};

/** Nouns that make a season word part of a thing's name. */
const SEASON_COMPOUNDS = /^\s+(?:onions?|water|rolls?|greens|chicken|lamb|cleaning|mattress|board|tide|armyworm|collection|jacket|coat|dress|squash|wheat|barley)\b/i;

/** Numbers that look like years but follow a label ("Route 1966", "No. 2010", "Flight 2013"). */
const NOT_A_YEAR_BEFORE = /\b(?:route|no\.|number|nos?|flight|highway|interstate|room|page|pages|section|article|rule|resolution|model|boeing|airbus|bus|apartment|suite|unit|code|tel|phone|fax|score|version|windows|office)\s*$/i;
/** …or precede a counted noun ("2000 troops", "1500 people") or a time zone ("1700 GMT" is a clock time). */
const NOT_A_YEAR_AFTER = /^\s*(?:GMT|UTC|hrs|hours|local time|EST|EDT|BST|CET|Zulu|people|persons|troops|soldiers|men|women|children|residents|civilians|workers|employees|km|kilometres|kilometers|miles|meters|metres|feet|ft|tons|tonnes|dollars|euros|yen|pounds|barrels|shares|units|cars|homes|houses|jobs|votes|words|pages|times|points|cases|deaths|students|members|rockets|missiles|refugees|prisoners|hectares|acres|calories|kg|mg|ml|m|cm|mm|lbs?)\b/i;

function fullDate(y: number, m: number, d: number, monthWord: string | undefined) {
  if (!isCapitalised(monthWord) || !valid(y, m, d)) return null;
  return { value: fmtDay({ y, m, d }), type: 'DATE' as const };
}

function dayMonth(m: number, d: number, monthWord: string | undefined, wd: string | undefined, ctx: RuleContext) {
  if (!isCapitalised(monthWord) || d > 31) return null;
  if (!ctx.anchor) return { value: `XXXX-${pad(m)}-${pad(d)}`, type: 'DATE' as const };
  // a weekday given with the date picks the year in which they agree, when one of the two nearest does
  if (wd) {
    const target = WEEKDAYS[wd.toLowerCase()];
    for (const y of [ctx.anchor.y, ctx.anchor.y - 1, ctx.anchor.y + 1]) {
      if (valid(y, m, d) && resolveWeekday({ y, m, d } as Day, target, 'past', null) === fmtDay({ y, m, d })) {
        return { value: fmtDay({ y, m, d }), type: 'DATE' as const };
      }
    }
  }
  const soon = withinDays(ctx.anchor, resolveMonthDay(ctx.anchor, m, d, 'future'), 92);
  const dir = DEADLINE_BEFORE.test(ctx.before) && soon ? 'future' : ctx.cue ?? nearer(ctx.anchor, m, d);
  return { value: resolveMonthDay(ctx.anchor, m, d, dir), type: 'DATE' as const };
}

/** A deadline ("by Jan. 14", "until March 3") within the coming weeks is ahead even in a past-tense sentence. */
const DEADLINE_BEFORE = /\b(?:by|until|till|before)\s+$/i;
const withinDays = (anchor: Day, iso: string, days: number): boolean =>
  (Date.parse(iso) - Date.UTC(anchor.y, anchor.m - 1, anchor.d)) / 86_400_000 <= days;

/**
 * With no tense cue in its sentence, a day-month is the nearer of its two candidates: news names the
 * coming days by date ("to holders of record Dec. 21") but rarely a day nearly a year back without its year.
 */
function nearer(anchor: Day, m: number, d: number): Direction {
  const past = resolveMonthDay(anchor, m, d, 'past');
  const future = resolveMonthDay(anchor, m, d, 'future');
  const days = (iso: string) => Math.abs(Date.parse(iso) - Date.UTC(anchor.y, anchor.m - 1, anchor.d));
  return days(future) < days(past) ? 'future' : 'past';
}
