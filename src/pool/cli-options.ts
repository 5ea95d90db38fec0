/**
 * The command-line options for speed and scale (--jobs, --timeout-ms, --cache, --cache-location,
 * --shard, --input-format), turned into RunOptions. `usage` throws the CLI's usage error (exit 2).
 */
import { availableParallelism } from 'node:os';
import type { FormatName } from '../output/names.js';
import { DEFAULT_CACHE_LOCATION } from '../cache/cache.js';
import type { InputFormat } from '../input/defaults.js';
import type { RunOptions } from '../run.js';
import { DEFAULT_TIMEOUT_MS } from './engine.js';
import { parseShard } from './shard.js';

export interface ScaleRawOptions {
  format?: FormatName;
  jobs?: string;
  timeoutMs: string;
  cache: boolean;
  cacheLocation: string;
  shard?: string;
  inputFormat: InputFormat;
}

export const SCALE_DEFAULTS = {
  timeoutMs: String(DEFAULT_TIMEOUT_MS),
  cacheLocation: DEFAULT_CACHE_LOCATION,
  jobs: () => availableParallelism(),
};

type Usage = (message: string) => never;

function wholeNumber(name: string, value: string, min: number, usage: Usage): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < min) usage(`${name}: "${value}" is not a whole number of at least ${min}`);
  return Number(value);
}

/** With --input-format ndjson the input is standard input: no other inputs may be named. */
export function scaleInputs(inputs: string[], raw: ScaleRawOptions, usage: Usage): string[] {
  if (raw.inputFormat !== 'ndjson') return inputs;
  if (inputs.some((i) => i !== '-')) usage('--input-format ndjson reads { "path", "text" } lines from standard input; name no files (or only -)');
  if (raw.shard) usage('--shard slices a list of files; with --input-format ndjson, split the stream instead');
  return ['-'];
}

export function scaleRunOptions(raw: ScaleRawOptions, usage: Usage): Partial<RunOptions> {
  const shard = raw.shard === undefined ? null : parseShard(raw.shard);
  if (typeof shard === 'string') usage(shard);
  if (raw.cacheLocation.trim() === '') usage('--cache-location: give a directory');
  const options: Partial<RunOptions> = {
    jobs: raw.jobs === undefined ? SCALE_DEFAULTS.jobs() : wholeNumber('--jobs', raw.jobs, 1, usage),
    timeoutMs: wholeNumber('--timeout-ms', raw.timeoutMs, 0, usage),
    cache: raw.cache,
    cacheLocation: raw.cacheLocation,
    shard: shard as Exclude<typeof shard, string>,
    inputFormat: raw.inputFormat,
  };
  // a stream processor reads NDJSON back, whatever the terminal
  if (raw.inputFormat === 'ndjson' && raw.format === undefined) options.format = 'ndjson';
  return options;
}
