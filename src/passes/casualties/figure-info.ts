/**
 * What the totals need to know about a figure beyond its public fields, kept beside it rather than
 * on it (src/document/assemble.ts copies every field of a figure into the output).
 */
import type { CasualtyCategory } from '../../schema.js';
import type { CasualtyFound } from '../types.js';

/**
 * Categories that can name the same people: "captured a Taliban leader … detained the leader and three
 * associates" is four people held, not five. Repeats and restatements are looked for within a family.
 */
export function familyOf(category: CasualtyCategory): string {
  return category === 'captured' || category === 'arrested' ? 'held' : category;
}

export interface FigureInfo {
  /** Index of the sentence the figure is in. */
  sentence: number;
  /** Marked as new people: "also detained", "two additional suspects". */
  additive: boolean;
  /** A plural with no quantity ("insurgents were detained"): counts only when nothing better does. */
  bare: boolean;
  /** Some part points back to people counted before ("detained the leader and three associates"): a restatement. */
  pointsBack: boolean;
  /** A past attack the text looks back on ("linked to an attack that killed four soldiers"): not in the totals. */
  background: boolean;
  /** A running count over a period ("over the past 24 hours"): counts only when no event figure of its family does. */
  aggregate: boolean;
  /** In the headline: counts only when the body gives no figure of its family. */
  headline: boolean;
  /** The best-ranked place named in the figure's own sentence, with its rank (0 region … 4 country), or null. */
  ownPlace: { value: string; rank: number } | null;
  /** The day-level date named in the figure's own sentence, or null. */
  ownDate: string | null;
  /** The province or region named in the figure's own sentence, or null. */
  region: string | null;
}

export const FIGURE_INFO = new WeakMap<CasualtyFound, FigureInfo>();
