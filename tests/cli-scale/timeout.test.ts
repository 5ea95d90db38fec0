/**
 * --timeout-ms: a runaway document becomes a TIMEOUT error, its worker is replaced, and the
 * other documents come out exactly as they do alone. GLEAN_TEST_HANG=MARKER makes a document
 * containing MARKER loop for ever (a test hook in src/pool/worker.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFolder, glean, lines } from './helpers.js';

const HANG = { GLEAN_TEST_HANG: 'LOOP-FOREVER-MARKER' };
let dir: string;
let good: string[];
beforeAll(() => {
  dir = articleFolder();
  good = lines(glean(['news', '-f', 'ndjson'], { cwd: dir }).stdout);
  writeFileSync(path.join(dir, 'news', 'c-stuck.txt'), 'The LOOP-FOREVER-MARKER text.\n');
  writeFileSync(path.join(dir, 'news', 'e-stuck.txt'), 'Another LOOP-FOREVER-MARKER text.\n');
});

const timeoutLine = (file: string, ms: number) =>
  JSON.stringify({ path: `news/${file}`, error: { code: 'TIMEOUT', message: `took longer than the --timeout-ms budget of ${ms} ms; skipped` } });

describe('--timeout-ms', { timeout: 300_000 }, () => {
  it.each(['1', '2'])('turns runaway documents into TIMEOUT errors while the others finish (--jobs %s)', (jobs) => {
    const out = glean(['news', '-f', 'ndjson', '--jobs', jobs, '--timeout-ms', '3000'], { cwd: dir, env: HANG });
    expect(out.status).toBe(1);
    const expected = [...good.slice(0, 2), timeoutLine('c-stuck.txt', 3000), ...good.slice(2, 5), timeoutLine('e-stuck.txt', 3000), ...good.slice(5)];
    expect(lines(out.stdout)).toEqual(expected);
    expect(out.stderr).toBe(
      'glean: news/c-stuck.txt: took longer than the --timeout-ms budget of 3000 ms; skipped (TIMEOUT)\n' +
        'glean: news/e-stuck.txt: took longer than the --timeout-ms budget of 3000 ms; skipped (TIMEOUT)\n',
    );
  });

  it('lists a TIMEOUT in the errors of --format json', () => {
    const out = glean(['news/c-stuck.txt', 'news/a-harbour.txt', '--timeout-ms', '2000'], { cwd: dir, env: HANG });
    expect(out.status).toBe(1);
    const result = JSON.parse(out.stdout);
    expect(result.documents.map((d: { path: string }) => d.path)).toEqual(['news/a-harbour.txt']);
    expect(result.errors).toEqual([
      { path: 'news/c-stuck.txt', code: 'TIMEOUT', message: 'took longer than the --timeout-ms budget of 2000 ms; skipped' },
    ]);
  });

  it.each([
    ['-5', '--timeout-ms: "-5" is not a whole number of at least 0'],
    ['soon', '--timeout-ms: "soon" is not a whole number of at least 0'],
    ['1.5', '--timeout-ms: "1.5" is not a whole number of at least 0'],
  ])('rejects --timeout-ms %s as a usage error', (value, message) => {
    expect(glean(['news', '--timeout-ms', value], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: `glean: error: ${message}\n(run glean --help for usage)\n`,
    });
  });
});
