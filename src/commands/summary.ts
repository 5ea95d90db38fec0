/**
 * `glean summary [FILE.ndjson...]`: reads the NDJSON of one or many glean runs or shards
 * (files, or standard input as "-" or when no file is named) and prints corpus-level aggregates.
 * Exit codes: 0 all lines read, 1 some line or file could not be read (listed on stderr), 2 usage error.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import type { NdjsonLine } from '../schema.js';
import { fileSink, stdoutSink } from '../output/sink.js';
import { SummaryBuilder } from '../summary/aggregate.js';
import { formatSummary, SUMMARY_FORMATS, type SummaryFormat } from '../summary/format.js';

const HELP = `
Examples:
  glean corpus/ -f ndjson > all.ndjson && glean summary all.ndjson
  glean summary part-1.ndjson part-2.ndjson part-3.ndjson -f csv -o summary.csv
  cat part-*.ndjson | glean summary --top 0 -f json

People, places and organisations are ranked by the documents that name them, then by mentions.
Casualty totals add up each document's totals (superseded figures left out, repeats counted once);
by month, a figure counts in the month of its date, else of the document's publication date.
`;

export interface SummaryIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
}

function buildSummaryProgram(): Command {
  return new Command()
    .name('glean summary')
    .description('Corpus-level aggregates from glean NDJSON output (one or many shards).')
    .argument('[files...]', 'NDJSON files written by glean -f ndjson; - or none for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(SUMMARY_FORMATS))
    .option('--top <n>', 'how many people, places and organisations to list (0: all)', '20')
    .option('-o, --output <file>', 'write the output to a file (written whole, or not at all)')
    .addHelpText('after', HELP)
    .showHelpAfterError('(run glean summary --help for usage)')
    .exitOverride();
}

export async function summaryMain(args: string[], io: Partial<SummaryIO> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  const program = buildSummaryProgram();
  program.configureOutput({ writeErr: (s) => void stderr.write(s), writeOut: (s) => void stdout.write(s) });
  try {
    program.parse(args, { from: 'user' });
  } catch (err) {
    return err instanceof CommanderError && err.exitCode === 0 ? 0 : 2;
  }
  const opts = program.opts<{ format?: SummaryFormat; top: string; output?: string }>();
  if (!/^\d{1,9}$/.test(opts.top)) {
    stderr.write(`glean: error: --top: "${opts.top}" is not a whole number\n(run glean summary --help for usage)\n`);
    return 2;
  }
  const files = program.args.length > 0 ? program.args : ['-'];
  const builder = new SummaryBuilder();
  let failures = 0;
  for (const file of files) {
    const input = file === '-' ? (io.stdin ?? process.stdin) : createReadStream(file);
    try {
      let lineNumber = 0;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNumber++;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = null;
        }
        if (typeof value !== 'object' || value === null || typeof (value as { path?: unknown }).path !== 'string') {
          failures++;
          stderr.write(`glean: ${file}:${lineNumber}: not a line of glean NDJSON output; skipped\n`);
          continue;
        }
        builder.add(value as NdjsonLine);
      }
    } catch (err) {
      failures++;
      const code = (err as NodeJS.ErrnoException).code;
      stderr.write(`glean: ${file}: cannot read (${code ?? (err as Error).message})\n`);
    }
  }
  const isTTY = stdout.isTTY === true;
  const format = opts.format ?? (isTTY && !opts.output ? 'table' : 'json');
  const colour = !opts.output && isTTY && !env.NO_COLOR ? 1 : 0;
  const text = formatSummary(builder.result(Number(opts.top)), format, new Chalk({ level: colour }));
  const sink = opts.output ? fileSink(opts.output) : stdoutSink(stdout as unknown as NodeJS.WriteStream);
  try {
    await sink.write(text);
    await sink.close();
  } catch (err) {
    sink.abort();
    stderr.write(`glean: error: ${(err as Error).message}\n`);
    return 2;
  }
  return failures > 0 ? 1 : 0;
}
