/**
 * Runs the casualty pass alone on a text written for these tests, with the dates and places a test
 * supplies, so that these tests do not depend on the other passes.
 */
import { createDocument } from '../../src/document/document.js';
import { casualtiesPass } from '../../src/passes/06-casualties.js';
import { computeTotals } from '../../src/passes/totals.js';
import type { CasualtyFound, DateFound, NameMention } from '../../src/passes/types.js';
import type { Totals } from '../../src/schema.js';

export interface Given {
  publishedAt?: string;
  /** [text as written, TIMEX3 value]; located at its first occurrence in the text. */
  dates?: Array<[string, string]>;
  /** [text as written, kind]; located at its first occurrence in the text. */
  places?: Array<[string, 'country' | 'region' | 'city' | 'other']>;
}

export function run(text: string, given: Given = {}): { figures: CasualtyFound[]; totals: Totals } {
  const doc = createDocument('test.txt', text, { referenceDate: given.publishedAt ?? '2025-10-23' });
  const at = (s: string) => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`"${s}" is not in the text`);
    return i;
  };
  const dates: DateFound[] = (given.dates ?? []).map(([s, value]) => ({
    start: at(s), end: at(s) + s.length, text: s, value, type: 'DATE', mod: null, via: 'test',
  }));
  const names: NameMention[] = (given.places ?? []).map(([s, kind]) => ({
    start: at(s), end: at(s) + s.length, text: s, type: 'place', via: 'test',
    place: { name: s, country: null, kind, lat: null, lon: null },
  }));
  const found = casualtiesPass.run(doc, { names, dates, casualties: [] });
  return { figures: found.casualties, totals: computeTotals(found.casualties) };
}

/** [category, count, min, max, vague, qualifier, group]: every field a row checks, compared exactly. */
export type Figure = [string, number, number, number | null, boolean, string | null, string | null];

export const asRow = (f: CasualtyFound): Figure => [f.category, f.count, f.min, f.max, f.vague, f.qualifier, f.group];
