/**
 * Pathological texts that make a backtracking regular expression (or a quadratic loop) show:
 * long runs of one character, one word, punctuation or digits, with no sentence end, each
 * followed by a character no rule expects, so that a match attempt fails at the very end.
 */
export const TAIL = '\u0007';

export const SINGLE_CHARACTERS = ['a', 'A', ' ', '1', '.', ',', '-', '\n', "'", '’', '"', '(', 'é', '\t', '\u00a0'];

export const REPEATED_WORDS = [
  'killed ', 'Kim ', 'Kim Jong ', 'the ', '1,000 ', 'Jan. ', 'at least ', 'U.S. ', 'a-', '12:30 ', '2025-10-23 ', 'Mr. ', 'A. ',
  '...', '!?', '1.', 'on Monday, ', "people's ", 'and ', 'In ', '“Yes,” ', '(AP) ', 'two ', 'dozens of ',
];

/** `unit` repeated to `size` UTF-16 units, then TAIL. */
export function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + TAIL;
}

export interface Pathological {
  name: string;
  text: (size: number) => string;
}

export const PATHOLOGICAL: Pathological[] = [
  ...SINGLE_CHARACTERS.map((c) => ({ name: `one character ${JSON.stringify(c)}`, text: (n: number) => repeat(c, n) })),
  ...REPEATED_WORDS.map((w) => ({ name: `one word ${JSON.stringify(w)}`, text: (n: number) => repeat(w, n) })),
];
