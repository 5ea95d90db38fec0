/** --cache: same bytes as without it, results really come from the cache, changes are re-read, concurrent runs are safe. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFolder, glean, gleanAsync } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = articleFolder();
});

/** Every file under the cache folder, relative to it. */
function cacheFiles(location: string): string[] {
  if (!existsSync(location)) return [];
  return readdirSync(location, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(location, path.join(e.parentPath, e.name)))
    .sort();
}

describe('--cache', { timeout: 300_000 }, () => {
  it('gives the same bytes cold and warm as without a cache, one entry per document, in .glean-cache/ by default', () => {
    const plain = glean(['news', '-f', 'ndjson'], { cwd: dir });
    const cold = glean(['news', '-f', 'ndjson', '--cache', '--jobs', '1'], { cwd: dir });
    const warm = glean(['news', '-f', 'ndjson', '--cache', '--jobs', '1'], { cwd: dir });
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    const files = cacheFiles(path.join(dir, '.glean-cache'));
    expect(files).toHaveLength(7);
    for (const f of files) expect(f).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.json$/);
  });

  it('really reads results from the cache on the second run (a doctored entry shows through)', () => {
    glean(['news/c-summit.txt', '-f', 'ndjson', '--cache', '--cache-location', 'store'], { cwd: dir });
    const [entry] = cacheFiles(path.join(dir, 'store'));
    const file = path.join(dir, 'store', entry);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...doc, publishedAt: '1999-12-31' }));
    const warm = glean(['news/c-summit.txt', '-f', 'ndjson', '--cache', '--cache-location', 'store'], { cwd: dir });
    expect(JSON.parse(warm.stdout).publishedAt).toBe('1999-12-31');
    // an unreadable entry is a miss, and is rewritten
    writeFileSync(file, '{"trunc');
    const again = glean(['news/c-summit.txt', '-f', 'ndjson', '--cache', '--cache-location', 'store'], { cwd: dir });
    expect(again).toEqual(glean(['news/c-summit.txt', '-f', 'ndjson'], { cwd: dir }));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(doc);
  });

  it('re-reads a changed file and keys on content, not on the name', () => {
    glean(['news', '-f', 'ndjson', '--cache', '--jobs', '1'], { cwd: dir });
    writeFileSync(path.join(dir, 'news', 'f-quiet.txt'), 'Mayor Rosa Alvarez opened a bridge in Lisbon on June 3, 2020.\n');
    writeFileSync(path.join(dir, 'news', 'h-copy.txt'), readFileSync(path.join(dir, 'news', 'b-floods.txt')));
    const warm = glean(['news', '-f', 'ndjson', '--cache', '--jobs', '1'], { cwd: dir });
    expect(warm).toEqual(glean(['news', '-f', 'ndjson'], { cwd: dir }));
    expect(warm.stdout).toContain('"path":"news/h-copy.txt"');
    // one new entry for the changed file; the copy reuses the entry of the file it copies
    expect(cacheFiles(path.join(dir, '.glean-cache'))).toHaveLength(8);
  });

  it('keys on the options that change the output: types, reference date, explain, emit-text', () => {
    glean(['news', '-f', 'ndjson', '--cache', '--jobs', '1'], { cwd: dir });
    const variants = [['--types', 'people'], ['--reference-date', '2020-01-01'], ['--explain'], ['--emit-text']];
    for (const extra of variants) {
      const cached = glean(['news', '-f', 'ndjson', '--cache', '--jobs', '1', ...extra], { cwd: dir });
      expect(cached, extra.join(' ')).toEqual(glean(['news', '-f', 'ndjson', '--jobs', '1', ...extra], { cwd: dir }));
    }
    expect(cacheFiles(path.join(dir, '.glean-cache'))).toHaveLength(7 * (1 + variants.length));
  });

  it('is safe for concurrent runs sharing a location: same output, no temporary files left', async () => {
    const plain = glean(['news', '-f', 'ndjson'], { cwd: dir });
    const runs = await Promise.all([1, 2, 3].map(() => gleanAsync(['news', '-f', 'ndjson', '--cache', '--jobs', '1'], { cwd: dir })));
    for (const r of runs) expect(r).toEqual(plain);
    const files = cacheFiles(path.join(dir, '.glean-cache'));
    expect(files).toHaveLength(7);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('without --cache, writes no cache', () => {
    glean(['news', '-f', 'ndjson'], { cwd: dir });
    expect(existsSync(path.join(dir, '.glean-cache'))).toBe(false);
  });
});
