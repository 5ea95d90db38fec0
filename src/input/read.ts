/**
 * Reads one input (a file path or "-" for stdin) into decoded text, or a FileError
 * with a code and a plain message. Never throws for a bad file.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ErrorCode, FileError } from '../schema.js';
import { decodeBytes, looksBinary } from './decode.js';
import { STDIN } from './discover.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  encoding?: string;
  stdin?: () => Promise<Buffer>;
}

export interface ReadText {
  path: string;
  text: string;
  warnings: string[];
}

export type ReadResult = { ok: true; value: ReadText } | { ok: false; error: FileError };

const MESSAGES: Partial<Record<string, [ErrorCode, string]>> = {
  ENOENT: ['NOT_FOUND', 'no such file or directory'],
  EACCES: ['UNREADABLE', 'permission denied'],
  EPERM: ['UNREADABLE', 'operation not permitted'],
  EISDIR: ['IS_DIRECTORY', 'is a directory'],
  ELOOP: ['SYMLINK_LOOP', 'too many levels of symbolic links'],
};

export async function readInput(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const fail = (code: ErrorCode, message: string): ReadResult => ({ ok: false, error: { path, code, message } });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    // check the size before reading, so that a huge file is never loaded
    const size = path === STDIN ? 0 : (await stat(path)).size;
    if (size > maxBytes) return fail('TOO_LARGE', tooLarge(size, maxBytes));
    bytes = path === STDIN ? await (options.stdin ?? readStdin)() : await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const [errorCode, message] = MESSAGES[code] ?? ['UNREADABLE', `cannot read file (${code || (err as Error).message})`];
    return fail(errorCode, message);
  }
  if (bytes.length > maxBytes) return fail('TOO_LARGE', tooLarge(bytes.length, maxBytes));
  if (looksBinary(bytes)) return fail('BINARY', 'binary file (contains NUL bytes), not text');
  try {
    const decoded = decodeBytes(bytes, options.encoding);
    return { ok: true, value: { path, text: decoded.text, warnings: decoded.warnings } };
  } catch (err) {
    return fail('DECODE', (err as Error).message);
  }
}

const tooLarge = (size: number, max: number) => `file is ${size} bytes, over the --max-bytes limit of ${max}`;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
