/**
 * --input-format ndjson: { "path", "text" } lines on stdin, NDJSON out in input order, as each is
 * ready — the contract Spark's RDD.pipe relies on. A bad line is an error line naming its number.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, BIN, articleFolder, glean, lines } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = articleFolder();
});

const item = (name: string) => JSON.stringify({ path: `news/${name}`, text: readFileSync(path.join(dir, 'news', name), 'utf8') });

describe('--input-format ndjson', { timeout: 300_000 }, () => {
  it('gives, line for line, what reading the same files gives', () => {
    const names = Object.keys(ARTICLES).sort();
    const input = names.map(item).join('\n') + '\n';
    for (const jobs of ['1', '2']) {
      const out = glean(['--input-format', 'ndjson', '--jobs', jobs], { cwd: dir, input });
      expect(out).toEqual(glean(['news', '-f', 'ndjson'], { cwd: dir }));
    }
  });

  it('keeps input order, not sorted order, and skips blank lines', () => {
    const input = `${item('g-storm.txt')}\n\n${item('a-harbour.txt')}\r\n${item('c-summit.txt')}`;
    const out = glean(['--input-format', 'ndjson', '-'], { cwd: dir, input });
    expect(out.status).toBe(0);
    expect(lines(out.stdout).map((l) => JSON.parse(l).path)).toEqual(['news/g-storm.txt', 'news/a-harbour.txt', 'news/c-summit.txt']);
  });

  it.each([
    ['not json', { path: '-:2', error: { code: 'DECODE', message: 'line 2: not valid JSON (Unexpected token \'o\', "not json" is not valid JSON)' } }],
    ['[1,2]', { path: '-:2', error: { code: 'DECODE', message: 'line 2: expected a JSON object with "path" (a non-empty string)' } }],
    ['{"text":"x"}', { path: '-:2', error: { code: 'DECODE', message: 'line 2: expected a JSON object with "path" (a non-empty string)' } }],
    ['{"path":"","text":"x"}', { path: '-:2', error: { code: 'DECODE', message: 'line 2: expected a JSON object with "path" (a non-empty string)' } }],
    ['{"path":"p.txt"}', { path: 'p.txt', error: { code: 'DECODE', message: 'line 2: expected a JSON object with "text" (a string)' } }],
    ['{"path":"p.txt","text":7}', { path: 'p.txt', error: { code: 'DECODE', message: 'line 2: expected a JSON object with "text" (a string)' } }],
  ])('turns the bad line %s into an error line in its place, exit 1, never a crash', (bad, errorLine) => {
    const input = `${item('a-harbour.txt')}\n${bad}\n${item('f-quiet.txt')}\n`;
    const out = glean(['--input-format', 'ndjson'], { cwd: dir, input });
    const good = lines(glean(['news/a-harbour.txt', 'news/f-quiet.txt', '-f', 'ndjson'], { cwd: dir }).stdout);
    expect(out.status).toBe(1);
    expect(lines(out.stdout)).toEqual([good[0], JSON.stringify(errorLine), good[1]]);
    expect(out.stderr).toBe(`glean: ${errorLine.path}: ${errorLine.error.message} (DECODE)\n`);
  });

  it('writes each result as soon as it is ready, before standard input ends', async () => {
    const child = spawn(process.execPath, [BIN, '--input-format', 'ndjson'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    const firstLine = new Promise<string>((resolve) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
      });
    });
    child.stdin.write(`${item('b-floods.txt')}\n`);
    // stdin is still open here: the first result must arrive anyway
    const first = await firstLine;
    expect(JSON.parse(first).path).toBe('news/b-floods.txt');
    child.stdin.end(`${item('c-summit.txt')}\n`);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(lines(stdout).map((l) => JSON.parse(l).path)).toEqual(['news/b-floods.txt', 'news/c-summit.txt']);
  });

  it('takes --format, and rejects named files and --shard as usage errors', () => {
    const csv = glean(['--input-format', 'ndjson', '-f', 'csv'], { cwd: dir, input: item('c-summit.txt') });
    expect(csv.stdout.split('\r\n')[0]).toBe('path,type,name,text,start,end,value');
    expect(glean(['news', '--input-format', 'ndjson'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'glean: error: --input-format ndjson reads { "path", "text" } lines from standard input; name no files (or only -)\n(run glean --help for usage)\n',
    });
    expect(glean(['--input-format', 'ndjson', '--shard', '1/2'], { cwd: dir }).status).toBe(2);
    expect(glean(['news', '--input-format', 'xml'], { cwd: dir }).status).toBe(2);
  });
});
