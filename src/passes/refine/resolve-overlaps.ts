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
  for (const { m } of ranked) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
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
