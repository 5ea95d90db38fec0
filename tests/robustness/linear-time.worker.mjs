// Worker for linear-time.test.ts: times the built extract() (dist/) on one pathological text at
// each size. In a worker so that the test can stop a document that never finishes.
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../../dist/extract.js';

const { unit, sizes, tail } = workerData;
// warm up: the passes load their data on first use, which must not count as the first size's time
extract('warm-up.txt', 'KYIV, Ukraine (March 3, 2024) — At least 12 people were killed on Monday, police said.');
for (const size of sizes) {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail;
  const started = performance.now();
  let error = null;
  try {
    extract('pathological.txt', text);
  } catch (err) {
    error = String(err?.stack ?? err);
  }
  parentPort.postMessage({ size, ms: performance.now() - started, error });
}
