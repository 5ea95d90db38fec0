import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/rules/memo.js';

describe('boundedMemo', () => {
  it('computes each key once while it is remembered, null and undefined results included', () => {
    const calls: string[] = [];
    const f = boundedMemo((k) => {
      calls.push(k);
      return k === 'none' ? null : k.length;
    }, 10);
    expect([f('kabul'), f('kabul'), f('none'), f('none')]).toEqual([5, 5, null, null]);
    expect(calls).toEqual(['kabul', 'none']);
  });

  it('keeps at most max results: when full it starts again', () => {
    const calls: string[] = [];
    const f = boundedMemo((k) => calls.push(k), 2);
    f('a');
    f('b');
    f('c'); // full: forgets a and b, keeps c
    f('c');
    f('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
