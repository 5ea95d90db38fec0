/** `glean DIR --format html -o report.html` through the built binary (npm test builds dist/ first). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glean } from '../helpers/cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-html-'));
  writeFileSync(path.join(dir, 'a.txt'), 'BERLIN, 20 November 2023 — Two people were killed when a footbridge collapsed in Dresden, police said.\n');
  writeFileSync(path.join(dir, 'b.txt'), 'Posted <script>alert(1)</script> on Monday: 4 people were injured.\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('glean --format html', () => {
  it('writes one self-contained page with a data block per article, and nothing on stdout', () => {
    const out = path.join(dir, 'report.html');
    const result = glean([path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), path.join(dir, 'missing.txt'), '--format', 'html', '--emit-text', '-o', out, '-q']);
    expect([result.status, result.stdout]).toEqual([1, '']); // 1: one input could not be read
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.endsWith('</body>\n</html>\n')).toBe(true);
    expect(page.match(/<script type="application\/json" id="doc-\d+">/g)).toHaveLength(2);
    expect(page).toContain('"code":"NOT_FOUND"');
    expect(page).toContain('Posted \\u003cscript\\u003ealert(1)\\u003c/script\\u003e on Monday');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('leaves no file behind when nothing could be written', () => {
    const out = path.join(dir, 'no-such-dir', 'report.html');
    const result = glean([path.join(dir, 'a.txt'), '--format', 'html', '--emit-text', '-o', out]);
    expect(result.status).not.toBe(0);
    expect(existsSync(out)).toBe(false);
  });
});
