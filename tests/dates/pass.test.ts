/** The dates pass inside the pipeline: publication date as anchor, --reference-date, code-point offsets. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const dates = (text: string, referenceDate?: string) =>
  extract('t.txt', text, { types: ['dates'], referenceDate }).dates.map((d) => [d.text, d.start, d.end, d.value, d.type, d.mod]);

describe('datesPass through extract()', () => {
  it('resolves against the dateline when no reference date is given', () => {
    const text = 'KABUL, Afghanistan (Jan. 25, 2013) — Troops left on Wednesday.';
    expect(dates(text)).toEqual([
      ['Jan. 25, 2013', 20, 33, '2013-01-25', 'DATE', null],
      ['Wednesday', 52, 61, '2013-01-23', 'DATE', null],
    ]);
  });

  it('lets --reference-date win over the article', () => {
    expect(dates('KABUL (Jan. 25, 2013) — Troops left on Wednesday.', '2025-10-23').at(-1)).toEqual(['Wednesday', 39, 48, '2025-10-22', 'DATE', null]);
  });

  it('keeps unresolved parts without any anchor', () => {
    expect(dates('Troops left on Wednesday, Oct. 22, last year.')).toEqual([
      ['Wednesday, Oct. 22', 15, 33, 'XXXX-10-22', 'DATE', null],
      ['last year', 35, 44, 'XXXX', 'DATE', null],
    ]);
  });

  it('counts offsets in code points after astral characters', () => {
    const text = '🔥🔥 Fire broke out on Thursday.';
    const [d] = extract('t.txt', text, { types: ['dates'], referenceDate: '2025-10-23' }).dates;
    expect([...text].slice(d.start, d.end).join('')).toBe('Thursday');
    expect([d.start, d.end]).toEqual([21, 29]);
  });
});
