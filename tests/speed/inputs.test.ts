/** Parsing NDJSON input lines and months for the summary. */
import { describe, expect, it } from 'vitest';
import { parseNdjsonLine } from '../../src/input/ndjson-input.js';
import { monthOf } from '../../src/summary/aggregate.js';

describe('parseNdjsonLine', () => {
  it.each([
    ['{"path":"a.txt","text":"Hi."}', { path: 'a.txt', text: 'Hi.' }],
    ['{"path":"a.txt","text":"","id":7}', { path: 'a.txt', text: '' }],
    ['{"path":"a.txt"}', { error: { path: 'a.txt', code: 'DECODE', message: 'line 3: expected a JSON object with "text" (a string)' } }],
    ['{"text":"x"}', { error: { path: '-:3', code: 'DECODE', message: 'line 3: expected a JSON object with "path" (a non-empty string)' } }],
    ['"just a string"', { error: { path: '-:3', code: 'DECODE', message: 'line 3: expected a JSON object with "path" (a non-empty string)' } }],
    ['null', { error: { path: '-:3', code: 'DECODE', message: 'line 3: expected a JSON object with "path" (a non-empty string)' } }],
  ])('%s', (line, item) => {
    expect(parseNdjsonLine(line, 3)).toEqual(item);
  });

  it('names the line of invalid JSON', () => {
    const item = parseNdjsonLine('{oops', 12);
    expect('error' in item && item.error.path).toBe('-:12');
    expect('error' in item && item.error.message.startsWith('line 12: not valid JSON (')).toBe(true);
  });
});

describe('monthOf', () => {
  it.each([
    ['2024-03-05', '2024-03'],
    ['2024-03', '2024-03'],
    ['2024-03-05T10:00', '2024-03'],
    ['2024', null],
    ['2024-W10', null],
    ['XXXX-03-05', null],
    ['P1Y', null],
    ['PRESENT_REF', null],
    ['2024-031', null],
    [null, null],
  ])('%s → %s', (value, month) => {
    expect(monthOf(value)).toBe(month);
  });
});
