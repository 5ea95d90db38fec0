/**
 * Finds and normalises every time expression in a text: runs each rule over it, keeps the longest
 * non-overlapping matches, joins clock times to the date they stand beside, and reads quantity mods
 * ("about a month" → APPROX) from the words just before an amount of time.
 */
import type { TimexType } from '../../schema.js';
import { addDays, fmtDay, parseDay, type Day } from './calendar.js';
import { directionAt, sentenceAround } from './direction.js';
import type { Direction } from './resolve.js';
import type { RuleContext } from './rule.js';
import { DATE_RULES } from './rules.js';
import { QUANTITY_MODS } from './vocabulary.js';

export interface Expression {
  start: number;
  end: number;
  text: string;
  value: string;
  type: TimexType;
  mod: string | null;
  /** The rule that produced it ("rule:weekday"). */
  via: string;
}

const CONTEXT_CHARS = 40;
const PRECEDING_CHARS = 600;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A value that names a day, perhaps with a part of it (2024-07-30TNI). */
const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}(?:T[A-Z]{2})?$/;

const compiled = DATE_RULES.map((rule) => new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}gu`));
/** A letter, digit or underscore ending the text tested (a whole character: a surrogate pair counts as one). */
const WORD_CHAR_AT_END = /[\p{L}\p{N}_]$/u;

/**
 * The non-empty matches of a rule that start at a word boundary: "soon" is not found in "Monsoon".
 * The boundary is checked here rather than by a lookbehind opening each pattern: V8 tries a pattern
 * that opens with a lookbehind at every position of the text, and one that opens with its own first
 * characters only where they occur (the scan took half the time). A match that fails the check is
 * retried one character later, so the matches are the ones the lookbehind would give.
 */
function wordStartMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex = m.index + 1;
    else if (WORD_CHAR_AT_END.test(text.slice(Math.max(0, m.index - 2), m.index))) pattern.lastIndex = m.index + 1;
    else found.push(m);
  }
  return found;
}

/** All time expressions of `text`, resolved against `publishedAt` (YYYY-MM-DD) or left open when null. */
export function findDates(text: string, publishedAt: string | null): Expression[] {
  const anchor: Day | null = publishedAt ? parseDay(publishedAt) : null;
  const candidates: Array<Expression & { rank: number }> = [];
  DATE_RULES.forEach((rule, rank) => {
    const pattern = compiled[rank];
    for (const m of wordStartMatches(pattern, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      let cue: Direction | null | undefined;
      const ctx: RuleContext = {
        anchor,
        get cue() {
          if (cue === undefined) cue = directionAt(text, start, end);
          return cue;
        },
        get dir() {
          return this.cue ?? 'past';
        },
        get preceding() {
          return text.slice(Math.max(0, start - PRECEDING_CHARS), end);
        },
        get sentence() {
          const s = sentenceAround(text, start, end);
          return text.slice(s.start, s.end);
        },
        before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
        after: text.slice(end, end + CONTEXT_CHARS),
      };
      const resolved = rule.resolve(m.groups ?? {}, ctx, m[0]);
      if (!resolved) continue;
      candidates.push({ start, end, text: m[0], value: resolved.value, type: resolved.type, mod: resolved.mod ?? null, via: `rule:${rule.name}`, rank });
    }
  });
  const chosen = selectLongest(candidates, text.length);
  return addQuantityMods(text, attachTimesToDates(text, nightOfNamedDay(text, chainNeighbourDays(shareRangeYears(text, chosen)), publishedAt)));
}

/** Longest first, then rule order; a match overlapping one already kept is dropped. */
function selectLongest<T extends Expression & { rank: number }>(candidates: T[], length: number): Expression[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  // one flag per character: checking and marking cost the length of the match, so the whole is linear
  const taken = new Uint8Array(length);
  const kept: T[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ rank: _rank, ...e }) => e);
}

const isClock = (e: Expression) => e.via.startsWith('rule:clock');

/** Rules whose value may have taken its year from the anchor rather than the text. */
const YEARLESS_RULES = new Set(['rule:month', 'rule:month-day', 'rule:day-month', 'rule:month-day-words']);
const RANGE_GAP = /^\s*(?:to|and|until|till|through|-|–|—)\s*$/i;

/**
 * The two ends of a range share the year the text gives once: "from January to March 2024" →
 * 2024-01 and 2024-03; "June 11 to July 19, 2026" → 2026-06-11. A yearless end after a dated one
 * takes its year, or the next when it comes earlier in the calendar ("November 2024 to February").
 */
function shareRangeYears(text: string, list: Expression[]): Expression[] {
  const out = [...list];
  const yearless = (e: Expression) => YEARLESS_RULES.has(e.via) && !/\d{4}/.test(e.text) && /^\d{4}-\d{2}/.test(e.value);
  const dated = (e: Expression) => /\d{4}/.test(e.text) && /^\d{4}-\d{2}/.test(e.value);
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (!RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    if (yearless(a) && dated(b)) {
      const y = Number(b.value.slice(0, 4)) - (a.value.slice(5) > b.value.slice(5) ? 1 : 0);
      out[i] = { ...a, value: String(y).padStart(4, '0') + a.value.slice(4) };
    } else if (dated(a) && yearless(b)) {
      const y = Number(a.value.slice(0, 4)) + (b.value.slice(5) < a.value.slice(5) ? 1 : 0);
      out[i + 1] = { ...b, value: String(y).padStart(4, '0') + b.value.slice(4) };
    }
  }
  return out;
}

/**
 * "The previous day" and "the next day" count from the last day the text named before them
 * ("yesterday … the previous day" is the day before yesterday), or from publication when none.
 */
function chainNeighbourDays(list: Expression[]): Expression[] {
  const out: Expression[] = [];
  let lastDay: string | null = null;
  for (const e of list) {
    let value = e.value;
    if (e.via === 'rule:neighbour-day' && lastDay) {
      value = fmtDay(addDays(parseDay(lastDay)!, /previous|preceding|before/i.test(e.text) ? -1 : 1));
    }
    out.push(value === e.value ? e : { ...e, value });
    if (FULL_DAY.test(value)) lastDay = value;
  }
  return out;
}

/**
 * "Overnight" in a sentence that names a day is that day's night: "during an overnight raid in Wardak
 * province Monday" → Monday night. The publication day itself does not count ("Today officials said
 * the raid happened overnight" is last night, as the rule alone has it).
 */
function nightOfNamedDay(text: string, list: Expression[], publishedAt: string | null): Expression[] {
  return list.map((e, i) => {
    if (e.via !== 'rule:deictic-part-of-day' || e.text.toLowerCase() !== 'overnight') return e;
    const sentence = sentenceAround(text, e.start, e.end);
    const isDay = (d: Expression) => FULL_DAY.test(d.value) && d.value !== publishedAt;
    // the sentence is a bounded window, so these walks stay short whatever the text
    let before: Expression | undefined;
    for (let j = i - 1; j >= 0 && list[j].start >= sentence.start && !before; j--) if (isDay(list[j])) before = list[j];
    let after: Expression | undefined;
    for (let j = i + 1; j < list.length && list[j].end <= sentence.end && !after; j++) if (isDay(list[j])) after = list[j];
    const day = !before ? after : !after ? before : e.start - before.end <= after.start - e.end ? before : after;
    return day ? { ...e, value: `${day.value}TNI` } : e;
  });
}

/**
 * A clock time takes the day of a date beside it: "15:00 GMT Saturday" and "Friday at 8 p.m." become one
 * TIME; in "2:40 a.m. on Sunday" the time keeps its own span but takes Sunday's day. Otherwise it takes
 * the nearest day named earlier in its sentence (the morning after a night: "Tuesday night … until 4 a.m."),
 * or else in its paragraph, or else the publication day.
 */
function attachTimesToDates(text: string, list: Expression[]): Expression[] {
  const out: Expression[] = [];
  let lastNamedDay: Expression | undefined;
  // the last line break at or before a position, found by a cursor moving forward with the list
  // (text.lastIndexOf from each clock time would rescan the text: quadratic on "12:30 " × 1 MB)
  let lastBreak = -1;
  let nextBreak = text.indexOf('\n');
  const lineBreakAtOrBefore = (pos: number): number => {
    while (nextBreak !== -1 && nextBreak <= pos) {
      lastBreak = nextBreak;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    return lastBreak;
  };
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (out.length && DAY_PREFIX.test(out[out.length - 1].value)) lastNamedDay = out[out.length - 1];
    if (!isClock(e)) {
      out.push(e);
      continue;
    }
    const clock = e.value.slice(e.value.indexOf('T'));
    const next = list[i + 1];
    const prev = out[out.length - 1];
    const gapAfter = next ? text.slice(e.end, next.start) : '';
    if (next && FULL_DAY.test(next.value) && /^\s*,?\s*$/.test(gapAfter)) {
      out.push({ ...e, end: next.end, text: text.slice(e.start, next.end), value: next.value + clock, via: `${e.via}+${next.via}` });
      i++;
      continue;
    }
    if (prev && FULL_DAY.test(prev.value) && /^\s*,?\s*(?:at\s+)?$/i.test(text.slice(prev.end, e.start))) {
      out[out.length - 1] = { ...e, start: prev.start, text: text.slice(prev.start, e.end), value: prev.value + clock, via: `${prev.via}+${e.via}` };
      continue;
    }
    if (next && FULL_DAY.test(next.value) && /^\s*,?\s*on\s+$/i.test(gapAfter)) {
      out.push({ ...e, value: next.value + clock });
      continue;
    }
    const sentence = sentenceAround(text, e.start, e.end);
    const paragraphStart = Math.min(sentence.start, lineBreakAtOrBefore(e.start) + 1);
    const earlier = lastNamedDay && lastNamedDay.start >= paragraphStart ? lastNamedDay : undefined;
    if (earlier) {
      const day = parseDay(earlier.value)!;
      const hour = Number(clock.slice(1, 3));
      // after a night or an evening, a small hour is the next morning
      const nextMorning = /T(?:NI|EV)$/.test(earlier.value) && hour < 12;
      out.push({ ...e, value: fmtDay(nextMorning ? addDays(day, 1) : day) + clock });
      continue;
    }
    out.push(e);
  }
  return out;
}

/** "about a year", "around 4:30 a.m.", "almost seven years": the word joins the span and sets the mod. */
function addQuantityMods(text: string, list: Expression[]): Expression[] {
  return list.map((e, i) => {
    if (e.mod || (e.type !== 'DURATION' && e.type !== 'TIME' && e.via !== 'rule:ago')) return e;
    const from = Math.max(0, e.start - CONTEXT_CHARS, i > 0 ? list[i - 1].end : 0);
    const before = text.slice(from, e.start);
    for (const [pattern, mod] of QUANTITY_MODS) {
      const m = pattern.exec(before);
      if (m) return { ...e, start: from + m.index, text: text.slice(from + m.index, e.end), mod };
    }
    return e;
  });
}
