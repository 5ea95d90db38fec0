/**
 * Does the sentence around a date point forward? News speaks of the past, so a weekday or month
 * without a year is past unless the nearest tense cue is a future one ("will", "next", "upcoming",
 * "scheduled"). The nearest cue wins: in "said Friday it will", "said" is nearer to "Friday".
 */
import type { Direction } from './resolve.js';

/** Future cues, as whole phrases so that "will be held" counts as one forward cue, not as "held". */
const FORWARD = /\b(?:will|shall|won['’]t|(?:is|are|was|were) (?:going|due|set|scheduled|expected|planned|slated) to|plans? to|planning to|intends? to|upcoming|scheduled|slated|forthcoming|next|coming|due)(?:\s+(?:not|be|have|also|likely|probably))*(?:\s+[a-z]+)?\b|\w['’]ll\s+\w+/gi;
/** Past cues: reporting verbs and auxiliaries, and regular past forms. */
const PAST = /\b(?:said|told|was|were|had|did|ago|last|earlier|began|came|went|took|made|gave|met|saw|fell|rose|won|lost|left|led|held|hit|killed|died|[a-z]{2,}ed)\b/gi;
/** Sentence ends: a full stop, question or exclamation mark followed by space, or a line break. */
const SENTENCE_END = /[.!?]["'”’)]?\s+(?=["“'‘(]?[A-Z0-9])|\n\s*\n?/g;
const WINDOW = 300;

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - WINDOW);
  let s = from;
  const back = text.slice(from, start);
  for (const m of back.matchAll(SENTENCE_END)) s = from + m.index! + m[0].length;
  const ahead = text.slice(end, end + WINDOW);
  const next = new RegExp(SENTENCE_END.source, 'g').exec(ahead);
  const e = next ? end + next.index : Math.min(text.length, end + WINDOW);
  return { start: s, end: e };
}

export function directionAt(text: string, start: number, end: number): Direction {
  const sentence = sentenceAround(text, start, end);
  const slice = text.slice(sentence.start, sentence.end);
  const offStart = start - sentence.start;
  const offEnd = end - sentence.start;
  const distance = (i: number, j: number) => (j <= offStart ? offStart - j : i >= offEnd ? i - offEnd : Infinity);
  let bestForward = Infinity;
  const forwardSpans: Array<[number, number]> = [];
  for (const m of slice.matchAll(FORWARD)) {
    const i = m.index!;
    const j = i + m[0].length;
    forwardSpans.push([i, j]);
    bestForward = Math.min(bestForward, distance(i, j));
  }
  if (bestForward === Infinity) return 'past';
  let bestPast = Infinity;
  for (const m of slice.matchAll(PAST)) {
    const i = m.index!;
    const j = i + m[0].length;
    if (forwardSpans.some(([a, b]) => i < b && a < j)) continue;
    bestPast = Math.min(bestPast, distance(i, j));
  }
  return bestForward < bestPast ? 'future' : 'past';
}
