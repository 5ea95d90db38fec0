/**
 * extract() (every pass, the compromise parse, the sentence split) runs in linear time on
 * pathological text: long runs of one character, one word, punctuation or digits with no sentence
 * end. Each text is timed at two sizes four times apart (the fastest of 3 and of 2 runs); linear work takes about 4× as long,
 * quadratic work 16×. A text fails when the ratio is 8 or more, when the larger size takes longer
 * than the budget, or when extract() throws.
 *
 * Default sizes keep `npm test` short; the full proof is
 *   GLEAN_LINEAR_SIZES=262144,1048576 npx vitest run tests/robustness/linear-time.test.ts
 * Runs on the built code (dist/): `npm test` builds first.
 */
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { TAIL } from './pathological.js';

const [SMALL, LARGE] = (process.env.GLEAN_LINEAR_SIZES ?? '4096,16384').split(',').map(Number);
/** Time allowed for the larger size: generous for a loaded CI machine, far below what quadratic work needs at 1 MB. */
const BUDGET_MS = Number(process.env.GLEAN_LINEAR_BUDGET_MS ?? Math.max(10_000, (LARGE / 1024) * 400));
/** Below this, timings are mostly noise: ratios are taken against at least this much. */
const FLOOR_MS = 100;

const UNITS = [
  'a', 'A', ' ', '1', '.', ',', '\n', '’', 'é',
  'killed ', 'Kim ', 'the ', '1,000 ', 'Jan. ', 'U.S. ', 'Mr. ', '...', 'on Monday, ', "people's ", '12:30 ',
];

interface Timing {
  size: number;
  ms: number;
  error: string | null;
}

const results = new Map<string, Timing[] | 'timeout'>();

/** All texts through one worker (it loads the extractor once); one that overruns is stopped and a fresh worker goes on. */
async function timeAll(): Promise<void> {
  let worker: Worker | null = null;
  for (const unit of UNITS) {
    worker ??= new Worker(new URL('./linear-time.worker.mjs', import.meta.url));
    const w: Worker = worker;
    let onMessage: (t: Timing[]) => void = () => {};
    let onError: (err: Error) => void = () => {};
    const result = await new Promise<Timing[] | 'timeout'>((resolve, reject) => {
      const timer = setTimeout(() => resolve('timeout'), BUDGET_MS * 3 + 20_000);
      onMessage = (t) => {
        clearTimeout(timer);
        resolve(t);
      };
      onError = reject;
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage({ unit, sizes: [SMALL, LARGE], tail: TAIL });
    });
    // only our own listeners: the Worker keeps internal ones of its own
    w.off('message', onMessage);
    w.off('error', onError);
    if (result === 'timeout') {
      await w.terminate();
      worker = null;
    }
    results.set(unit, result);
  }
  await worker?.terminate();
}

describe(`extract() on pathological text, ${SMALL} vs ${LARGE} characters`, () => {
  beforeAll(timeAll, UNITS.length * (BUDGET_MS * 3 + 30_000));

  it.each(UNITS.map((u) => [JSON.stringify(u), u]))('%s repeated', (_name, unit) => {
    const result = results.get(unit);
    expect(result, 'did not finish within the budget').not.toBe('timeout');
    const [small, large] = result as Timing[];
    expect(small.error).toBe(null);
    expect(large.error).toBe(null);
    const summary = `${Math.round(small.ms)} ms → ${Math.round(large.ms)} ms`;
    expect(large.ms, summary).toBeLessThan(BUDGET_MS);
    expect(large.ms / Math.max(small.ms, FLOOR_MS), summary).toBeLessThan(8);
  });
});
