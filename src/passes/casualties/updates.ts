/**
 * Updated tolls: "the death toll rose to 27" supersedes the earlier figures of its category
 * ("20 people were killed"), and the old value written beside it ("up from 20") is superseded too.
 * A figure for another place, or for a group with another head noun, is a different count and stays.
 */
import type { CasualtyFound } from '../types.js';
import type { RawFigure } from './figures.js';

const headNoun = (group: string | null) => group?.toLowerCase().split(/\s+/).pop()?.replace(/s$/, '') ?? null;

export function markSuperseded(figures: CasualtyFound[], raws: readonly RawFigure[]): void {
  figures.forEach((update, i) => {
    if (!raws[i].update) return;
    for (let j = 0; j < i; j++) {
      const earlier = figures[j];
      if (earlier.category !== update.category || earlier.superseded) continue;
      if (earlier.place && update.place && earlier.place !== update.place) continue;
      const a = headNoun(earlier.group);
      const b = headNoun(update.group);
      if (a && b && a !== b) continue;
      earlier.superseded = true;
    }
  });
}
