/**
 * The built CLI on a folder of everything that goes wrong in the wild, beside good articles:
 * the good ones come out exactly as when each is run alone, each bad one is listed with its code,
 * the exit code is 1 and stderr has no stack trace. Also: `| head -1` exits quietly, every ndjson
 * line is a whole JSON value, --jobs 1 and --jobs 2 agree, and -o survives a killed run.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'glean.js');
const HANG = 'GLEAN-FUZZ-HANG-MARKER';
const ENV = { ...process.env, NO_COLOR: '1', GLEAN_TEST_HANG: HANG };
delete (ENV as Record<string, string | undefined>).FORCE_COLOR;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function glean(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: ENV, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

const GOOD: Record<string, string | Buffer> = {
  'good/beirut.txt':
    'BEIRUT, Lebanon (AP) — At least 14 people were killed and 32 wounded on Tuesday when a car bomb exploded near a market in the southern city of Tyre, the Lebanese Red Cross said.\n\n“We heard a huge bang,” said Hassan Khalil, a shopkeeper.\n',
  'good/quito-crlf.txt':
    'QUITO, Ecuador (May 2, 2024) — Three police officers were kidnapped in Guayaquil on Sunday, the interior ministry said.\r\n\r\nPresident Daniel Noboa called the attack cowardly.\r\n',
  'good/oslo.html':
    '<!DOCTYPE html><html><head><title>Storm hits Oslo</title><script>var tracking = "Paris";</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Storm hits Oslo</h1><p>OSLO, Norway (Nov. 3, 2025) &mdash; Two people were injured on Monday when a tree fell on a tram in Oslo, police said.</p><p>Mayor Anne Lindboe said the city would inspect every tree along the line.</p></article><footer>Copyright Example News</footer></body></html>',
  'good/lyon-cp1252.txt': Buffer.concat([
    Buffer.from('LYON, France (Oct. 12, 2025) '),
    Buffer.from([0x97]),
    Buffer.from(' Firefighters said five people were injured in a fire in Lyon on Sunday. '),
    Buffer.from([0x93]),
    Buffer.from('It spread fast,'),
    Buffer.from([0x94]),
    Buffer.from(' said Claire Dubois.\n'),
  ]),
  'good/krakow-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('KRAKÓW, Poland (June 1, 2025) — Four miners were killed in Kraków on Saturday, the mine operator said.\n', 'utf16le')]),
  'good/empty.txt': '',
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-wild-'));
  const w = (name: string, content: string | Buffer) => {
    mkdirSync(path.join(dir, 'wild', path.dirname(name)), { recursive: true });
    writeFileSync(path.join(dir, 'wild', name), content);
  };
  for (const [name, content] of Object.entries(GOOD)) w(name, content);
  w('bad/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  w('bad/huge.txt', 'word '.repeat(2000)); // 10000 bytes, over --max-bytes 8000
  w('bad/hangs.txt', `A document that makes the extractor loop for ever: ${HANG}.`);
  symlinkSync('..', path.join(dir, 'wild/bad/loop')); // directory symlink loop
  symlinkSync('nowhere.txt', path.join(dir, 'wild/bad/dangling.txt'));
  symlinkSync('self.txt', path.join(dir, 'wild/bad/self.txt'));
  execFileSync('mkfifo', [path.join(dir, 'wild/bad/fifo.txt')]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARGS = ['--max-bytes', '8000', '--timeout-ms', '5000', '--emit-text'];

describe('glean on a folder of bad inputs and good articles', () => {
  it('lists each bad input with its code, keeps the good ones exactly as alone, exits 1, no stack trace', async () => {
    const [all, ...alone] = await Promise.all([
      glean(['wild', 'wild/nothing-*.txt', 'wild/missing.txt', '--format', 'json', ...ARGS], dir),
      ...Object.keys(GOOD).map((name) => glean([`wild/${name}`, '--format', 'json', '--jobs', '1', ...ARGS], dir)),
    ]);
    expect(all.status).toBe(1);
    const output = JSON.parse(all.stdout);
    expect(output.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['wild/bad/dangling.txt', 'NOT_FOUND'],
      ['wild/bad/fifo.txt', 'UNREADABLE'],
      ['wild/bad/loop', 'SYMLINK_LOOP'],
      ['wild/bad/self.txt', 'SYMLINK_LOOP'],
      ['wild/missing.txt', 'NOT_FOUND'],
      ['wild/nothing-*.txt', 'NO_MATCH'],
      ['wild/bad/binary.txt', 'BINARY'],
      ['wild/bad/hangs.txt', 'TIMEOUT'],
      ['wild/bad/huge.txt', 'TOO_LARGE'],
    ]);
    const byPath = new Map(output.documents.map((d: { path: string }) => [d.path, d]));
    expect([...byPath.keys()]).toEqual(Object.keys(GOOD).map((n) => `wild/${n}`).sort());
    for (const [i, name] of Object.keys(GOOD).entries()) {
      expect(alone[i].status).toBe(0);
      expect(byPath.get(`wild/${name}`)).toEqual(JSON.parse(alone[i].stdout).documents[0]);
    }
    for (const e of output.errors) expect(all.stderr).toContain(`glean: ${e.path}: ${e.message} (${e.code})\n`);
    expect(all.stderr).not.toMatch(/^\s+at /m);
  }, 180_000);

  it('reads each good input as intended (decoding, HTML, empty)', async () => {
    const run = await glean(['wild/good', '--format', 'json', ...ARGS], dir);
    expect(run.status).toBe(0);
    const docs = JSON.parse(run.stdout).documents as { path: string; text: string; warnings: string[] }[];
    expect(docs.map((d) => [d.path, d.text.slice(0, 22), d.warnings])).toEqual([
      ['wild/good/beirut.txt', 'BEIRUT, Lebanon (AP) —', []],
      ['wild/good/empty.txt', '', []],
      ['wild/good/krakow-utf16.txt', 'KRAKÓW, Poland (June 1', []],
      ['wild/good/lyon-cp1252.txt', 'LYON, France (Oct. 12,', ['not valid UTF-8; decoded as windows-1252 (detected)']],
      ['wild/good/oslo.html', 'Storm hits Oslo\n\nOSLO,', []],
      ['wild/good/quito-crlf.txt', 'QUITO, Ecuador (May 2,', []],
    ]);
    expect(docs[3].text).toContain('— Firefighters said five people were injured in a fire in Lyon on Sunday. “It spread fast,” said Claire Dubois.');
    expect(docs[4].text).not.toMatch(/Home|tracking|Copyright/);
    expect(docs[5].text).toContain('said.\r\n\r\nPresident');
  }, 120_000);

  it('ndjson: every line is one whole JSON value; --jobs 1 and --jobs 2 give the same bytes', async () => {
    const [one, two] = await Promise.all([
      glean(['wild', '--format', 'ndjson', '--jobs', '1', ...ARGS], dir),
      glean(['wild', '--format', 'ndjson', '--jobs', '2', ...ARGS], dir),
    ]);
    expect(one.status).toBe(1);
    expect(one.stdout).toBe(two.stdout);
    expect(one.stdout.endsWith('\n')).toBe(true);
    const lines = one.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(Object.keys(GOOD).length + 7);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  }, 120_000);
});

describe('output that cannot be corrupted', () => {
  beforeAll(() => {
    // enough output to fill a pipe many times over
    mkdirSync(path.join(dir, 'many'), { recursive: true });
    mkdirSync(path.join(dir, 'slow'), { recursive: true });
    const story = 'KABUL, Afghanistan (Jan. 25, 2013) — Three people were killed and 12 wounded on Tuesday in Kandahar, police said. ';
    for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, 'slow', `doc-${String(i).padStart(2, '0')}.txt`), story.repeat(20));
    for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, 'many', `doc-${String(i).padStart(2, '0')}.txt`), `${'x'.repeat(20_000)}\n`, { flag: 'w' });
  }, 60_000);

  it('`glean dir --format ndjson | head -1` exits 0 with nothing on stderr', () => {
    const out = execFileSync('bash', ['-c', `node ${JSON.stringify(BIN)} many --format ndjson --emit-text --jobs 1 2>stderr.txt | head -1 > first.txt; echo "\${PIPESTATUS[0]}"`], {
      cwd: dir,
      env: ENV,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('0');
    expect(readFileSync(path.join(dir, 'stderr.txt'), 'utf8')).toBe('');
    const first = JSON.parse(readFileSync(path.join(dir, 'first.txt'), 'utf8'));
    expect(first.path).toBe('many/doc-00.txt');
  }, 120_000);

  it('-o FILE: a run killed half-way leaves the existing file untouched and no temporary file', async () => {
    const target = path.join(dir, 'out', 'result.json');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'PREVIOUS RESULT');
    const child = spawn(process.execPath, [BIN, 'slow', '--format', 'json', '--emit-text', '--jobs', '1', '-o', target], { cwd: dir, env: ENV });
    // wait until the temporary file exists, i.e. the run is writing, then kill it
    for (let i = 0; i < 600 && readdirSync(path.dirname(target)).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(path.dirname(target)).length).toBe(2);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(readFileSync(target, 'utf8')).toBe('PREVIOUS RESULT');
    expect(readdirSync(path.dirname(target))).toEqual(['result.json']);
  }, 120_000);

  it('ndjson on stdout, run killed half-way: every line received is a whole JSON value', async () => {
    const child = spawn(process.execPath, [BIN, 'slow', '--format', 'ndjson', '--emit-text', '--jobs', '1'], { cwd: dir, env: ENV });
    let out = '';
    child.stdout.setEncoding('utf8');
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const closed = new Promise((resolve) => child.stdout.on('close', resolve));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        if (out.split('\n').length > 3) resolve();
      });
    });
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await closed;
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThan(40);
    for (const line of lines) expect(JSON.parse(line).path).toMatch(/^slow\/doc-\d\d\.txt$/);
  }, 120_000);

  it('-o FILE into a folder that does not exist: a plain error, exit 2, nothing written', async () => {
    const run = await glean(['wild/good/beirut.txt', '-o', 'no-such-folder/out.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('glean: error: cannot write no-such-folder/out.json: no such directory\n');
    expect(existsSync(path.join(dir, 'no-such-folder'))).toBe(false);
  }, 60_000);
});
