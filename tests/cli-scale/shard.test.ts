/**
 * --shard K/N: the NDJSON (and CSV bodies) of shards 1..N, concatenated in order, equal the
 * unsharded output byte for byte — the contract the GNU parallel and Kubernetes recipes rely on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, articleFolder, glean, lines } from './helpers.js';

let dir: string;
let whole: string;
const shards = new Map<string, string>();
/** The NDJSON of shard k/n (memoised: each is run once). */
function shard(k: number, n: number): string {
  const key = `${k}/${n}`;
  if (!shards.has(key)) {
    const out = glean(['news', '-f', 'ndjson', '--jobs', '1', '--shard', key], { cwd: dir });
    expect(out.status).toBe(0);
    shards.set(key, out.stdout);
  }
  return shards.get(key)!;
}
beforeAll(() => {
  dir = articleFolder();
  const out = glean(['news', '-f', 'ndjson'], { cwd: dir });
  expect(out.status).toBe(0);
  whole = out.stdout;
});

describe('--shard', { timeout: 300_000 }, () => {
  it.each([2, 3, 10])('concatenating the NDJSON of shards 1..%i gives the unsharded output', (n) => {
    expect(Array.from({ length: n }, (_, i) => shard(i + 1, n)).join('')).toBe(whole);
  });

  it('gives each shard a contiguous slice of the sorted inputs, sizes differing by at most one', () => {
    const names = Object.keys(ARTICLES).sort();
    const paths = (k: number) => lines(shard(k, 3)).map((l) => JSON.parse(l).path);
    expect([paths(1), paths(2), paths(3)]).toEqual([names.slice(0, 2), names.slice(2, 4), names.slice(4, 7)].map((s) => s.map((n) => `news/${n}`)));
  });

  it('gives empty shards when there are more shards than files (7 files: 1/10, 4/10 and 7/10 are empty)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => lines(shard(k, 10)).length)).toEqual([0, 1, 1, 0, 1, 1, 0, 1, 1, 1]);
  });

  it('reports an argument that names nothing in shard 1 only, so the shards still add up', () => {
    const args = ['news', 'missing.txt', '-f', 'ndjson'];
    const all = glean(args, { cwd: dir });
    const one = glean([...args, '--shard', '1/2'], { cwd: dir });
    const two = glean([...args, '--shard', '2/2'], { cwd: dir });
    expect(one.stdout + two.stdout).toBe(all.stdout);
    expect([all.status, one.status, two.status]).toEqual([1, 1, 0]);
    expect(one.stderr).toBe('glean: missing.txt: no such file or directory (NOT_FOUND)\n');
    expect(two.stderr).toBe('');
  });

  it.each([
    ['0/3', '--shard: "0/3": K must be between 1 and N (shards count from 1)'],
    ['4/3', '--shard: "4/3": K must be between 1 and N (shards count from 1)'],
    ['1/0', '--shard: "1/0": N must be at least 1'],
    ['3', '--shard: "3" is not K/N (e.g. 2/8: the second of eight slices, counting from 1)'],
    ['a/b', '--shard: "a/b" is not K/N (e.g. 2/8: the second of eight slices, counting from 1)'],
    ['-1/2', '--shard: "-1/2" is not K/N (e.g. 2/8: the second of eight slices, counting from 1)'],
    ['1.5/2', '--shard: "1.5/2" is not K/N (e.g. 2/8: the second of eight slices, counting from 1)'],
  ])('rejects --shard %s as a usage error', (value, message) => {
    expect(glean(['news', '--shard', value], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: `glean: error: ${message}\n(run glean --help for usage)\n`,
    });
  });
});
