/**
 * Where output goes: standard output, or a file written to a temporary name and renamed on
 * success, so a failed or interrupted run leaves any existing file untouched.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  write(text: string): Promise<void>;
  /** Finish: flush, and for a file move it into place. */
  close(): Promise<void>;
  /** Give up: for a file, remove the temporary file. */
  abort(): void;
  /** True once the reader went away (EPIPE, e.g. `| head -1`): stop writing, quietly. */
  readonly closedByReader: boolean;
}

function writeTo(stream: Writable, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

export function stdoutSink(stdout: Writable = process.stdout): Sink {
  let closedByReader = false;
  stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closedByReader = true;
  });
  return {
    async write(text) {
      if (closedByReader) return;
      try {
        await writeTo(stdout, text);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EPIPE') closedByReader = true;
        else throw err;
      }
    },
    close: () => Promise.resolve(),
    abort: () => {},
    get closedByReader() {
      return closedByReader;
    },
  };
}

/** Signals whose default action ends the process without 'exit' handlers: the temporary file is removed first. */
const FATAL_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];

/**
 * A file written whole or not at all: the output goes to a temporary file beside the target
 * (same directory, so the rename is atomic) and is renamed over the target on close(). On a
 * failure, abort(), process.exit() or SIGTERM/SIGHUP the temporary file is removed and an
 * existing target is left as it was. (SIGINT is run.ts's: it calls abort().)
 */
export function fileSink(file: string): Sink {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failure: Error | null = null;
  let finished = false;
  const describe = (err: NodeJS.ErrnoException) =>
    new Error(`cannot write ${file}: ${err.code === 'ENOENT' ? 'no such directory' : err.code === 'EACCES' ? 'permission denied' : err.message}`);
  stream.on('error', (err) => {
    failure ??= describe(err);
  });
  const removeTemp = () => rmSync(temp, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    detach();
    process.kill(process.pid, signal); // now with the default action: the process ends as it would have
  };
  const detach = () => {
    process.off('exit', removeTemp);
    for (const s of FATAL_SIGNALS) process.off(s, onSignal);
  };
  process.on('exit', removeTemp);
  for (const s of FATAL_SIGNALS) process.on(s, onSignal);
  return {
    async write(text) {
      if (failure) throw failure;
      try {
        await writeTo(stream, text);
      } catch (err) {
        throw (failure ??= describe(err as NodeJS.ErrnoException));
      }
    },
    close: () =>
      new Promise((resolve, reject) => {
        if (finished) return resolve();
        stream.end((err?: Error | null) => {
          if (err) failure ??= describe(err as NodeJS.ErrnoException);
          finished = true;
          detach();
          try {
            if (failure) throw failure;
            renameSync(temp, file);
            resolve();
          } catch (err) {
            removeTemp();
            reject(err === failure ? err : describe(err as NodeJS.ErrnoException));
          }
        });
      }),
    abort() {
      finished = true;
      detach();
      // the file may still be being opened: remove it once the stream has closed, too
      stream.once('close', removeTemp);
      stream.destroy();
      removeTemp();
    },
    closedByReader: false,
  };
}
