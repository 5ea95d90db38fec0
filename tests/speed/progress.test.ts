/** The progress line, and when it is shown. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine, shouldShowProgress, terminalProgress } from '../../src/progress.js';

function fakeStderr(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, chunks };
}

describe('shouldShowProgress', () => {
  it.each([
    [true, 6, false, {}, true],
    [true, 5, false, {}, false],
    [true, null, false, {}, true],
    [false, 100, false, {}, false],
    [true, 100, true, {}, false],
    [true, 100, false, { CI: 'true' }, false],
    [true, 100, false, { CI: '1' }, false],
  ])('tty %s, %s files, quiet %s, env %j → %s', (tty, total, quiet, env, shown) => {
    expect(shouldShowProgress(fakeStderr(tty).stream, total, quiet, env)).toBe(shown);
  });
});

describe('progressLine', () => {
  it.each([
    [0, 10, 0, 'glean [------------------------] 0/10 files  0.0 files/s  ETA --:--'],
    [5, 10, 2, 'glean [############------------] 5/10 files  2.5 files/s  ETA 00:02'],
    [10, 10, 4, 'glean [########################] 10/10 files  2.5 files/s  ETA 00:00'],
    [1, 10000, 1, 'glean [------------------------] 1/10000 files  1.0 files/s  ETA 2:46:39'],
    [42, null, 2, 'glean 42 files  21.0 files/s'],
  ])('%i of %s after %i s', (done, total, seconds, line) => {
    expect(progressLine(done, total, seconds)).toBe(line);
  });

  it.each([
    [0, '00:00'],
    [59.6, '01:00'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [Infinity, '--:--'],
  ])('formatDuration(%s) = %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });
});

describe('terminalProgress', () => {
  it('redraws in place at most every 100 ms, clears itself before a message and at the end', () => {
    const { stream, chunks } = fakeStderr(true);
    let now = 0;
    const p = terminalProgress(stream, 3, () => now);
    now = 1000;
    p.tick(); // drawn
    now = 1050;
    p.tick(); // too soon: not drawn
    p.message('glean: x.txt: oops (BINARY)\n');
    now = 2000;
    p.tick();
    p.done();
    expect(chunks).toEqual([
      '\r\x1b[2Kglean [########----------------] 1/3 files  1.0 files/s  ETA 00:02',
      '\r\x1b[2K',
      'glean: x.txt: oops (BINARY)\n',
      '\r\x1b[2Kglean [########################] 3/3 files  1.5 files/s  ETA 00:00',
      '\r\x1b[2K',
    ]);
  });
});
