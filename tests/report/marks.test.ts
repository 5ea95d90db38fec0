/** Mentions → properly nested highlight fragments; crossing mentions are cut, never dropped. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nestSpans, type Span } from '../../src/output/report/marks.js';

const s = (start: number, end: number, id: number): Span => ({ start, end, id });

describe('nestSpans', () => {
  const cases: Array<[string, Span[], Array<[number, number, number]>]> = [
    ['no spans', [], []],
    ['apart, given out of order', [s(10, 14, 1), s(0, 4, 0)], [[0, 4, 0], [10, 14, 1]]],
    ['place inside a casualty figure: outer first', [s(20, 24, 1), s(0, 24, 0)], [[0, 24, 0], [20, 24, 1]]],
    ['identical spans nest, lower id outside', [s(3, 8, 2), s(3, 8, 1)], [[3, 8, 1], [3, 8, 2]]],
    ['touching spans stay apart', [s(0, 5, 0), s(5, 9, 1)], [[0, 5, 0], [5, 9, 1]]],
    ['crossing: the later one is cut at the earlier end', [s(0, 11, 0), s(6, 17, 1)], [[0, 11, 0], [6, 11, 1], [11, 17, 1]]],
    [
      'crossing on both sides: each later span is cut where it crosses',
      [s(0, 5, 0), s(10, 15, 1), s(3, 12, 2)],
      [[0, 5, 0], [3, 5, 2], [5, 12, 2], [10, 12, 1], [12, 15, 1]],
    ],
    [
      'a fragment that wraps a later neighbour',
      [s(0, 10, 0), s(5, 15, 1), s(6, 20, 2)],
      [[0, 10, 0], [5, 10, 1], [6, 10, 2], [10, 20, 2], [10, 15, 1]],
    ],
    ['empty spans are left out', [s(4, 4, 0), s(1, 3, 1)], [[1, 3, 1]]],
  ];
  it.each(cases)('%s', (_label, spans, expected) => {
    expect(nestSpans(spans)).toEqual(expected);
  });

  it('for any spans: fragments nest, cover each span exactly, and come outer-first in order', () => {
    const span = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 15 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (pairs) => {
        const spans = pairs.map(([start, len], id) => s(start, start + len, id));
        const frags = nestSpans(spans);
        // each span's fragments tile it exactly
        for (const sp of spans) {
          const mine = frags.filter((f) => f[2] === sp.id).sort((a, b) => a[0] - b[0]);
          expect(mine[0][0]).toBe(sp.start);
          expect(mine[mine.length - 1][1]).toBe(sp.end);
          for (let i = 1; i < mine.length; i++) expect(mine[i][0]).toBe(mine[i - 1][1]);
        }
        // document order, outer first, and any two fragments are nested or apart
        for (let i = 0; i < frags.length; i++) {
          for (let j = i + 1; j < frags.length; j++) {
            const [a, b] = [frags[i], frags[j]];
            expect(a[0] < b[0] || (a[0] === b[0] && a[1] >= b[1])).toBe(true);
            const apart = a[1] <= b[0];
            const inside = b[0] >= a[0] && b[1] <= a[1];
            expect(apart || inside).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
