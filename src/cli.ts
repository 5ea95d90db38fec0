/**
 * Command line: parse options, check them (usage errors exit 2 before anything is read),
 * call run(), set the exit code. Never process.exit() while output may still be flushing.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import type { ColorSupport } from 'chalk';
import { ENTITY_TYPES as ALL_TYPES, type EntityType } from './schema.js';
import { DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES, INPUT_FORMATS } from './input/defaults.js';
import { encodingExists } from './input/decode.js';
import { FORMAT_NAMES, type FormatName } from './output/names.js';
import { LexiconError, loadLexicon } from './rules/lexicon.js';
import type { RunOptions } from './run.js';
import { SCALE_DEFAULTS, scaleInputs, scaleRunOptions, type ScaleRawOptions } from './pool/cli-options.js';
import { createEngine, DEFAULT_TIMEOUT_MS, workerSettings, type Engine } from './pool/engine.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

class UsageError extends Error {}

const EXAMPLES = `
Examples:
  glean articles/                       tables on a terminal, JSON when piped
  glean articles/ --format ndjson | jq .people
  glean 'news/**/*.txt' -f csv -o mentions.csv
  glean - --reference-date 2025-10-23 < article.txt
  glean story.txt --types dates,casualties --explain
  glean articles/ --format html -o report.html
  glean corpus/ --jobs 4 --cache -f ndjson > all.ndjson   worker threads; unchanged files come from .glean-cache/
  glean corpus/ --shard 2/8 -f ndjson > part-2.ndjson     the 2nd of 8 slices of the sorted inputs (K counts from 1)
  glean summary part-*.ndjson -f table                     corpus totals from NDJSON (glean summary --help)
  producer | glean --input-format ndjson | consumer        {"path","text"} lines in, NDJSON lines out, in order

Speed and scale: --jobs defaults to the number of cores; results are written in input order.
A document still running after --timeout-ms (default 30000; 0 = none) becomes a TIMEOUT error.
--cache keys results by file content, glean version and options; --cache-location (default
.glean-cache/) may be shared by concurrent runs. The shards 1/N..N/N, concatenated, give the
unsharded NDJSON byte for byte. Ctrl-C stops the workers, leaves no -o file, exit code 130.

Output: json (schemaVersion 1, docs/schema.json), ndjson, csv (path,type,name,text,start,end,value),
table, html (one self-contained report file). Offsets (start, end) count Unicode code points into the decoded text, half-open.

Casualty totals: per category, over the figures not superseded by a later update
("rose to 27, up from 20" counts 27); a figure repeated in the text counts once; conflicting
sources keep the lowest minimum; figures for different groups or places add up (docs/casualties.md).

Exit codes: 0 every input was read (also when nothing was found), 1 some input could not
be read (listed in "errors" and on stderr), 2 usage error (nothing was read).
Colour: tables are coloured on a terminal; NO_COLOR=1 turns colour off, FORCE_COLOR=1 on.
`;

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseTypes(value: string): EntityType[] {
  const types = parseList(value);
  const unknown = types.filter((t) => !ALL_TYPES.includes(t as EntityType));
  if (unknown.length > 0 || types.length === 0) {
    throw new UsageError(`--types: unknown type ${unknown.join(', ') || '(empty)'}; choose from ${ALL_TYPES.join(', ')}`);
  }
  return ALL_TYPES.filter((t) => types.includes(t));
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
    throw new UsageError(`--reference-date: "${value}" is not a date in the form YYYY-MM-DD`);
  }
  return value;
}

function parseEncoding(value: string): string {
  if (!encodingExists(value)) throw new UsageError(`--encoding: unknown encoding "${value}" (e.g. utf-8, utf-16le, windows-1252, iso-8859-2, shift_jis)`);
  return value;
}

function parsePositiveInt(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UsageError(`${name}: "${value}" is not a positive whole number`);
    return Number(value);
  };
}

/** NO_COLOR (any non-empty value) wins; FORCE_COLOR is honoured by chalk; otherwise colour only on a terminal. */
function colourLevel(env: NodeJS.ProcessEnv, isTTY: boolean, supportsColor: ColorSupport | false): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return supportsColor ? supportsColor.level : 0;
  return isTTY && supportsColor ? supportsColor.level : 0;
}

export function buildProgram(): Command {
  return new Command()
    .name('glean')
    .description('Pull people, places, organisations, dates and casualty figures out of news articles.')
    .version(version, '-V, --version')
    .argument('[inputs...]', 'files, directories (searched recursively), quoted glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMAT_NAMES))
    .option('-t, --types <list>', `comma-separated types to extract (default: all): ${ALL_TYPES.join(',')}`)
    .option('-o, --output <file>', 'write the output to a file (written whole, or not at all)')
    .option('--ext <list>', 'file extensions searched in directories', DEFAULT_EXTENSIONS.join(','))
    .option('-r, --reference-date <YYYY-MM-DD>', 'publication date to resolve relative dates against (wins over the article\'s own)')
    .option('--lexicon <file>', 'JSON file of extra names: { "people": [...], "organizations": [...], "places": [...] }')
    .option('--explain', 'add "via" to each entity: the rule or pass that produced it', false)
    .option('--emit-text', 'include the decoded text that offsets index as "text" in each document', false)
    .option('--max-bytes <n>', 'skip files larger than this many bytes (code TOO_LARGE; default 20 MiB)', String(DEFAULT_MAX_BYTES))
    .option('--encoding <name>', 'decode files with this encoding instead of detecting it (e.g. windows-1252; latin1 means windows-1252)')
    .option('-q, --quiet', 'no progress or warnings on stderr (errors are still listed)', false)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--timeout-ms <ms>', 'time budget per document; over it, the document is a TIMEOUT error (0: none)', SCALE_DEFAULTS.timeoutMs)
    .option('--cache', 'reuse results of unchanged files (keyed by content, version and options)', false)
    .option('--cache-location <dir>', 'directory of the --cache', SCALE_DEFAULTS.cacheLocation)
    .option('--shard <K/N>', 'process only the K-th of N slices of the sorted inputs (K = 1..N)')
    .addOption(new Option('--input-format <format>', 'files: inputs are paths; ndjson: {"path","text"} lines on stdin').choices(INPUT_FORMATS).default('files'))
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run glean --help for usage)');
}

interface RawOptions extends ScaleRawOptions {
  format?: FormatName;
  types?: string;
  output?: string;
  ext: string;
  referenceDate?: string;
  lexicon?: string;
  explain: boolean;
  emitText: boolean;
  maxBytes: string;
  encoding?: string;
  quiet: boolean;
}

function toRunOptions(inputs: string[], raw: RawOptions, stdoutIsTTY: boolean): RunOptions {
  const usage = (message: string): never => {
    throw new UsageError(message);
  };
  inputs = scaleInputs(inputs, raw, usage);
  if (inputs.length === 0) throw new UsageError('no inputs: name files, directories, glob patterns, or - for stdin');
  const extensions = parseList(raw.ext).map((e) => e.replace(/^\./, ''));
  if (extensions.length === 0) throw new UsageError('--ext: give at least one extension');
  let lexicon;
  try {
    lexicon = raw.lexicon ? loadLexicon(raw.lexicon) : undefined;
  } catch (err) {
    if (err instanceof LexiconError) throw new UsageError(`--lexicon: ${err.message}`);
    throw err;
  }
  const format = raw.format ?? (stdoutIsTTY && !raw.output ? 'table' : 'json');
  return {
    inputs,
    format,
    types: raw.types === undefined ? [...ALL_TYPES] : parseTypes(raw.types),
    output: raw.output ?? null,
    extensions,
    referenceDate: raw.referenceDate ? parseDate(raw.referenceDate) : null,
    lexicon,
    explain: raw.explain,
    // the html report shows each article's text; it never leaks into other formats
    emitText: raw.emitText || format === 'html',
    quiet: raw.quiet,
    maxBytes: parsePositiveInt('--max-bytes')(raw.maxBytes),
    encoding: raw.encoding === undefined ? undefined : parseEncoding(raw.encoding),
    ...scaleRunOptions(raw, usage),
  };
}

/**
 * Workers start before the rest of glean loads on this thread, since loading compromise in a worker
 * (about 0.25 s) is the longest step of a small run. One starts now; piscina adds the others, up to
 * --jobs, as documents queue. With --cache none starts until a document is not in the cache.
 */
function startWorkers(options: RunOptions): Promise<Engine> | undefined {
  if (options.cache) return undefined;
  const engine = createEngine({
    threads: options.jobs ?? SCALE_DEFAULTS.jobs(),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    settings: workerSettings(options),
    startThreads: 1,
  });
  engine.catch(() => {}); // a failure shows on the first document
  return engine;
}

export async function main(argv: string[]): Promise<void> {
  if (argv[2] === 'summary') {
    const { summaryMain } = await import('./commands/summary.js');
    process.exitCode = await summaryMain(argv.slice(3));
    return;
  }
  const program = buildProgram().exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv);
  } catch (err) {
    // --help and --version end here too, with exit code 0
    process.exitCode = err instanceof CommanderError && err.exitCode === 0 ? 0 : 2;
    return;
  }
  const isTTY = process.stdout.isTTY === true;
  let options: RunOptions;
  try {
    options = toRunOptions(program.args, program.opts<RawOptions>(), isTTY);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`glean: error: ${err.message}\n(run glean --help for usage)\n`);
    process.exitCode = 2;
    return;
  }
  const engine = startWorkers(options);
  const { Chalk, supportsColor } = await import('chalk');
  const chalk = new Chalk({ level: options.output ? 0 : colourLevel(process.env, isTTY, supportsColor) });
  try {
    // loaded only now (discovery, formats, cache): the workers load compromise meanwhile
    const { run } = await import('./run.js');
    process.exitCode = await run(options, { stdout: process.stdout, stderr: process.stderr, chalk }, engine);
  } catch (err) {
    process.stderr.write(`glean: error: ${(err as Error).message}\n`);
    process.exitCode = 2;
  } finally {
    // run() closes the pool it used; this closes it when run() failed before it got that far
    await engine?.then((e) => e.close()).catch(() => {});
  }
}
