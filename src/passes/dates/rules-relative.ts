/**
 * Rules for expressions whose value depends on the publication date: today, yesterday, last year,
 * this week, two days ago, Thursday, the previous day, now, recently, the future.
 */
import { addDays, fmtDay, fmtWeek, weekday } from './calendar.js';
import { offsetOf, resolveQuarter, resolveWeekday, shiftedPeriod } from './resolve.js';
import { isCapitalised, numberOf, re, type DateRule, type Resolved } from './rule.js';
import { PARTS_OF_DAY, POSITION_MODS, POSITION_MOD_RE, NUMBER_RE, UNIT_RE, WEEKDAYS, WEEKDAY_RE, unitOf } from './vocabulary.js';

const posMod = (pos: string | undefined): string | null =>
  pos ? POSITION_MODS[pos.toLowerCase().replace(/\s+/g, ' ')] ?? null : null;

/** Words that stand for the present, the past or the future as a whole (TIMEX3 reference values). */
const REFERENCE_WORDS: Record<string, string> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  'the present': 'PRESENT_REF', current: 'PRESENT_REF', 'the time being': 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF', 'at the time': 'PAST_REF',
  formerly: 'PAST_REF', 'the future': 'FUTURE_REF', 'in future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
  // not here: "soon", "future" and "recent" alone, annotated as times far less often than they occur (TimeBank)
};

/** Capitalised words after a weekday that make it part of a name. */
const WEEKDAY_NAMES_AFTER = /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|People|Independent|Star|Sport|School|Service|Night Football|Morning Herald)\b/;

export const RELATIVE_RULES: DateRule[] = [
  {
    name: 'deictic-day',
    reason: 'today, yesterday and tomorrow are days counted from publication',
    example: 'yesterday (published 2025-10-23) → 2025-10-22; late yesterday → 2025-10-22 END',
    pattern: re('(?:(?<pos>early|late)\\s+)?(?<w>the day before yesterday|the day after tomorrow|today|yesterday|tomorrow)(?![\\w-])'),
    resolve: (g, ctx) => {
      const n = ({ today: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 } as Record<string, number>)[g.w!.toLowerCase()];
      return { value: shiftedPeriod(ctx.anchor, 'day', n)!, type: 'DATE', mod: posMod(g.pos) };
    },
  },
  {
    name: 'deictic-part-of-day',
    reason: 'tonight, last night, this morning: a part of a day counted from publication (TIME); "overnight" in a report of the past is last night',
    example: 'last night (published 2025-10-23) → 2025-10-22TNI; raided overnight → 2025-10-22TNI; will work overnight → 2025-10-23TNI',
    pattern: re('(?:(?<w>yesterday|tomorrow|this|last)\\s+(?<pod>morning|afternoon|evening|night)|(?<tonight>tonight|overnight))(?!\\w)'),
    resolve: (g, ctx) => {
      const w = (g.w ?? '').toLowerCase();
      // a night that has ended by publication began the day before: "overnight" is last night unless the sentence points forward
      const pastNight = w === 'yesterday' || (w === 'last' && g.pod!.toLowerCase() === 'night') || (g.tonight?.toLowerCase() === 'overnight' && ctx.dir === 'past');
      const n = pastNight ? -1 : w === 'tomorrow' ? 1 : 0;
      if (w === 'last' && g.pod!.toLowerCase() !== 'night') return null;
      const code = PARTS_OF_DAY[(g.pod ?? g.tonight!).toLowerCase()];
      return { value: `${shiftedPeriod(ctx.anchor, 'day', n)}T${code}`, type: 'TIME' };
    },
  },
  {
    name: 'neighbour-day',
    reason: 'the previous day, the next day: one day from the last day named before it, else from publication',
    example: 'the previous day (published 2025-10-23) → 2025-10-22',
    pattern: re('(?<w>the (?:previous|preceding|following|next) day|the day (?:before|after))(?!\\w)'),
    resolve: (g, ctx) => {
      const n = /previous|preceding|before/i.test(g.w!) ? -1 : 1;
      return { value: shiftedPeriod(ctx.anchor, 'day', n)!, type: 'DATE' };
    },
  },
  {
    name: 'relative-period',
    reason: 'a calendar unit named from now (this week, last year, next month, earlier this month)',
    example: 'last year (published 2025-10-23) → 2024; this week → 2025-W43',
    pattern: re(`(?:${POSITION_MOD_RE})?(?:(?<side>earlier|later)\\s+)?(?:the\\s+)?(?<rel>this|last|next|past|previous|coming|following|current|present|same)\\s+(?<fiscal>fiscal\\s+)?(?<u>week|month|year|decade|century)(?![\\w-])`),
    resolve: (g, ctx) => {
      const offset = offsetOf(g.rel) ?? 0;
      const value = shiftedPeriod(ctx.anchor, g.u!.toLowerCase(), offset);
      return value ? { value, type: 'DATE', mod: posMod(g.pos) } : null;
    },
  },
  {
    name: 'the-period',
    reason: 'the end of the year, the beginning of the month: the current one with a mod',
    example: 'the end of the year → 2025 END',
    pattern: re(`${POSITION_MOD_RE}(?:the\\s+)?(?<u>week|month|year|decade|century)(?![\\w-])`),
    resolve: (g, ctx) => {
      const value = shiftedPeriod(ctx.anchor, g.u!.toLowerCase(), 0);
      return value ? { value, type: 'DATE', mod: posMod(g.pos) } : null;
    },
  },
  {
    name: 'weekend',
    reason: 'a weekend is its ISO week with -WE',
    example: 'last weekend (published 2025-10-23) → 2025-W42-WE',
    pattern: re('(?:(?<rel>this|last|next|past|coming)\\s+|the\\s+)weekend(?![\\w-])'),
    resolve: (g, ctx) => {
      if (!ctx.anchor) return { value: 'XXXX-WXX-WE', type: 'DATE' };
      const offset = offsetOf(g.rel);
      const today = weekday(ctx.anchor);
      // "the weekend": the one just past, unless the sentence points forward
      const n = offset ?? (ctx.dir === 'future' ? 0 : today >= 6 ? 0 : -1);
      return { value: `${fmtWeek(addDays(ctx.anchor, 7 * n))}-WE`, type: 'DATE' };
    },
  },
  {
    name: 'ago',
    reason: 'an amount of time before or after publication (ago, from now; earlier only for years), at the granularity of its unit',
    example: 'four years ago (published 2025-10-23) → 2021; two days ago → the date',
    pattern: re(`(?<n>${NUMBER_RE})[\\s-]+(?<u>${UNIT_RE})\\s+(?<dir>ago|earlier|later|from now|hence)(?!\\w)`),
    resolve: (g, ctx) => {
      const n = numberOf(g.n!);
      const back = /ago|earlier/i.test(g.dir!);
      // "three days later" counts from an event, not from publication: left to the duration rule;
      // "a year earlier" compares with the same period a year before publication and stays a date
      if (/^(?:earlier|later)$/i.test(g.dir!) && unitOf(g.u!) !== 'year') return null;
      if (n === null) return { value: back ? 'PAST_REF' : 'FUTURE_REF', type: 'DATE' };
      const unit = unitOf(g.u!);
      if (unit === 'hour' || unit === 'minute' || unit === 'second') {
        return ctx.anchor ? { value: fmtDay(ctx.anchor), type: 'DATE' } : { value: 'XXXX-XX-XX', type: 'DATE' };
      }
      // business news: "net rose 5% from a year earlier", in a report on a quarter (named in this sentence
      // or the few before), compares that quarter with the same quarter a year before
      if (unit === 'year' && n === 1 && back && /quarter/i.test(ctx.sentence + ctx.preceding)) {
        const named = /\b(first|second|third|fourth)[\s-]+quarter/i.exec(ctx.sentence) ?? /\b(first|second|third|fourth)[\s-]+quarter/i.exec(ctx.preceding);
        const q = named ? ['first', 'second', 'third', 'fourth'].indexOf(named[1].toLowerCase()) + 1 : null;
        const latest = resolveQuarter(ctx.anchor, q, 'past', q === null ? -1 : null);
        return latest.startsWith('X') ? { value: latest, type: 'DATE' } : { value: `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`, type: 'DATE' };
      }
      const value = shiftedPeriod(ctx.anchor, unit, back ? -Math.round(n) : Math.round(n));
      return value ? { value, type: 'DATE' } : null;
    },
  },
  {
    name: 'year-ago-period',
    reason: 'business news compares with "the year-earlier quarter": the same period a year before',
    example: 'the year-ago quarter (published 2025-10-23) → 2024-Q3',
    pattern: re('(?:the\\s+)?(?:comparable\\s+|same\\s+)?(?:year-earlier|year-ago|year-before|prior-year)(?:\\s+(?<what>quarter|period|level|figure|results?))?(?![\\w-])'),
    resolve: (g, ctx) => {
      if (!ctx.anchor) return { value: 'XXXX', type: 'DATE' };
      if (g.what?.toLowerCase() === 'quarter' || /quarter/i.test(ctx.sentence)) {
        const latest = resolveQuarter(ctx.anchor, null, 'past', -1);
        return { value: `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`, type: 'DATE' };
      }
      return { value: String(ctx.anchor.y - 1), type: 'DATE' };
    },
  },
  {
    name: 'year-end',
    reason: 'the end of the year as one word',
    example: 'year-end (published 2025-10-23) → 2025 END',
    pattern: re("(?:the\\s+)?(?:year-end|year['’]s end|year end)(?![\\w-])"),
    resolve: (_g, ctx) => ({ value: shiftedPeriod(ctx.anchor, 'year', 0)!, type: 'DATE', mod: 'END' }),
  },
  {
    name: 'weekday',
    reason: 'a weekday is the latest on or before publication unless the sentence points forward; a part of day makes it a TIME',
    example: 'Thursday (published 2025-10-23) → 2025-10-23; Friday afternoon (published 2025-10-23) → 2025-10-17TAF',
    pattern: re(`(?:(?:the|this)\\s+(?=(?:past|coming|previous|following)\\s))?(?:(?<rel>last|this|next|past|coming|previous|following)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<pod>morning|afternoon|evening|night))?(?![\\w-])`),
    resolve: (g, ctx): Resolved | null => {
      if (!isCapitalised(g.wd)) return null;
      // "the Sunday Times", "Bloody Sunday" name a newspaper or an event, not a day
      if (!g.rel && !g.pod && WEEKDAY_NAMES_AFTER.test(ctx.after)) return null;
      if (!g.rel && /\b(?:Bloody|Black|Good|Super|Cyber|Ash|Palm|Easter|Holy)\s+$/.test(ctx.before)) return null;
      // "Wednesday's ruling": a possessive weekday names an event that has happened
      const dir = /^['’]s\b/.test(ctx.after) && !g.rel ? 'past' : ctx.dir;
      const day = resolveWeekday(ctx.anchor, WEEKDAYS[g.wd!.toLowerCase()], dir, offsetOf(g.rel));
      if (g.pod) return { value: `${day}T${PARTS_OF_DAY[g.pod.toLowerCase()]}`, type: 'TIME' };
      return { value: day, type: 'DATE' };
    },
  },
  {
    name: 'reference-word',
    reason: 'words for the present, the past or the future as a whole',
    example: 'now → PRESENT_REF; recently → PAST_REF; the future → FUTURE_REF',
    pattern: re(`(?<w>${Object.keys(REFERENCE_WORDS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`),
    resolve: (g, ctx, text) => {
      // "current" only as an adjective of time, not the electric or ocean current
      if (/^current$/i.test(text) && (!/^\s+[a-z]/i.test(ctx.after) || /^\s+(?:was|is|are|were|has|had|flows?|flowed|ran|runs|swept|carried|in|of|and|or|to|that|which)\b/i.test(ctx.after))) return null;
      if (/^(?:current|future|recent)$/i.test(text) && /^\s+(?:affairs|account|events|generations?|value|price|prices|tense|liabilities|assets)\b/i.test(ctx.after)) return null;
      return { value: REFERENCE_WORDS[g.w!.toLowerCase()], type: 'DATE' };
    },
  },
];
