/** -o FILE is written whole or not at all; stdout stops quietly when the reader goes away. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSink, stdoutSink } from '../../src/output/sink.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-sink-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('fileSink', () => {
  it('writes to a temporary file and renames it over the target on close', async () => {
    const file = path.join(dir, 'out.json');
    writeFileSync(file, 'OLD');
    const sink = fileSink(file);
    await sink.write('{"new":');
    expect(readFileSync(file, 'utf8')).toBe('OLD'); // not yet
    await sink.write('true}\n');
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe('{"new":true}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('abort leaves an existing file untouched and removes the temporary file', async () => {
    const file = path.join(dir, 'out.json');
    writeFileSync(file, 'OLD');
    const sink = fileSink(file);
    await sink.write('half a resu');
    sink.abort();
    await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(file, 'utf8')).toBe('OLD');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('abort right away (before the file is even open) leaves nothing behind', async () => {
    const sink = fileSink(path.join(dir, 'out.json'));
    sink.abort();
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failure while writing rejects with a plain message naming the file', async () => {
    const file = path.join(dir, 'missing', 'out.json');
    const sink = fileSink(file);
    await expect(sink.write('x').then(() => sink.close())).rejects.toThrow(`cannot write ${file}: no such directory`);
  });

  it('a directory that disappears before the rename: close rejects, nothing half-written is left', async () => {
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    const sink = fileSink(path.join(sub, 'out.json'));
    await sink.write('data');
    rmSync(sub, { recursive: true, force: true });
    await expect(sink.close()).rejects.toThrow(/^cannot write .*out\.json: /);
    expect(existsSync(sub)).toBe(false);
  });

  it('removes its signal and exit handlers once done', async () => {
    const before = [process.listenerCount('SIGTERM'), process.listenerCount('exit')];
    const sink = fileSink(path.join(dir, 'out.json'));
    expect([process.listenerCount('SIGTERM'), process.listenerCount('exit')]).toEqual([before[0] + 1, before[1] + 1]);
    await sink.close();
    expect([process.listenerCount('SIGTERM'), process.listenerCount('exit')]).toEqual(before);
  });
});

describe('stdoutSink', () => {
  it('turns EPIPE into closedByReader and stops writing, without throwing', async () => {
    const written: string[] = [];
    let calls = 0;
    const out = new Writable({
      write(chunk, _enc, cb) {
        calls++;
        if (calls === 1) {
          written.push(String(chunk));
          cb();
        } else cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    out.on('error', () => {});
    const sink = stdoutSink(out);
    await sink.write('line 1\n');
    expect(sink.closedByReader).toBe(false);
    await sink.write('line 2\n');
    expect(sink.closedByReader).toBe(true);
    await sink.write('line 3\n');
    expect(written).toEqual(['line 1\n']);
    expect(calls).toBe(2);
  });

  it('other write errors are errors', async () => {
    const out = new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error('no space'), { code: 'ENOSPC' })) });
    out.on('error', () => {});
    await expect(stdoutSink(out).write('x')).rejects.toThrow('no space');
  });
});
