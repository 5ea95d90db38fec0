/**
 * The seed article (../shared/seed/north-korea-memorial.txt) through the whole pipeline: both casualty
 * figures, and nothing from "thousands of troops" sent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const SEED = new URL('../../../shared/seed/north-korea-memorial.txt', import.meta.url);

describe('seed article', () => {
  const doc = extract('north-korea-memorial.txt', readFileSync(SEED, 'utf8'));
  it('gives the killed and the injured figure and nothing else', () => {
    expect(doc.casualties.map((c) => [c.text, c.category, c.count, c.min, c.max, c.vague, c.qualifier, c.group, c.source, c.superseded])).toEqual([
      ['at least 600 North Korean soldiers have been killed', 'killed', 600, 600, null, false, 'at least', 'North Korean soldiers', 'South Korean intelligence', false],
      ['several thousand more wounded', 'injured', 3000, 3000, null, true, null, 'North Korean soldiers', 'South Korean intelligence', false],
    ]);
  });
  it('dates both figures to the publication date', () => {
    expect(doc.casualties.map((c) => c.date)).toEqual(['2025-10-23', '2025-10-23']);
  });
  it('totals', () => {
    expect(doc.totals).toEqual({ killed: { min: 600, max: null }, injured: { min: 3000, max: null } });
  });
});
