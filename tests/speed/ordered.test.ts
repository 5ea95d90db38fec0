/** orderedMap: results in input order, at most `window` in flight, from sync or async sources. */
import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/pool/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('orderedMap', () => {
  it.each([1, 2, 4, 16])('yields in input order whatever order the work finishes in (window %i)', async (window) => {
    const delays = [30, 5, 20, 0, 10, 25, 1, 15];
    let inFlight = 0;
    let maxInFlight = 0;
    const out = await collect(
      orderedMap(
        delays,
        async (ms, i) => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await sleep(ms);
          inFlight--;
          return `${i}:${ms}`;
        },
        window,
      ),
    );
    expect(out).toEqual(delays.map((ms, i) => `${i}:${ms}`));
    expect(maxInFlight).toBe(Math.min(window, delays.length));
  });

  it('reads an async source lazily: never more than the window ahead of the consumer', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i;
      }
    }
    const gen = orderedMap(source(), async (x) => x * 2, 3);
    const first = await gen.next();
    expect(first.value).toBe(0);
    expect(pulled).toBeLessThanOrEqual(4);
    await gen.return(undefined);
  });

  it('yields a finished head before the source produces its next item', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* source() {
      yield 'a';
      await gate; // a slow producer (stdin with nothing more yet)
      yield 'b';
    }
    const gen = orderedMap(source(), async (x) => x.toUpperCase(), 8);
    expect((await gen.next()).value).toBe('A');
    release();
    expect((await gen.next()).value).toBe('B');
    expect((await gen.next()).done).toBe(true);
  });

  it('handles an empty source', async () => {
    expect(await collect(orderedMap([], async (x) => x, 4))).toEqual([]);
  });
});
