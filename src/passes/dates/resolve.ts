/**
 * Resolution against the anchor (the publication date): small pure functions, one per kind of
 * reference, each returning a TIMEX3 value of the granularity the text states. Without an anchor
 * they keep the unknown parts as X ("XXXX-10-23") rather than guess.
 *
 * Direction: news speaks of the past, so a weekday, month or day-month without a year is the latest
 * one on or before the anchor, unless the sentence points forward; then it is the next one on or after.
 */
import {
  addDays, addMonths, compareDays, daysInMonth, fmtDay, fmtMonth, fmtWeek, fmtYear, pad, quarterOf, weekday,
  type Day,
} from './calendar.js';
import { SEASONS, UNITS_OF_TIME } from './vocabulary.js';

export type Direction = 'past' | 'future';

/** "this" = 0, "last" = -1, "next" = +1; from the word that opens a relative expression. */
export function offsetOf(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/^the\s+/, '');
  if (/^(?:last|past|previous|preceding|latest)$/.test(w)) return -1;
  if (/^(?:this|current|present)$/.test(w)) return 0;
  if (/^(?:next|coming|following|upcoming)$/.test(w)) return 1;
  return null;
}

/** A day-month without a year: the latest on or before the anchor, or the next on or after it. */
export function resolveMonthDay(anchor: Day | null, month: number, day: number, dir: Direction): string {
  if (!anchor) return `XXXX-${pad(month)}-${pad(day)}`;
  let candidate: Day = { y: anchor.y, m: month, d: Math.min(day, daysInMonth(anchor.y, month)) };
  const cmp = compareDays(candidate, anchor);
  if (dir === 'past' && cmp > 0) candidate = { ...candidate, y: anchor.y - 1 };
  if (dir === 'future' && cmp < 0) candidate = { ...candidate, y: anchor.y + 1 };
  return fmtDay(candidate);
}

/** A month name without a year ("in August"), or with last/this/next ("last May"). */
export function resolveMonth(anchor: Day | null, month: number, dir: Direction, offset: number | null): string {
  if (!anchor) return `XXXX-${pad(month)}`;
  if (offset === 0) return fmtMonth(anchor.y, month);
  // "last May" is strictly before the anchor's month, "next May" strictly after
  if (offset === -1) return fmtMonth(month < anchor.m ? anchor.y : anchor.y - 1, month);
  if (offset === 1) return fmtMonth(month > anchor.m ? anchor.y : anchor.y + 1, month);
  if (dir === 'past') return fmtMonth(month <= anchor.m ? anchor.y : anchor.y - 1, month);
  return fmtMonth(month >= anchor.m ? anchor.y : anchor.y + 1, month);
}

/** A weekday: "Thursday" (direction), "last Thursday" (strictly before), "next Thursday" (strictly after). */
export function resolveWeekday(anchor: Day | null, wd: number, dir: Direction, offset: number | null): string {
  if (!anchor) return `XXXX-WXX-${wd}`;
  const today = weekday(anchor);
  let delta: number;
  if (offset === -1) delta = -(((today - wd + 6) % 7) + 1);
  else if (offset === 1) delta = ((wd - today + 6) % 7) + 1;
  else if (offset === 0) delta = wd - today;
  else if (dir === 'past') delta = -((today - wd + 7) % 7);
  else delta = (wd - today + 7) % 7;
  return fmtDay(addDays(anchor, delta));
}

/** A season: "last summer", "this winter", "the summer of 2012", or one without a year (direction). */
export function resolveSeason(anchor: Day | null, season: string, dir: Direction, offset: number | null, year?: number): string {
  const { code, startMonth } = SEASONS[season.toLowerCase()];
  if (year !== undefined) return `${fmtYear(year)}-${code}`;
  if (!anchor) return `XXXX-${code}`;
  // the season of the anchor's year has started when its first month is on or before the anchor's
  const started = startMonth <= anchor.m;
  const current = started && anchor.m < startMonth + 3;
  let y = anchor.y;
  if (offset === 0) y = anchor.y;
  else if (offset === -1) y = started && !current ? anchor.y : anchor.y - 1;
  else if (offset === 1) y = started ? anchor.y + 1 : anchor.y;
  else if (dir === 'past') y = started ? anchor.y : anchor.y - 1;
  else y = started && !current ? anchor.y + 1 : anchor.y;
  return `${fmtYear(y)}-${code}`;
}

/** A quarter: "the third quarter" (direction), "last quarter", "the quarter" (the latest one reported). */
export function resolveQuarter(anchor: Day | null, q: number | null, dir: Direction, offset: number | null, year?: number): string {
  if (year !== undefined && q !== null) return `${fmtYear(year)}-Q${q}`;
  if (!anchor) return q === null ? 'XXXX-QX' : `XXXX-Q${q}`;
  const current = quarterOf(anchor);
  if (q === null) {
    const index = anchor.y * 4 + (current - 1) + (offset ?? 0);
    return `${fmtYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
  }
  if (offset === -1) return `${fmtYear(q < current ? anchor.y : anchor.y - 1)}-Q${q}`;
  if (offset === 1) return `${fmtYear(q > current ? anchor.y : anchor.y + 1)}-Q${q}`;
  if (offset === 0 || dir === 'past') return `${fmtYear(q <= current || offset === 0 ? anchor.y : anchor.y - 1)}-Q${q}`;
  return `${fmtYear(q >= current ? anchor.y : anchor.y + 1)}-Q${q}`;
}

/**
 * A calendar unit shifted from the anchor, at that unit's granularity: "last year" (year, -1) → 2024,
 * "this week" → 2025-W43, "two days ago" (day, -2) → 2025-10-21, "next month" → 2025-11.
 */
export function shiftedPeriod(anchor: Day | null, unit: string, n: number): string | null {
  switch (unit) {
    case 'day':
    case 'night':
      return anchor ? fmtDay(addDays(anchor, n)) : 'XXXX-XX-XX';
    case 'week':
      return anchor ? fmtWeek(addDays(anchor, 7 * n)) : 'XXXX-WXX';
    case 'fortnight':
      return anchor ? fmtWeek(addDays(anchor, 14 * n)) : 'XXXX-WXX';
    case 'month': {
      if (!anchor) return 'XXXX-XX';
      const day = addMonths(anchor, n);
      return fmtMonth(day.y, day.m);
    }
    case 'quarter':
      return resolveQuarter(anchor, null, 'past', n);
    case 'year':
      return anchor ? fmtYear(anchor.y + n) : 'XXXX';
    case 'decade':
      return anchor ? `${String(Math.floor(anchor.y / 10) + n)}X` : 'XXXX';
    case 'century':
      return anchor ? pad(Math.floor((anchor.y - 1) / 100) + n, 2) : 'XX';
    default:
      return null;
  }
}

/** A duration: (3, "year") → P3Y; (null, "month") → PXM; (4.5, "hour") → PT4.5H; (2, "decade") → P20Y. */
export function durationValue(n: number | null, unit: string): string | null {
  const u = UNITS_OF_TIME[unit];
  if (!u) return null;
  const amount = n === null ? 'X' : formatNumber(n * (u.factor ?? 1));
  return `P${u.time ? 'T' : ''}${amount}${u.letter}`;
}

/** A set: "every week" → P1W, "every two weeks" → P2W, "every Monday" → XXXX-WXX-1. */
export function setValue(n: number, unit: string): string | null {
  return durationValue(n, unit);
}

/** A clock time on a day: ("2025-10-23", 4, 30) → 2025-10-23T04:30. */
export function timeOnDay(day: string, hour: number, minute: number): string {
  return `${day}T${pad(hour)}:${pad(minute)}`;
}

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));
