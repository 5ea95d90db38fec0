/** What one date rule is: a pattern that finds an expression and a function that resolves it. */
import type { TimexType } from '../../schema.js';
import type { Day } from './calendar.js';
import type { Direction } from './resolve.js';
import { MONTHS, NUMBER_WORDS } from './vocabulary.js';

export interface RuleContext {
  /** The publication date, or null (values then keep X for what the text leaves open). */
  anchor: Day | null;
  /** Past unless the sentence points forward (will, next, upcoming, scheduled). */
  dir: Direction;
  /** What the sentence's tense cues say, or null when it has none (then dir is 'past'). */
  cue: Direction | null;
  /** Up to 40 characters before and after the match, for checks such as "May" the verb. */
  before: string;
  after: string;
  /** The sentence around the match (computed on first use). */
  sentence: string;
  /** The text of the few sentences before the match, up to it (computed on first use). */
  preceding: string;
}

export interface Resolved {
  value: string;
  type: TimexType;
  mod?: string | null;
}

export interface DateRule {
  name: string;
  /** Why the rule exists, in one line. */
  reason: string;
  /** An expression it resolves, with its value, for a reader (tests/dates/find-dates.test.ts has a row for every rule). */
  example: string;
  /** Matched with the flags given (always global). Alternatives are fixed words: no catastrophic backtracking. */
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, ctx: RuleContext, text: string): Resolved | null;
}

export type Groups = Record<string, string | undefined>;

/** Month number from a written month ("Sept." → 9). */
export const monthOf = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/, '')];

/** A count from digits or words ("twenty-five" → 25, "two and a half" → 2.5, "several" → null). */
export function numberOf(raw: string): number | null {
  let text = raw.toLowerCase().trim();
  let half = 0;
  if (/\s+and\s+a\s+half$/.test(text)) {
    half = 0.5;
    text = text.replace(/\s+and\s+a\s+half$/, '');
  }
  if (/^[\d,.]+$/.test(text)) return Number(text.replace(/,/g, '')) + half;
  if (text in NUMBER_WORDS) {
    const n = NUMBER_WORDS[text];
    return n === null ? null : n + half;
  }
  const compound = /^(\w+)[- ](\w+)$/.exec(text);
  if (compound && NUMBER_WORDS[compound[1]] != null && NUMBER_WORDS[compound[2]] != null) {
    return (NUMBER_WORDS[compound[1]] as number) + (NUMBER_WORDS[compound[2]] as number) + half;
  }
  return null;
}

export const isCapitalised = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);

/** Compiles a rule pattern from fragments; `i` for case-insensitive. */
export const re = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags);
