/**
 * One run of glean: discover the inputs (or read NDJSON items from stdin), take this shard's
 * slice, look each up in the cache or hand it to the worker pool, and stream the chosen format
 * to the sink in input order as each next-in-order result is ready. Returns the exit code
 * (0: all inputs read, 1: some input could not be read, 130: interrupted by Ctrl-C).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { readFileSync, statSync } from 'node:fs';
import type { ChalkInstance } from 'chalk';
import type { Document, EntityType, FileError } from './schema.js';
import { discoverInputs, STDIN } from './input/discover.js';
import { DEFAULT_MAX_BYTES, type InputFormat } from './input/defaults.js';
import { readNdjsonInput, type NdjsonItem } from './input/ndjson-input.js';
import { FORMATTERS, type FormatName } from './output/index.js';
import { fileSink, stdoutSink, type Sink } from './output/sink.js';
import type { Lexicon } from './rules/lexicon.js';
import { createEngine, DEFAULT_TIMEOUT_MS, workerSettings, type Engine } from './pool/engine.js';
import { orderedMap } from './pool/ordered.js';
import { shardSlice, type Shard } from './pool/shard.js';
import type { Timings, WorkerResult } from './pool/worker.js';
import { DEFAULT_CACHE_LOCATION, ResultCache, sha256 } from './cache/cache.js';
import { noProgress, shouldShowProgress, terminalProgress } from './progress.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export interface RunOptions {
  inputs: string[];
  format: FormatName;
  types: EntityType[];
  output: string | null;
  extensions: string[];
  referenceDate: string | null;
  lexicon?: Lexicon;
  explain: boolean;
  emitText: boolean;
  quiet: boolean;
  maxBytes?: number;
  encoding?: string;
  /** Worker threads (default: os.availableParallelism()). */
  jobs?: number;
  /** Per-document time budget in ms (default DEFAULT_TIMEOUT_MS); 0 for none. */
  timeoutMs?: number;
  /** Reuse results stored under cacheLocation (default .glean-cache). */
  cache?: boolean;
  cacheLocation?: string;
  /** Only this slice of the sorted inputs. */
  shard?: Shard | null;
  /** files (default): inputs are paths; ndjson: { "path", "text" } lines on stdin. */
  inputFormat?: InputFormat;
}

export interface RunIO {
  stdout: Writable;
  stderr: Writable;
  /** Standard input as a whole (input "-"); default process.stdin. */
  stdin?: () => Promise<Buffer>;
  /** Standard input as a stream (--input-format ndjson); default process.stdin. */
  stdinStream?: () => Readable;
  chalk: ChalkInstance;
  env?: NodeJS.ProcessEnv;
}

export type Outcome = { doc: Document } | { error: FileError };

type Item = { path: string; text?: string } | { error: FileError };

/**
 * `started`: a worker pool the caller started early for these options (the CLI does, so that the
 * workers load compromise while this thread loads the rest of glean); otherwise one is started here.
 */
export async function run(options: RunOptions, io: RunIO, started?: Promise<Engine>): Promise<number> {
  const env = io.env ?? process.env;
  let items: Iterable<Item> | AsyncIterable<NdjsonItem>;
  let total: number | null;
  let discoveryErrors: FileError[] = [];
  let stdinStream: Readable | null = null;
  if (options.inputFormat === 'ndjson') {
    stdinStream = io.stdinStream ? io.stdinStream() : process.stdin;
    items = readNdjsonInput(stdinStream);
    total = null;
  } else {
    const discovery = await discoverInputs(options.inputs, options.extensions);
    const paths = shardSlice(discovery.paths, options.shard);
    // reported once, by the first shard, so that the shards' outputs add up to the unsharded one
    if (!options.shard || options.shard.index === 1) discoveryErrors = discovery.errors;
    items = paths.map((p) => ({ path: p }));
    total = paths.length;
  }

  const settings = workerSettings(options);
  const jobs = options.jobs ?? availableParallelism();
  const threads = Math.max(1, total === null ? jobs : Math.min(jobs, total));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const cache = options.cache ? new ResultCache(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, version, settings) : null;
  let engine: Promise<Engine> | null = started ?? null;
  const getEngine = () => (engine ??= createEngine({ threads, timeoutMs, settings }));
  // without a cache every input needs a worker: start them now, they load while we go on
  if (!cache && total !== 0) getEngine().catch(() => {}); // a failure shows on the first document

  let interrupted = false;
  let stdinBytes: Promise<Buffer> | null = null;
  const readStdin = () => (stdinBytes ??= io.stdin ? io.stdin() : buffer(process.stdin));

  async function produce(item: Item): Promise<WorkerResult> {
    if ('error' in item) return item;
    try {
      let bytes: Uint8Array | undefined;
      let key: string | null = null;
      if (item.text !== undefined) {
        if (cache) key = cache.key(sha256(`text:${item.path}:${item.text}`));
      } else if (item.path === STDIN) {
        bytes = await readStdin();
        if (cache) key = cache.key(sha256(bytes));
      } else if (cache) {
        const content = readForKey(item.path, maxBytes);
        // the extension is part of the key: the same bytes may be read differently as .html
        if (content) key = cache.key(`${path.extname(item.path).toLowerCase()}:${sha256(content)}`);
      }
      if (cache && key) {
        const hit = cache.get(key, item.path);
        if (hit) return { doc: hit };
      }
      if (interrupted) return { error: { path: item.path, code: 'INTERNAL', message: 'interrupted' } };
      const result = await (await getEngine()).run({ path: item.path, text: item.text, bytes });
      if (cache && key && 'doc' in result && !interrupted) await cache.set(key, result.doc);
      return result;
    } catch (err) {
      return { error: { path: item.path, code: 'INTERNAL', message: (err as Error).message } };
    }
  }

  const formatter = FORMATTERS[options.format]({ chalk: io.chalk });
  const sink: Sink = options.output ? fileSink(options.output) : stdoutSink(io.stdout);
  const progress = shouldShowProgress(io.stderr, total, options.quiet, env) ? terminalProgress(io.stderr, total) : noProgress(io.stderr);
  let failures = 0;
  const reportError = (e: FileError) => {
    failures++;
    progress.message(`glean: ${e.path}: ${e.message} (${e.code})\n`);
  };
  const timings: Timings = {};
  let timedDocs = 0;

  const onSigint = () => {
    if (interrupted) process.exit(130); // a second Ctrl-C: now
    interrupted = true;
    progress.done();
    sink.abort();
    stdinStream?.destroy();
    void engine?.then((e) => e.destroy());
    // whatever still holds the event loop open, a Ctrl-C ends the run
    setTimeout(() => process.exit(130), 3000).unref();
  };
  process.on('SIGINT', onSigint);

  try {
    await sink.write(formatter.start());
    for (const e of discoveryErrors) {
      reportError(e);
      await sink.write(formatter.error(e));
    }
    for await (const outcome of orderedMap<Item, WorkerResult>(items, produce, Math.max(16, threads * 8))) {
      if (interrupted || sink.closedByReader) break;
      progress.tick();
      if (outcome.timings) {
        timedDocs++;
        for (const [name, ms] of Object.entries(outcome.timings)) timings[name] = (timings[name] ?? 0) + ms;
      }
      if ('error' in outcome) {
        reportError(outcome.error);
        await sink.write(formatter.error(outcome.error));
      } else {
        // a document's warnings (encoding guessed, bytes replaced) are data too: stderr names them unless --quiet
        if (!options.quiet) for (const w of outcome.doc.warnings) progress.message(`glean: ${outcome.doc.path}: warning: ${w}\n`);
        await sink.write(formatter.document(outcome.doc));
      }
    }
    if (interrupted) return 130;
    progress.done();
    await sink.write(formatter.end());
    await sink.close();
  } catch (err) {
    sink.abort();
    // a write cut short by Ctrl-C (the sink was aborted under it) is not an error of its own
    if (interrupted) return 130;
    throw err;
  } finally {
    progress.done();
    process.off('SIGINT', onSigint);
    if (engine) await (await engine).close().catch(() => {});
    if (stdinStream && stdinStream !== process.stdin) stdinStream.destroy();
    if (env.GLEAN_TIMINGS && timedDocs > 0) io.stderr.write(formatTimings(timings, timedDocs));
  }
  if (sink.closedByReader) return 0;
  return failures > 0 ? 1 : 0;
}

/**
 * The bytes a cache key is made from, or null when the worker should report the problem.
 * Synchronous, like ResultCache.get: a news article is read in microseconds.
 */
function readForKey(file: string, maxBytes: number): Buffer | null {
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size > maxBytes) return null;
    return readFileSync(file);
  } catch {
    return null;
  }
}

/** GLEAN_TIMINGS=1: where the time went, summed over the documents (worker time, not wall time). */
export function formatTimings(timings: Timings, docs: number): string {
  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  const rows = Object.entries(timings).map(
    ([name, ms]) => `  ${name.padEnd(24)} ${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / (total || 1)).toFixed(1).padStart(5)}%`,
  );
  return `glean timings over ${docs} documents:\n${rows.join('\n')}\n  ${'total'.padEnd(24)} ${total.toFixed(0).padStart(8)} ms\n`;
}
