/** Code-point offsets (the schema) → UTF-16 indices (the browser), including surrogate pairs. */
import { describe, expect, it } from 'vitest';
import { utf16Mapper } from '../../src/output/report/offsets.js';

describe('utf16Mapper', () => {
  const cases: Array<[string, string, number[], number[]]> = [
    ['plain text: identical', 'Kim said', [0, 4, 8], [0, 4, 8]],
    ['one emoji before a name', '👍 Kim', [0, 1, 2, 5], [0, 2, 3, 6]],
    ['two astral characters', '𝐀𝐁 x', [0, 1, 2, 3, 4], [0, 2, 4, 5, 6]],
    ['flag (two regional indicators)', '🇺🇦 Kyiv', [0, 2, 3, 7], [0, 4, 5, 9]],
    ['BMP accents are one unit', 'Zürich 👍', [0, 6, 7, 8], [0, 6, 7, 9]],
    ['a lone high surrogate is one code point', '\uD800a👍', [0, 1, 2, 3], [0, 1, 2, 4]],
  ];
  it.each(cases)('%s', (_label, text, codePoints, expected) => {
    const at = utf16Mapper(text);
    expect(codePoints.map(at)).toEqual(expected);
  });

  it('slices the same text as code-point slicing, for every span of a mixed string', () => {
    const text = 'a👍b🇺🇦c\uD83Dd';
    const cps = [...text];
    const at = utf16Mapper(text);
    for (let s = 0; s <= cps.length; s++) {
      for (let e = s; e <= cps.length; e++) expect(text.slice(at(s), at(e)), `${s}-${e}`).toBe(cps.slice(s, e).join(''));
    }
  });

  it('maps offsets past the end beyond the text length, so callers can reject them', () => {
    expect(utf16Mapper('ab')(5)).toBeGreaterThan(2);
    expect(utf16Mapper('a👍')(4)).toBeGreaterThan(3);
  });
});
