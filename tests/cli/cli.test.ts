/**
 * The built CLI from the outside: formats, inputs, exit codes, colour, -o.
 * Texts are written here; only dates are asked for where the exact values matter,
 * so these tests pin the CLI contract rather than tagger quality (tests/names etc. do that).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { glean, ROOT } from '../helpers/cli.js';

const STORY_A = 'GENEVA (Reuters) - The talks opened on March 5, 2024, officials said.\n';
const STORY_B = 'Nothing of note happened here.\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-cli-'));
  mkdirSync(path.join(dir, 'news', 'sub'), { recursive: true });
  mkdirSync(path.join(dir, 'news', '.hidden'));
  mkdirSync(path.join(dir, 'news', 'node_modules'));
  writeFileSync(path.join(dir, 'news', 'b.txt'), STORY_B);
  writeFileSync(path.join(dir, 'news', 'sub', 'a.md'), STORY_A);
  writeFileSync(path.join(dir, 'news', 'skip.csv'), STORY_A);
  writeFileSync(path.join(dir, 'news', '.hidden', 'c.txt'), STORY_A);
  writeFileSync(path.join(dir, 'news', 'node_modules', 'd.txt'), STORY_A);
});

const json = (stdout: string) => JSON.parse(stdout);

describe('glean CLI', () => {
  it('prints its version and help with every option and examples', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(glean(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = glean(['--help']);
    expect(help.status).toBe(0);
    for (const option of ['--format', '--types', '--output', '--ext', '--reference-date', '--lexicon', '--explain', '--emit-text', '--max-bytes', '--encoding', '--quiet']) {
      expect(help.stdout, option).toContain(option);
    }
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Exit codes:');
  });

  it('reads a directory recursively, sorted, skipping dot-folders, node_modules and other extensions', () => {
    const out = glean([path.join(dir, 'news'), '--types', 'dates']);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const result = json(out.stdout);
    expect(result.schemaVersion).toBe(1);
    expect(result.documents.map((d: { path: string }) => path.relative(dir, d.path))).toEqual(['news/b.txt', 'news/sub/a.md']);
    expect(result.errors).toEqual([]);
    const a = result.documents[1];
    expect(a.publishedAt).toBe('2024-03-05');
    expect(a.dates).toEqual([{ text: 'March 5, 2024', start: 39, end: 52, value: '2024-03-05', type: 'DATE', mod: null }]);
    expect(a.people).toEqual([]);
  });

  it('honours --ext, and reads a file named twice once', () => {
    const out = json(glean([path.join(dir, 'news'), '--ext', 'csv', '--types', 'dates']).stdout);
    expect(out.documents.map((d: { path: string }) => path.basename(d.path))).toEqual(['skip.csv']);
    const a = path.join(dir, 'news', 'b.txt');
    const twice = json(glean([a, a, path.join(dir, 'news', '.', 'b.txt'), '--types', 'dates']).stdout);
    expect(twice.documents).toHaveLength(1);
  });

  it('expands quoted glob patterns and reports a pattern that matches nothing', () => {
    const out = glean([`${dir}/news/**/*.md`, `${dir}/nothing/*.txt`, '--types', 'dates']);
    expect(out.status).toBe(1);
    const result = json(out.stdout);
    expect(result.documents.map((d: { path: string }) => path.basename(d.path))).toEqual(['a.md']);
    expect(result.errors).toEqual([{ path: `${dir}/nothing/*.txt`, code: 'NO_MATCH', message: `no files match the pattern ${dir}/nothing/*.txt` }]);
  });

  it('reads standard input as "-"', () => {
    const out = glean(['-', '--types', 'dates'], { input: STORY_A });
    expect(out.status).toBe(0);
    const doc = json(out.stdout).documents[0];
    expect(doc.path).toBe('-');
    expect(doc.dates[0].value).toBe('2024-03-05');
  });

  it('keeps going past a missing file: exit 1, the other file printed, the error listed and named on stderr', () => {
    const good = path.join(dir, 'news', 'sub', 'a.md');
    const missing = path.join(dir, 'no-such-file.txt');
    const out = glean([missing, good, '--types', 'dates']);
    expect(out.status).toBe(1);
    const result = json(out.stdout);
    expect(result.documents.map((d: { path: string }) => d.path)).toEqual([good]);
    expect(result.errors).toEqual([{ path: missing, code: 'NOT_FOUND', message: 'no such file or directory' }]);
    expect(out.stderr).toBe(`glean: ${missing}: no such file or directory (NOT_FOUND)\n`);

    const nd = glean([missing, good, '--format', 'ndjson', '--types', 'dates']);
    const lines = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ path: missing, error: { code: 'NOT_FOUND', message: 'no such file or directory' } });
    expect(lines[1].path).toBe(good);
    expect(nd.status).toBe(1);
  });

  it.each([
    [['--format', 'xml', 'a.txt'], /argument 'xml' is invalid/],
    [['--bogus', 'a.txt'], /unknown option '--bogus'/],
    [['--types', 'people,weather', 'a.txt'], /--types: unknown type weather/],
    [['--reference-date', '2025-02-30', 'a.txt'], /--reference-date: "2025-02-30" is not a date/],
    [['--reference-date', 'yesterday', 'a.txt'], /is not a date in the form YYYY-MM-DD/],
    [['--max-bytes', '-5', 'a.txt'], /--max-bytes/],
    [[], /no inputs/],
  ])('exits 2 on a usage error before reading anything: %j', (args, message) => {
    const out = glean(args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });

  it('writes json that is exactly JSON.stringify(result, null, 2), the same on every run', () => {
    const args = [path.join(dir, 'news'), '--types', 'dates'];
    const first = glean(args).stdout;
    expect(first).toBe(`${JSON.stringify(json(first), null, 2)}\n`);
    expect(glean(args).stdout).toBe(first);
    const empty = glean([`${dir}/none-*.txt`]).stdout;
    expect(empty).toBe(`${JSON.stringify(json(empty), null, 2)}\n`);
  });

  it('writes ndjson, one complete document per line in input order', () => {
    const out = glean([path.join(dir, 'news'), '--format', 'ndjson', '--types', 'dates']);
    const lines = out.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    const docs = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(docs.map((d) => path.basename(d.path))).toEqual(['b.txt', 'a.md']);
    expect(docs[1].dates[0]).toEqual({ text: 'March 5, 2024', start: 39, end: 52, value: '2024-03-05', type: 'DATE', mod: null });
  });

  it('writes RFC 4180 csv with a header and one row per mention', () => {
    const out = glean(['-', '--format', 'csv', '--types', 'dates'], { input: 'Signed "early", on March 5, 2024, in Geneva.\n' });
    expect(out.status).toBe(0);
    expect(out.stdout.startsWith('path,type,name,text,start,end,value\r\n')).toBe(true);
    const rows = parseCsv(out.stdout, { columns: true });
    expect(rows).toEqual([{ path: '-', type: 'date', name: '', text: 'March 5, 2024', start: '19', end: '32', value: '2024-03-05' }]);
  });

  it('quotes csv fields that need it', () => {
    const out = glean(['-', '--format', 'csv', '--types', 'casualties,dates'], { input: 'On March 5, 2024, "at least 12 people were killed," police said.\n' });
    const rows = parseCsv(out.stdout, { columns: true }) as Array<Record<string, string>>;
    for (const row of rows) expect(Object.keys(row)).toEqual(['path', 'type', 'name', 'text', 'start', 'end', 'value']);
  });

  it('prints tables without colour when NO_COLOR is set or output is piped, with colour under FORCE_COLOR', () => {
    const plain = glean([path.join(dir, 'news', 'sub', 'a.md'), '--format', 'table', '--types', 'dates']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    expect(plain.stdout).toContain('2024-03-05');
    expect(plain.stdout).toContain('a.md');
    const coloured = glean([path.join(dir, 'news', 'sub', 'a.md'), '--format', 'table', '--types', 'dates'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const noColourWins = glean([path.join(dir, 'news', 'sub', 'a.md'), '--format', 'table'], { env: { NO_COLOR: '1' } });
    expect(noColourWins.stdout).not.toMatch(/\u001b\[/);
  });

  it('never colours json, even under FORCE_COLOR', () => {
    const out = glean([path.join(dir, 'news', 'sub', 'a.md')], { env: { FORCE_COLOR: '3' } });
    expect(out.stdout).not.toMatch(/\u001b\[/);
    expect(() => json(out.stdout)).not.toThrow();
  });

  it('writes to a file with -o and nothing to stdout', () => {
    const target = path.join(dir, 'out.json');
    const out = glean([path.join(dir, 'news'), '-o', target, '--types', 'dates']);
    expect(out).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(json(readFileSync(target, 'utf8')).documents).toHaveLength(2);
    expect(existsSync(path.join(dir, '.out.json.tmp'))).toBe(false);
  });

  it('names a document\'s warnings on stderr, unless --quiet, and still exits 0', () => {
    const file = path.join(dir, 'legacy.txt');
    writeFileSync(file, Buffer.from('Caf\xe9 talks opened on March 5, 2024.\n', 'latin1'));
    const out = glean([file, '--types', 'dates']);
    expect(out.status).toBe(0);
    const warning = 'not valid UTF-8; decoded as windows-1252 (detected)';
    expect(out.stderr).toBe(`glean: ${file}: warning: ${warning}\n`);
    expect(json(out.stdout).documents[0].warnings).toEqual([warning]);
    expect(glean([file, '--types', 'dates', '--quiet']).stderr).toBe('');
  });

  it('prints only the requested --types', () => {
    const doc = json(glean(['-', '--types', 'dates'], { input: 'Kim Jong Un visited Moscow on March 5, 2024.\n' }).stdout).documents[0];
    expect(doc.people).toEqual([]);
    expect(doc.places).toEqual([]);
    expect(doc.casualties).toEqual([]);
    expect(doc.totals).toEqual({});
    expect(doc.dates).toHaveLength(1);
  });

  it('lets --reference-date win over the article\'s own date', () => {
    const doc = json(glean(['-', '--types', 'dates', '--reference-date', '2030-01-02'], { input: STORY_A }).stdout).documents[0];
    expect(doc.publishedAt).toBe('2030-01-02');
  });
});
