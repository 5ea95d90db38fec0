/** The output is the same bytes whatever --jobs is, in input order, and --jobs is checked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, articleFolder, glean, lines } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = articleFolder();
});

describe('--jobs', { timeout: 300_000 }, () => {
  it.each(['json', 'ndjson', 'csv'])('gives identical %s bytes with --jobs 1, --jobs 2 and --jobs 3', (format) => {
    const one = glean(['news', '-f', format, '--jobs', '1'], { cwd: dir });
    expect(one.status).toBe(0);
    expect(one.stderr).toBe('');
    expect(one.stdout.length).toBeGreaterThan(100);
    for (const extra of format === 'json' ? [['--jobs', '2'], ['--jobs', '3']] : [['--jobs', '2']]) {
      expect(glean(['news', '-f', format, ...extra], { cwd: dir }), extra.join(' ')).toEqual(one);
    }
  });

  it('writes documents in sorted input order', () => {
    const out = glean(['news', '-f', 'ndjson', '--jobs', '2'], { cwd: dir });
    expect(lines(out.stdout).map((l) => JSON.parse(l).path)).toEqual(Object.keys(ARTICLES).sort().map((n) => `news/${n}`));
  });

  it.each([
    ['0', '--jobs: "0" is not a whole number of at least 1'],
    ['two', '--jobs: "two" is not a whole number of at least 1'],
    ['-1', '--jobs: "-1" is not a whole number of at least 1'],
  ])('rejects --jobs %s as a usage error (exit 2, nothing read)', (value, message) => {
    expect(glean(['news', '--jobs', value], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: `glean: error: ${message}\n(run glean --help for usage)\n`,
    });
  });
});
