/** parseShard and shardSlice: 1-based K/N, contiguous slices that add up to the whole. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseShard, shardSlice } from '../../src/pool/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    ['8/8', { index: 8, count: 8 }],
    [' 3/4 ', { index: 3, count: 4 }],
  ])('reads %j', (value, shard) => {
    expect(parseShard(value)).toEqual(shard);
  });

  it.each(['0/8', '9/8', '1/0', '0/0', '2', '2/', '/2', 'a/b', '1/2/3', '-1/2', '1.0/2', ''])('rejects %j with a message', (value) => {
    expect(typeof parseShard(value)).toBe('string');
  });
});

describe('shardSlice', () => {
  it.each([
    [10, 3, [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]],
    [2, 4, [[], [0], [], [1]]],
    [4, 2, [[0, 1], [2, 3]]],
    [0, 3, [[], [], []]],
  ])('slices %i items into %i shards', (n, count, expected) => {
    const items = Array.from({ length: n }, (_, i) => i);
    expect(Array.from({ length: count }, (_, k) => shardSlice(items, { index: k + 1, count }))).toEqual(expected);
  });

  it('is the whole list without a shard', () => {
    expect(shardSlice(['a', 'b'], null)).toEqual(['a', 'b']);
  });

  it('always partitions the list, in order, sizes differing by at most one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (items, count) => {
        const slices = Array.from({ length: count }, (_, k) => shardSlice(items, { index: k + 1, count }));
        expect(slices.flat()).toEqual(items);
        const sizes = slices.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
