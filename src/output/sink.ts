/**
 * Where output goes: standard output, or a file written to a temporary name and renamed on
 * success, so a failed or interrupted run leaves any existing file untouched.
 */
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

export function fileSink(file: string): Sink {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp);
  let failure: Error | null = null;
  stream.on('error', (err) => {
    failure = err;
  });
  return {
    async write(text) {
      if (failure) throw failure;
      await writeTo(stream, text);
    },
    close: () =>
      new Promise((resolve, reject) => {
        stream.end(() => {
          if (failure) return reject(failure);
          try {
            renameSync(temp, file);
            resolve();
          } catch (err) {
            reject(err as Error);
          }
        });
      }),
    abort() {
      stream.destroy();
      rmSync(temp, { force: true });
    },
    closedByReader: false,
  };
}
