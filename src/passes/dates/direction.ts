/**
 * Does the sentence around a date point forward? News speaks of the past, so a weekday or month
 * without a year is past unless the nearest tense cue is a future one ("will", "next", "upcoming",
 * "scheduled"). The nearest cue wins: in "said Friday it will", "said" is nearer to "Friday".
 */
import type { Direction } from './resolve.js';

/** Future cues, as whole phrases so that "will be held" counts as one forward cue, not as "held". */
const FORWARD = /\b(?:will|shall|would|should|must|won['’]t|(?:going|due|set|scheduled|expected|slated|plans?|planning|intends?|hopes?|aims?) to|(?:planned|set|scheduled|slated) for|upcoming|scheduled|slated|forthcoming|next(?!\s+to\b)|coming(?!\s+(?:from|under|out|back|to)\b)|due)(?:\s+(?:not|be|have|also|likely|probably))*(?:\s+[a-z]+)?\b|\w['’]ll\s+\w+/gi;
/** Words right before a date that point forward whatever the tense: "payable Dec. 7", "of record Nov. 22". */
const FORWARD_BEFORE = /\b(?:effective|payable|of record|expires?|expiring|extended to|postponed (?:to|until)|delayed (?:to|until)|as soon as|as early as|scheduled for|set for|slated for)\s+(?:on\s+)?$/i;
/** A present-tense verb right before a date speaks of what is scheduled: "the team leaves Friday", "the deadline is Monday". */
const PRESENT_BEFORE = /\b(?:is|are|meets?|begins?|starts?|opens?|leaves?|arrives?|resumes?|visits?|holds?|ends?|closes?|expires?|returns?|travels?|heads?|goes|votes?|takes place|take place)\s+(?:on\s+|again\s+|until\s+)?$/i;
/** Words right before a date that point forward when the sentence has no tense cue: "by Jan. 14". */
const WEAK_FORWARD_BEFORE = /\b(?:by|until|till|starting|beginning)\s+(?:on\s+)?$/i;
/** Past cues: reporting verbs and auxiliaries, common irregular and regular past forms. */
const PAST = /\b(?:said|told|was|were|had|did|ago|last|earlier|began|came|went|took|made|gave|met|saw|fell|rose|won|lost|left|led|held|hit|killed|died|[a-z]{2,}ed)\b/gi;
/** Sentence ends: a full stop, question or exclamation mark followed by space, or a line break. */
const SENTENCE_END =
  /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|vs))[.!?]["'”’)]?\s+(?=["“'‘(]?[A-Z0-9])|\n\s*\n?/g;
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

/** 'future' or 'past' when a cue decides it, null when the sentence has no tense cue at all. */
export function directionAt(text: string, start: number, end: number): Direction | null {
  const before = text.slice(Math.max(0, start - 30), start);
  if (FORWARD_BEFORE.test(before) || PRESENT_BEFORE.test(before)) return 'future';
  const sentence = sentenceAround(text, start, end);
  const slice = text.slice(sentence.start, sentence.end);
  const offStart = start - sentence.start;
  const offEnd = end - sentence.start;
  const distance = (i: number, j: number) => (j <= offStart ? offStart - j : i >= offEnd ? i - offEnd : 0);
  let bestForward = Infinity;
  const forwardSpans: Array<[number, number]> = [];
  for (const m of slice.matchAll(FORWARD)) {
    const i = m.index!;
    const j = i + m[0].length;
    forwardSpans.push([i, j]);
    bestForward = Math.min(bestForward, distance(i, j));
  }
  let bestPast = Infinity;
  for (const m of slice.matchAll(PAST)) {
    const i = m.index!;
    const j = i + m[0].length;
    if (forwardSpans.some(([a, b]) => i < b && a < j)) continue;
    bestPast = Math.min(bestPast, distance(i, j));
  }
  if (bestForward === Infinity && bestPast === Infinity) {
    return WEAK_FORWARD_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? 'future' : null;
  }
  return bestForward < bestPast ? 'future' : 'past';
}
