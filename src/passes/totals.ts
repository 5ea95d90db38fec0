/**
 * Document totals per casualty category, from the figures that are not superseded.
 * A figure repeated in the text (same category, same group, same min and max) counts once;
 * figures for different groups add up.
 */
import type { CasualtyCategory, Range, Totals } from '../schema.js';
import type { CasualtyFound } from './types.js';

export function computeTotals(figures: readonly CasualtyFound[]): Totals {
  const totals: Totals = {};
  const seen = new Set<string>();
  for (const f of figures) {
    if (f.superseded) continue;
    const key = `${f.category}|${f.group ?? ''}|${f.min}|${f.max}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const t: Range = totals[f.category as CasualtyCategory] ?? { min: 0, max: 0 };
    totals[f.category] = { min: t.min + f.min, max: t.max === null || f.max === null ? null : t.max + f.max };
  }
  return totals;
}
