/**
 * One run of glean: discover the inputs, read and extract each in order, stream the chosen
 * format to the sink, report unreadable inputs on stderr. Returns the exit code
 * (0: all inputs read, 1: some input could not be read).
 */
import type { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import type { Document, EntityType, FileError } from './schema.js';
import { discoverInputs } from './input/discover.js';
import { readInput } from './input/read.js';
import { extract } from './extract.js';
import { FORMATTERS, type FormatName } from './output/index.js';
import { fileSink, stdoutSink, type Sink } from './output/sink.js';
import type { Lexicon } from './rules/lexicon.js';

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
}

export interface RunIO {
  stdout: Writable;
  stderr: Writable;
  stdin?: () => Promise<Buffer>;
  chalk: ChalkInstance;
}

export type Outcome = { doc: Document } | { error: FileError };

/** Reads and extracts each input in order; a bad input becomes an error, never an exception. */
export async function* extractInputs(paths: readonly string[], options: RunOptions, io: RunIO): AsyncGenerator<Outcome> {
  for (const path of paths) {
    const read = await readInput(path, { maxBytes: options.maxBytes, encoding: options.encoding, stdin: io.stdin });
    if (!read.ok) {
      yield { error: read.error };
      continue;
    }
    try {
      yield {
        doc: extract(path, read.value.text, {
          types: options.types,
          referenceDate: options.referenceDate,
          lexicon: options.lexicon,
          explain: options.explain,
          emitText: options.emitText,
          warnings: read.value.warnings,
        }),
      };
    } catch (err) {
      yield { error: { path, code: 'INTERNAL', message: `extraction failed: ${(err as Error).message}` } };
    }
  }
}

export async function run(options: RunOptions, io: RunIO): Promise<number> {
  const discovery = await discoverInputs(options.inputs, options.extensions);
  const formatter = FORMATTERS[options.format]({ chalk: io.chalk });
  const sink: Sink = options.output ? fileSink(options.output) : stdoutSink(io.stdout);
  let failures = 0;
  const reportError = (e: FileError) => {
    failures++;
    io.stderr.write(`glean: ${e.path}: ${e.message} (${e.code})\n`);
  };
  try {
    await sink.write(formatter.start());
    for (const e of discovery.errors) {
      reportError(e);
      await sink.write(formatter.error(e));
    }
    for await (const outcome of extractInputs(discovery.paths, options, io)) {
      if (sink.closedByReader) break;
      if ('error' in outcome) {
        reportError(outcome.error);
        await sink.write(formatter.error(outcome.error));
      } else {
        await sink.write(formatter.document(outcome.doc));
      }
    }
    await sink.write(formatter.end());
    await sink.close();
  } catch (err) {
    sink.abort();
    throw err;
  }
  if (sink.closedByReader) return 0;
  return failures > 0 ? 1 : 0;
}
