// Worker for regex-safety.test.ts: scans each pathological text with each regular expression
// (global, every match, as the passes do) and reports the time of each scan. Runs in a worker so
// that the test can stop a catastrophic regex, which would otherwise block the test for ever.
import { parentPort, workerData } from 'node:worker_threads';

const { regexes, texts } = workerData;
for (const r of regexes) {
  const re = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
  for (const t of texts) {
    parentPort.postMessage({ type: 'start', id: r.id, input: t.name });
    const started = performance.now();
    re.lastIndex = 0;
    for (let m = re.exec(t.text); m !== null; m = re.exec(t.text)) if (m[0] === '') re.lastIndex++;
    parentPort.postMessage({ type: 'done', id: r.id, input: t.name, ms: performance.now() - started });
  }
}
parentPort.postMessage({ type: 'end' });
