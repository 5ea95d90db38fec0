/** Rules for amounts of time (durations), repetitions (sets) and clock times. */
import { fmtDay, pad } from './calendar.js';
import { durationValue, setValue, timeOnDay } from './resolve.js';
import { isCapitalised, monthOf, numberOf, re, type DateRule, type RuleContext } from './rule.js';
import { MONTH_RE, NUMBER_RE, PARTS_OF_DAY, UNIT_RE, WEEKDAYS, WEEKDAY_RE, unitOf } from './vocabulary.js';

/** A clock time on the publication day, or on an unknown day when there is none (XXXX-XX-XXT04:30). */
const timeOnAnchor = (ctx: RuleContext, hour: number, minute: number): string =>
  timeOnDay(ctx.anchor ? fmtDay(ctx.anchor) : 'XXXX-XX-XX', hour, minute);

/** Before "a year", these make it a rate, a SET ("twice a year", "$5 million a year"). */
const RATE_BEFORE = /(?:\b(?:once|twice|thrice|times|million|billion|trillion|percent|per cent|cents?|dollars|euros|pounds)|[\d%])\s+$/i;
const TIME_ZONE = '(?:\\s+(?<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local time|local))?';

export const AMOUNT_RULES: DateRule[] = [
  {
    name: 'duration',
    reason: 'an amount of time; the past/next N units are durations too; vague amounts give X',
    example: 'about a year → P1Y APPROX; the past two years → P2Y; 4.5 hours → PT4.5H; half an hour → PT0.5H; a four-week course → P4W',
    pattern: re(`(?:the\\s+)?(?:(?<rel>past|last|next|previous|coming|first|following|final|remaining|initial|latest|recent|other)\\s+)?(?<n>${NUMBER_RE})[\\s-]+(?:(?:more|additional|straight|consecutive|long|full)\\s+)?(?<u>${UNIT_RE})(?<half>\\s+and\\s+a\\s+half)?(?![\\w-]|\\s+old\\b|\\s+of\\s+age\\b)`),
    resolve: (g, ctx, text) => {
      const unit = unitOf(g.u!);
      const nText = g.n!.toLowerCase();
      // "three-quarters of" is a fraction
      if (unit === 'quarter' && /^\s+of\b/i.test(ctx.after)) return null;
      // "a second" is an ordinal more often than a second of time
      if (unit === 'second' && /^(?:a|an)$/.test(nText)) return null;
      // an age: "45-year-old" (the hyphen blocks the match) or "45 years old"
      if (/^-?\s*old\b/i.test(ctx.after)) return null;
      const n = numberOf(g.n!);
      // "the 1990 quarter", "2013 years"? a year before a unit word is an adjective, not a count
      if (/^(?:1[5-9]|20)\d\d$/.test(nText)) return null;
      if (/^(?:a|an|one)$/.test(nText) && !g.rel && RATE_BEFORE.test(ctx.before) && !/^the\b/i.test(text)) {
        return { value: setValue(1, unit)!, type: 'SET' };
      }
      // "an hour and a half"
      const value = durationValue(n === null ? null : n + (g.half ? 0.5 : 0), unit);
      return value ? { value, type: 'DURATION' } : null;
    },
  },
  {
    name: 'vague-duration',
    reason: 'a plural unit without a number after a time word (for years, in recent months, the coming weeks)',
    example: 'recent months → PXM; for years → PXY',
    pattern: re(`(?:the\\s+)?(?:(?<rel>recent|coming|past|next|last|previous|following)\\s+)?(?<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\\w-])`),
    resolve: (g, ctx) => {
      if (!g.rel && !/\b(?:for|within|in|after|over|took|take|takes|lasted|lasting|spent|spend)\s+$/i.test(ctx.before) && !/^\s+(?:after|before|later|earlier)\b/i.test(ctx.after)) return null;
      return { value: durationValue(null, unitOf(g.u!))!, type: 'DURATION' };
    },
  },
  {
    name: 'set-every',
    reason: 'every or each unit is a SET with the period as value',
    example: 'every week → P1W; every two years → P2Y; each Thursday → XXXX-WXX-4; every morning → XXXX-XX-XXTMO',
    pattern: re(`(?:every|each|per)\\s+(?:(?<n>other|${NUMBER_RE})\\s+)?(?:(?<u>${UNIT_RE})|(?<wd>${WEEKDAY_RE})|(?<month>${MONTH_RE})|(?<pod>morning|afternoon|evening|night))(?![\\w-])`),
    resolve: (g) => {
      if (g.wd) return { value: `XXXX-WXX-${WEEKDAYS[g.wd.toLowerCase()]}`, type: 'SET' };
      if (g.month) return isCapitalised(g.month) ? { value: `XXXX-${pad(monthOf(g.month))}`, type: 'SET' } : null;
      if (g.pod) return { value: `XXXX-XX-XXT${PARTS_OF_DAY[g.pod.toLowerCase()]}`, type: 'SET' };
      const n = g.n ? (g.n.toLowerCase() === 'other' ? 2 : numberOf(g.n)) : 1;
      const value = setValue(n ?? 1, unitOf(g.u!));
      return value ? { value, type: 'SET' } : null;
    },
  },
  {
    name: 'set-adverb',
    reason: 'adverbs of frequency',
    example: 'daily → P1D; annually → P1Y',
    pattern: re('(?<w>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|biannually)(?![\\w-])'),
    resolve: (g, ctx) => {
      // "quarterly results", "monthly payments": an adjective of a thing, not a time
      if (/^(?:quarterly|monthly)$/i.test(g.w!) && /^\s+[a-z]/.test(ctx.after)) return null;
      const map: Record<string, string> = {
        hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W',
        monthly: 'P1M', quarterly: 'P1Q', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M',
      };
      return { value: map[g.w!.toLowerCase()], type: 'SET' };
    },
  },
  {
    name: 'set-weekday-plural',
    reason: 'a plural weekday is a weekly SET ("on Mondays")',
    example: 'on Tuesdays → XXXX-WXX-2',
    pattern: re(`(?<wd>${WEEKDAY_RE})s(?![\\w'’-])`, 'g'),
    resolve: (g) => ({ value: `XXXX-WXX-${WEEKDAYS[g.wd!.toLowerCase()]}`, type: 'SET' }),
  },
  {
    name: 'clock-12h',
    reason: 'a clock time with a.m./p.m., on the day of publication unless a date stands beside it',
    example: 'at around 4:30 a.m. (published 2025-10-23) → 2025-10-23T04:30',
    pattern: re(`(?<![\\d:.$])(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)(?!\\w)${TIME_ZONE}`),
    resolve: (g, ctx) => {
      let h = Number(g.h) % 12;
      if (/^p/i.test(g.ap!)) h += 12;
      return { value: timeOnAnchor(ctx, h, Number(g.mi ?? 0)), type: 'TIME' };
    },
  },
  {
    name: 'clock-24h',
    reason: 'a 24-hour clock time (15:00 GMT); not a ratio, score or race time (3:07:35)',
    example: '15:00 GMT (published 2025-10-23) → 2025-10-23T15:00',
    pattern: re(`(?<![\\d:.$])(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?![\\d:]|\\.\\d)(?:\\s*(?<h24>hrs|hours|h)\\b)?${TIME_ZONE}`),
    resolve: (g, ctx) => {
      // "10:30" alone is too often something else (a Bible verse, a ratio); keep it with a zone, "hrs" or two-digit hour
      if (!g.tz && !g.h24 && g.h!.length < 2) return null;
      return { value: timeOnAnchor(ctx, Number(g.h), Number(g.mi)), type: 'TIME' };
    },
  },
  {
    name: 'clock-military',
    reason: 'four-digit clock times with a zone or "hours", as in wire copy (1700 GMT)',
    example: '1700 GMT (published 2025-10-23) → 2025-10-23T17:00',
    pattern: re('(?<![\\d:.$,])(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?<tz>GMT|UTC|Z|hrs|hours|local time)(?!\\w)'),
    resolve: (g, ctx) => {
      // "1500 hours of service" is an amount; "at 1500 hours" a clock time
      if (/^h/i.test(g.tz!) && !/\bat\s+$/i.test(ctx.before)) return null;
      return { value: timeOnAnchor(ctx, Number(g.h), Number(g.mi)), type: 'TIME' };
    },
  },
  {
    name: 'clock-word',
    reason: 'noon and midnight',
    example: 'noon → 2025-10-23T12:00',
    pattern: re('(?<w>noon|midday|midnight)(?![\\w-])'),
    resolve: (g, ctx) => {
      const h = /midnight/i.test(g.w!) ? 24 : 12;
      return { value: timeOnAnchor(ctx, h, 0), type: 'TIME' };
    },
  },
];
