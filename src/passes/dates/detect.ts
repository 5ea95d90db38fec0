/**
 * Finds and normalises every time expression in a text: runs each rule over it, keeps the longest
 * non-overlapping matches, joins clock times to the date they stand beside, and reads quantity mods
 * ("about a month" → APPROX) from the words just before an amount of time.
 */
import type { TimexType } from '../../schema.js';
import { parseDay, type Day } from './calendar.js';
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
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** All time expressions of `text`, resolved against `publishedAt` (YYYY-MM-DD) or left open when null. */
export function findDates(text: string, publishedAt: string | null): Expression[] {
  const anchor: Day | null = publishedAt ? parseDay(publishedAt) : null;
  const candidates: Array<Expression & { rank: number }> = [];
  DATE_RULES.forEach((rule, rank) => {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const m of text.matchAll(pattern)) {
      if (m[0] === '') continue;
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
  const chosen = selectLongest(candidates);
  return addQuantityMods(text, attachTimesToDates(text, chosen));
}

/** Longest first, then rule order; a match overlapping one already kept is dropped. */
function selectLongest<T extends Expression & { rank: number }>(candidates: T[]): Expression[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: T[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start).map(({ rank: _rank, ...e }) => e);
}

const isClock = (e: Expression) => e.via.startsWith('rule:clock');

/**
 * A clock time takes the day of a date beside it ("15:00 GMT Saturday", "Friday at 8 p.m." become one
 * TIME), or else of the nearest full date earlier in its sentence, or else the publication day.
 */
function attachTimesToDates(text: string, list: Expression[]): Expression[] {
  const out: Expression[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (!isClock(e)) {
      out.push(e);
      continue;
    }
    const clock = e.value.slice(e.value.indexOf('T'));
    const next = list[i + 1];
    const prev = out[out.length - 1];
    if (next && FULL_DAY.test(next.value) && /^\s*,?\s*(?:on\s+)?$/i.test(text.slice(e.end, next.start))) {
      out.push({ ...e, end: next.end, text: text.slice(e.start, next.end), value: next.value + clock, via: `${e.via}+${next.via}` });
      i++;
      continue;
    }
    if (prev && FULL_DAY.test(prev.value) && /^\s*,?\s*(?:at\s+|around\s+|about\s+)*$/i.test(text.slice(prev.end, e.start))) {
      out[out.length - 1] = { ...e, start: prev.start, text: text.slice(prev.start, e.end), value: prev.value + clock, via: `${prev.via}+${e.via}` };
      continue;
    }
    const sentence = sentenceAround(text, e.start, e.end);
    const earlier = [...out].reverse().find((d) => d.start >= sentence.start && FULL_DAY.test(d.value));
    out.push(earlier ? { ...e, value: earlier.value + clock } : e);
  }
  return out;
}

function addQuantityMods(text: string, list: Expression[]): Expression[] {
  return list.map((e) => {
    if (e.mod || (e.type !== 'DURATION' && e.via !== 'rule:ago')) return e;
    const before = text.slice(Math.max(0, e.start - CONTEXT_CHARS), e.start);
    const hit = QUANTITY_MODS.find(([pattern]) => pattern.test(before));
    return hit ? { ...e, mod: hit[1] } : e;
  });
}
