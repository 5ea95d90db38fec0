/**
 * `--shard K/N`: the K-th (1-based) of N contiguous slices of the sorted input list, so that
 * N machines or jobs share a corpus with no coordination. Slice K holds the inputs with index
 * floor((K-1)·n/N) ≤ i < floor(K·n/N): sizes differ by at most one, and the outputs of shards
 * 1..N, concatenated in that order, are byte for byte the unsharded NDJSON (or CSV without the
 * repeated headers). Arguments that name nothing are reported by shard 1 only, for the same reason.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses "K/N"; returns an error message for anything else. */
export function parseShard(value: string): Shard | string {
  const m = /^(\d{1,9})\/(\d{1,9})$/.exec(value.trim());
  if (!m) return `--shard: "${value}" is not K/N (e.g. 2/8: the second of eight slices, counting from 1)`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) return `--shard: "${value}": N must be at least 1`;
  if (index < 1 || index > count) return `--shard: "${value}": K must be between 1 and N (shards count from 1)`;
  return { index, count };
}

export function shardSlice<T>(items: readonly T[], shard: Shard | null | undefined): T[] {
  if (!shard) return [...items];
  const n = items.length;
  return items.slice(Math.floor(((shard.index - 1) * n) / shard.count), Math.floor((shard.index * n) / shard.count));
}
