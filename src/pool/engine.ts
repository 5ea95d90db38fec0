/**
 * Runs documents in a piscina worker pool, also with --jobs 1 (one worker): the main thread only
 * reads, orders and writes, so that it always answers Ctrl-C and a runaway document can be stopped.
 *
 * At most IN_FLIGHT documents per worker are handed to the pool at a time: one running and one
 * queued, so that a worker that finishes never waits on the main thread for its next document,
 * and the rest of the inputs wait here rather than in memory. The time budget of a document starts
 * when a worker takes it (a { started } message), never while it waits in the queue. (That message
 * goes through the worker's parentPort: a MessageChannel per document cost 10% of the time and
 * 60 MB of memory that grew with the corpus, over 22,000 documents.)
 * A document over the budget is aborted: piscina terminates its worker and starts a fresh one,
 * and the document becomes a TIMEOUT error while the others carry on.
 */
import { Piscina } from 'piscina';
import type { WorkerResult, WorkerSettings, WorkerTask } from './worker.js';
import type { RunOptions } from '../run.js';

/** Default of --timeout-ms: a document still running after this long becomes a TIMEOUT error. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The options every document of a run shares: sent to each worker once. */
export function workerSettings(options: RunOptions): WorkerSettings {
  return {
    types: options.types,
    referenceDate: options.referenceDate,
    lexicon: options.lexicon,
    explain: options.explain,
    emitText: options.emitText,
    maxBytes: options.maxBytes,
    encoding: options.encoding,
  };
}

export interface Engine {
  run(task: WorkerTask): Promise<WorkerResult>;
  /** Finish: wait for nothing more, stop the workers. */
  close(): Promise<void>;
  /** Stop now (Ctrl-C): running documents are abandoned. */
  destroy(): Promise<void>;
}

export interface EngineOptions {
  /** Most worker threads. */
  threads: number;
  /** Threads started at once (default: all); piscina starts the rest as documents queue. */
  startThreads?: number;
  /** Per-document time budget in milliseconds; 0 for none. */
  timeoutMs: number;
  settings: WorkerSettings;
}

const WORKER = new URL('./worker.js', import.meta.url).href;

/** Old-generation heap limit of each worker thread. */
export const WORKER_HEAP_MB = 384;

/** Young generation limit of each worker thread. */
const WORKER_YOUNG_MB = 16;

/** Documents handed to the pool per worker thread (see above). */
const IN_FLIGHT = 2;

export async function createEngine(options: EngineOptions): Promise<Engine> {
  return poolEngine(options);
}

function poolEngine({ threads, startThreads, timeoutMs, settings }: EngineOptions): Engine {
  const pool = new Piscina({
    filename: WORKER,
    minThreads: Math.min(threads, startThreads ?? threads),
    maxThreads: threads,
    // never: an idle worker waits for the next document (the longest timer Node accepts, about 24 days)
    idleTimeout: 2 ** 31 - 1,
    concurrentTasksPerWorker: 1,
    workerData: settings,
    // V8 lets a busy worker's heap grow far past what it keeps alive (about 70 MB: compromise and
    // the lookup tables); caps make it collect sooner, so memory stays flat as the corpus grows.
    // The old generation cap took a 5 MB corpus with 2 workers from 1022 MB to 674 MB peak; the
    // young one (default about 48 MB) from 369 MB to 325 MB on 1 MB, at no measurable CPU cost.
    // A document that needs more ends its worker: it becomes an error, a fresh worker takes the next one.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // piscina reports a worker that died outside a task here; the task itself rejects, which run() handles
  pool.on('error', () => {});
  let running = 0;
  let stopped = false;
  // destroying a piscina pool twice at once leaves a port open: close and destroy share one
  let ending: Promise<void> | undefined;
  const waiting: Array<() => void> = [];
  const acquire = (): Promise<void> => {
    if (running < threads * IN_FLIGHT) {
      running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  // a worker says { started: id } (through its parentPort, which piscina re-emits) when it takes a document
  let nextId = 0;
  const onStart = new Map<number, () => void>();
  pool.on('message', (message: unknown) => {
    const id = (message as { started?: unknown } | null)?.started;
    if (typeof id === 'number') onStart.get(id)?.();
  });

  async function runOne(task: WorkerTask): Promise<WorkerResult> {
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const id = nextId++;
    if (timeoutMs > 0) {
      onStart.set(id, () => {
        onStart.delete(id);
        timer = setTimeout(() => {
          timedOut = true;
          abort.abort();
        }, timeoutMs);
      });
    }
    try {
      return (await pool.run(timeoutMs > 0 ? { ...task, id } : task, { signal: abort.signal })) as WorkerResult;
    } catch (err) {
      if (timedOut) {
        return { error: { path: task.path, code: 'TIMEOUT', message: `took longer than the --timeout-ms budget of ${timeoutMs} ms; skipped` } };
      }
      if (stopped) return stoppedError(task.path);
      if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return { error: { path: task.path, code: 'INTERNAL', message: `ran out of memory (over the ${WORKER_HEAP_MB} MB heap of a worker); skipped` } };
      }
      return { error: { path: task.path, code: 'INTERNAL', message: `worker failed: ${(err as Error).message}` } };
    } finally {
      // the start message and the result travel on different ports: a late start must not start a timer
      onStart.delete(id);
      clearTimeout(timer);
    }
  }

  return {
    async run(task) {
      if (stopped) return stoppedError(task.path);
      await acquire();
      try {
        if (stopped) return stoppedError(task.path);
        return await runOne(task);
      } finally {
        release();
      }
    },
    close: () => (ending ??= pool.destroy()),
    destroy() {
      stopped = true;
      for (const resolve of waiting.splice(0)) resolve();
      return (ending ??= pool.destroy());
    },
  };
}

const stoppedError = (path: string): WorkerResult => ({ error: { path, code: 'INTERNAL', message: 'interrupted' } });
