// Worker for linear-time.test.ts: times the built extract() (dist/) on pathological texts, one
// message { unit, sizes, tail } at a time. In a worker so that the test can stop a document that
// never finishes (terminate() interrupts even a running regular expression).
import { parentPort } from 'node:worker_threads';
import { extract } from '../../dist/extract.js';

// warm up: the passes load their data on first use, which must not count as the first size's time
extract('warm-up.txt', 'KYIV, Ukraine (March 3, 2024) — At least 12 people were killed on Monday, police said.');
parentPort.on('message', ({ unit, sizes, tail }) => {
  const timings = [];
  for (const [i, size] of sizes.entries()) {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail;
    // the fastest of a few runs: noise from other work on the machine only ever adds time
    let best = Infinity;
    let error = null;
    for (let run = 0; run < (i === 0 ? 3 : 2) && error === null; run++) {
      const started = performance.now();
      try {
        extract('pathological.txt', text);
      } catch (err) {
        error = String(err?.stack ?? err);
      }
      best = Math.min(best, performance.now() - started);
    }
    timings.push({ size, ms: best, error });
  }
  parentPort.postMessage(timings);
});
