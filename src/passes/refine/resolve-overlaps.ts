/**
 * One span, one type: when name mentions overlap, the longer one wins
 * ("Korean Central News Agency" over the place "Korean"); on equal length the
 * earlier pass wins (people, then places, then organisations). Exact duplicates are dropped.
 */
import type { Found, NameMention, Pass } from '../types.js';

export function resolveOverlaps(names: NameMention[]): NameMention[] {
  const ranked = names
    .map((m, order) => ({ m, order }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  const kept: NameMention[] = [];
  // characters already covered by a kept mention: checking a span costs its length, not the number kept
  const taken = new Uint8Array(names.reduce((max, m) => Math.max(max, m.end), 0));
  for (const { m } of ranked) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    kept.push(m);
    taken.fill(1, m.start, m.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export const resolveOverlapsRefiner: Pass = {
  name: 'refine/resolve-overlaps',
  serves: ['people', 'places', 'organizations'],
  run(_doc, found): Found {
    return { ...found, names: resolveOverlaps(found.names) };
  },
};
