/**
 * `--input-format ndjson`: one JSON object `{ "path": "...", "text": "..." }` per line of standard
 * input, so glean can be the external program of Spark's RDD.pipe or any stream processor.
 * Blank lines are skipped. A line that is not such an object becomes an error naming its line
 * number (path "-:LINE" when the line has no usable path), never a crash.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { FileError } from '../schema.js';

export type NdjsonItem = { path: string; text: string } | { error: FileError };

export function parseNdjsonLine(line: string, lineNumber: number): NdjsonItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: { path: `-:${lineNumber}`, code: 'DECODE', message: `line ${lineNumber}: not valid JSON (${(err as Error).message})` } };
  }
  const obj = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const path = obj && typeof obj.path === 'string' && obj.path !== '' ? obj.path : null;
  if (path === null || typeof obj?.text !== 'string') {
    const missing = path === null ? '"path" (a non-empty string)' : '"text" (a string)';
    return { error: { path: path ?? `-:${lineNumber}`, code: 'DECODE', message: `line ${lineNumber}: expected a JSON object with ${missing}` } };
  }
  return { path, text: obj.text as string };
}

export async function* readNdjsonInput(input: Readable): AsyncGenerator<NdjsonItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    yield parseNdjsonLine(line, lineNumber);
  }
}
