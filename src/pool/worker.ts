/**
 * The work done for one document, in a worker thread of the pool (src/pool/engine.ts):
 * read and decode the file (or take the text given), extract, and return the outcome.
 * Never throws: a failure becomes an error outcome for that document.
 *
 * Environment (for tests and profiling only):
 *  - GLEAN_TIMINGS=1: each result carries the milliseconds spent in the compromise parse and in each pass.
 *  - GLEAN_TEST_HANG=MARKER: a document whose text contains MARKER loops for ever, so tests can prove --timeout-ms.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document, EntityType, FileError } from '../schema.js';
import { readInput } from '../input/read.js';
import { extract } from '../extract.js';
import { createDocument } from '../document/document.js';
import { assembleDocument } from '../document/assemble.js';
import { PIPELINE, neededTypes } from '../pipeline.js';
import { emptyFound } from '../passes/types.js';
import type { Lexicon } from '../rules/lexicon.js';

/** Options that are the same for every document of a run; sent once, as workerData. */
export interface WorkerSettings {
  types: EntityType[];
  referenceDate: string | null;
  lexicon?: Lexicon;
  explain: boolean;
  emitText: boolean;
  maxBytes?: number;
  encoding?: string;
}

export interface WorkerTask {
  path: string;
  /** Text given directly (--input-format ndjson): no reading or decoding. */
  text?: string;
  /** Bytes already read (standard input): decoded here. */
  bytes?: Uint8Array;
  /** Set when the run has a time budget: the worker posts { started: id } as it takes the document, so the budget excludes waiting. */
  id?: number;
}

export type Timings = Record<string, number>;

export type Outcome = { doc: Document } | { error: FileError };

export type WorkerResult = Outcome & { timings?: Timings };

export async function processDocument(task: WorkerTask, settings: WorkerSettings): Promise<WorkerResult> {
  if (task.id !== undefined) parentPort?.postMessage({ started: task.id });
  const timings: Timings | undefined = process.env.GLEAN_TIMINGS ? {} : undefined;
  const started = performance.now();
  let text: string;
  let warnings: string[] = [];
  if (task.text !== undefined) {
    text = task.text;
  } else {
    const bytes = task.bytes;
    const read = await readInput(task.path, {
      maxBytes: settings.maxBytes,
      encoding: settings.encoding,
      stdin: bytes ? async () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined,
    });
    if (!read.ok) return { error: read.error };
    text = read.value.text;
    warnings = read.value.warnings;
  }
  if (timings) timings.read = performance.now() - started;
  const hang = process.env.GLEAN_TEST_HANG;
  if (hang && text.includes(hang)) for (;;);
  try {
    if (timings) return { doc: extractTimed(task.path, text, settings, warnings, timings), timings };
    return { doc: extract(task.path, text, { ...settings, warnings }) };
  } catch (err) {
    return { error: { path: task.path, code: 'INTERNAL', message: `extraction failed: ${(err as Error).message}` } };
  }
}

/**
 * Only with GLEAN_TIMINGS: extract() from src/extract.ts taken apart pass by pass, so that the
 * timings can say where the time goes. Normal runs call extract() itself.
 */
function extractTimed(path: string, text: string, settings: WorkerSettings, warnings: string[], timings: Timings): Document {
  const doc = createDocument(path, text, { referenceDate: settings.referenceDate, lexicon: settings.lexicon });
  const needed = neededTypes(settings.types);
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + now - t;
    t = now;
  };
  void doc.nlpChunks; // the one compromise parse, timed on its own
  lap('compromise-parse');
  let found = emptyFound();
  for (const pass of PIPELINE) {
    if (!pass.serves.some((type) => needed.has(type))) continue;
    found = pass.run(doc, found);
    lap(pass.name);
  }
  const result = assembleDocument(doc, found, {
    types: settings.types,
    explain: settings.explain,
    emitText: settings.emitText,
    warnings,
  });
  lap('assemble');
  return result;
}

/**
 * Warm up before taking any document: the passes load some of their data on first use, and that
 * one-off cost must not count against the first document's --timeout-ms budget. piscina waits for
 * this module (and so this top-level await) before it hands the worker a task.
 */
const WARM_UP = 'KYIV, Ukraine (March 3, 2024) - President Joe Biden met officials of the United Nations in Kyiv. At least 12 people were killed and 30 wounded on Monday, police said.';
await Promise.resolve().then(() => {
  try {
    extract('warm-up', WARM_UP);
  } catch {
    // a pass that fails here fails again on the document, where it is reported
  }
});

/** The piscina entry point: settings arrive once, as workerData. */
export default function task(t: WorkerTask): Promise<WorkerResult> {
  return processDocument(t, workerData as WorkerSettings);
}
