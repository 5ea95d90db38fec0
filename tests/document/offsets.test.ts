import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointMapper } from '../../src/document/offsets.js';

describe('codePointMapper', () => {
  it.each([
    ['plain ASCII', 'Kim met Putin', 8, 8],
    ['BMP accents', 'Zürich, Köln', 8, 8],
    ['after one emoji', '😀 Kim', 3, 2],
    ['after two astral characters', '𝔸😀 Kim', 5, 3],
    ['end of text', '😀😀', 4, 2],
  ])('%s', (_label, text, utf16, expected) => {
    expect(codePointMapper(text)(utf16)).toBe(expected);
  });

  it('maps every character start so that code-point slices equal UTF-16 slices', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const starts = [...text].reduce<number[]>((acc, ch) => [...acc, (acc.at(-1) ?? 0) + ch.length], [0]);
        const i = starts[a % starts.length];
        const j = starts[b % starts.length];
        const [lo, hi] = i <= j ? [i, j] : [j, i];
        const cp = codePointMapper(text);
        expect([...text].slice(cp(lo), cp(hi)).join('')).toBe(text.slice(lo, hi));
      }),
      { numRuns: 500 },
    );
  });
});
