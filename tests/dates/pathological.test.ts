/**
 * Every date pattern must run in linear time: 1 MB of one repeated character (or short unit) may not
 * make a pattern backtrack or the selection of matches go quadratic.
 */
import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { findDates } from '../../src/passes/dates/detect.js';
import { detectPublicationDate } from '../../src/document/publication-date.js';

const time = (text: string): number => {
  const t0 = performance.now();
  findDates(text, '2025-10-23');
  detectPublicationDate(text);
  return performance.now() - t0;
};
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('linear time on pathological input', () => {
  it.each(['a', '1', ' ', '-', '.', ',1', ':', '\n', 'May ', '1990s ', '5 days ', 'early ', 'the last ', 'overnight ', 'overnight Monday '])('%j × 1 MB', (unit) => {
    const small = time(repeat(unit, 250_000));
    const large = time(repeat(unit, 1_000_000));
    // four times the input may take at most about four times as long (quadratic would be sixteen)
    expect(large < 2_000 || large / Math.max(small, 1) < 8).toBe(true);
  });
});
