/**
 * Reads one input (a file path or "-" for stdin) into decoded text, or a FileError
 * with a code and a plain message. Never throws for a bad file.
 *
 *  - a regular file is size-checked before it is read, so a huge file is never loaded (TOO_LARGE);
 *    it is read synchronously: this runs in a worker thread that has nothing else to do meanwhile,
 *    and the thread-pool round trips of an async stat and read left the worker idle about 1 ms a file;
 *  - a FIFO or character device named on the command line (`glean <(curl ...)`) and stdin are read
 *    as a stream and cut off at --max-bytes; sockets and the like are UNREADABLE;
 *  - NUL bytes or mostly control characters: BINARY; an empty file: an empty text;
 *  - bytes are decoded by decode.ts; an HTML file (by extension or content) is reduced to its
 *    article text by html.ts, and that text is what offsets index.
 */
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ErrorCode, FileError } from '../schema.js';
import { decodeBytes, looksBinary } from './decode.js';
import { STDIN } from './discover.js';
import { declaredCharset, isHtml } from './html.js';

/** Default of --max-bytes: 20 MiB, far above any news article, small enough to read at once. */
import { DEFAULT_MAX_BYTES } from './defaults.js';

export { DEFAULT_MAX_BYTES };

export interface ReadOptions {
  maxBytes?: number;
  encoding?: string;
  stdin?: () => Promise<Buffer>;
}

export interface ReadText {
  path: string;
  /** The text that offsets index: decoded, and for HTML the extracted article text. */
  text: string;
  warnings: string[];
}

export type ReadResult = { ok: true; value: ReadText } | { ok: false; error: FileError };

const MESSAGES: Partial<Record<string, [ErrorCode, string]>> = {
  ENOENT: ['NOT_FOUND', 'no such file or directory'],
  ENOTDIR: ['NOT_FOUND', 'no such file or directory (a part of the path is not a directory)'],
  EACCES: ['UNREADABLE', 'permission denied'],
  EPERM: ['UNREADABLE', 'operation not permitted'],
  EISDIR: ['IS_DIRECTORY', 'is a directory'],
  ELOOP: ['SYMLINK_LOOP', 'too many levels of symbolic links'],
  EIO: ['UNREADABLE', 'input/output error'],
  ENXIO: ['UNREADABLE', 'no such device or address'],
  ENAMETOOLONG: ['NOT_FOUND', 'file name too long'],
};

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

export async function readInput(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const fail = (code: ErrorCode, message: string): ReadResult => ({ ok: false, error: { path, code, message } });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    if (path === STDIN) {
      bytes = options.stdin ? await options.stdin() : await readLimited(process.stdin, maxBytes);
    } else {
      const info = statSync(path);
      if (info.isDirectory()) return fail('IS_DIRECTORY', 'is a directory');
      if (info.isFile()) {
        // check the size before reading, so that a huge file is never loaded
        if (info.size > maxBytes) return fail('TOO_LARGE', tooLarge(info.size, maxBytes));
        bytes = readFileSync(path);
      } else if (info.isFIFO() || info.isCharacterDevice()) {
        bytes = await readLimited(createReadStream(path), maxBytes);
      } else {
        return fail('UNREADABLE', `not a regular file (${fileKind(info)})`);
      }
    }
  } catch (err) {
    if (err instanceof TooLarge) return fail('TOO_LARGE', tooLarge(err.size, maxBytes, true));
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const [errorCode, message] = MESSAGES[code] ?? ['UNREADABLE', `cannot read file (${code || (err as Error).message})`];
    return fail(errorCode, message);
  }
  if (bytes.length > maxBytes) return fail('TOO_LARGE', tooLarge(bytes.length, maxBytes));
  return await decodeInput(path, bytes, options);
}

/** Bytes already read → text: binary check, decoding, HTML extraction. Never throws. */
export async function decodeInput(path: string, bytes: Uint8Array, options: Pick<ReadOptions, 'encoding'> = {}): Promise<ReadResult> {
  const fail = (code: ErrorCode, message: string): ReadResult => ({ ok: false, error: { path, code, message } });
  // UTF-16 and UTF-32 text is full of NUL bytes: when the user names such an encoding, believe them
  const wide = options.encoding !== undefined && /^(?:utf-?(?:16|32)|ucs-?[24])/i.test(options.encoding);
  if (!wide && looksBinary(bytes)) return fail('BINARY', 'binary file (NUL bytes or mostly control characters), not text');
  try {
    const html = isHtmlBytes(path, bytes);
    const decoded = decodeBytes(bytes, options.encoding, html ? declaredCharset(bytes) : undefined);
    if (html || isHtml(path, decoded.text)) {
      const { htmlToText } = await import('./html-article.js');
      const article = htmlToText(decoded.text);
      return { ok: true, value: { path, text: article.text, warnings: [...decoded.warnings, ...article.warnings] } };
    }
    return { ok: true, value: { path, text: decoded.text, warnings: decoded.warnings } };
  } catch (err) {
    return fail('DECODE', (err as Error).message);
  }
}

/** HTML by extension, or by its first bytes when they are ASCII-compatible (not UTF-16). */
function isHtmlBytes(path: string, bytes: Uint8Array): boolean {
  return isHtml(path, Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, ''));
}

const tooLarge = (size: number, max: number, atLeast = false) =>
  `file is ${atLeast ? 'more than ' : ''}${atLeast ? max : size} bytes, over the --max-bytes limit of ${max}`;

function fileKind(info: Stats): string {
  if (info.isSocket()) return 'a socket';
  if (info.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** Reads a stream to its end, but never more than maxBytes + 1 bytes. */
async function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new TooLarge(size);
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (stream !== process.stdin) stream.destroy();
  }
  return Buffer.concat(chunks);
}

