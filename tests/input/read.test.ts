/** readInput on real files: every kind of bad input becomes a coded error, good ones decoded text. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/input/read.js';

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-read-'));
  writeFileSync(at('plain.txt'), 'KABUL, Afghanistan — Two were killed.\r\nPolice said so.\r\n');
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich')]));
  writeFileSync(at('cp1252.txt'), Buffer.concat([Buffer.from('The mayor said '), Buffer.from([0x93]), Buffer.from('we rebuild'), Buffer.from([0x94]), Buffer.from('.')]));
  writeFileSync(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(at('big.txt'), 'x'.repeat(101));
  writeFileSync(at('page.html'), '<!doctype html><html><head><title>T</title></head><body><nav>Home</nav><article><p>Rain&nbsp;fell on Oslo &amp; Bergen on Monday, and the roads were closed for most of the afternoon by the police.</p></article></body></html>');
  writeFileSync(at('page-as.txt'), '<!DOCTYPE html>\n<html><body><p>Snow in Tromsø, said the Norwegian Meteorological Institute on Tuesday morning after a long night of storms.</p></body></html>');
  writeFileSync(at('cp1252.html'), Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x93]), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from([0x94]), Buffer.from(' opened in Montr'), Buffer.from([0xe9]), Buffer.from('al on Friday, its owner said to the local newspaper in an interview.</p></body></html>')]));
  mkdirSync(at('folder.txt'));
  symlinkSync('missing-target.txt', at('dangling.txt'));
  symlinkSync('self.txt', at('self.txt'));
  execFileSync('mkfifo', [at('fifo.txt')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  const ok: [string, string, string[]][] = [
    ['plain.txt', 'KABUL, Afghanistan — Two were killed.\r\nPolice said so.\r\n', []],
    ['empty.txt', '', []],
    ['bom.txt', 'Zürich', []],
    ['cp1252.txt', 'The mayor said “we rebuild”.', ['not valid UTF-8; decoded as windows-1252 (detected)']],
    ['page.html', 'T\n\nRain fell on Oslo & Bergen on Monday, and the roads were closed for most of the afternoon by the police.', []],
    ['page-as.txt', 'Snow in Tromsø, said the Norwegian Meteorological Institute on Tuesday morning after a long night of storms.', []],
    ['cp1252.html', '“Café” opened in Montréal on Friday, its owner said to the local newspaper in an interview.', []],
  ];
  it.each(ok)('%s → text', async (name, text, warnings) => {
    expect(await readInput(at(name), { maxBytes: 10_000 })).toEqual({ ok: true, value: { path: at(name), text, warnings } });
  });

  const bad: [string, string, string][] = [
    ['missing.txt', 'NOT_FOUND', 'no such file or directory'],
    ['dangling.txt', 'NOT_FOUND', 'no such file or directory'],
    ['self.txt', 'SYMLINK_LOOP', 'too many levels of symbolic links'],
    ['folder.txt', 'IS_DIRECTORY', 'is a directory'],
    ['binary.txt', 'BINARY', 'binary file (NUL bytes or mostly control characters), not text'],
    ['big.txt', 'TOO_LARGE', 'file is 101 bytes, over the --max-bytes limit of 100'],
    ['plain.txt/x', 'NOT_FOUND', 'no such file or directory (a part of the path is not a directory)'],
  ];
  it.each(bad)('%s → %s', async (name, code, message) => {
    expect(await readInput(at(name), { maxBytes: 100 })).toEqual({ ok: false, error: { path: at(name), code, message } });
  });

  it('reads a FIFO named on the command line as a stream, and cuts it off at --max-bytes', async () => {
    const writer = (text: string) => import('node:fs/promises').then((fs) => fs.writeFile(at('fifo.txt'), text));
    const [small] = await Promise.all([readInput(at('fifo.txt'), { maxBytes: 100 }), writer('From a pipe.')]);
    expect(small).toEqual({ ok: true, value: { path: at('fifo.txt'), text: 'From a pipe.', warnings: [] } });
    const [big] = await Promise.all([readInput(at('fifo.txt'), { maxBytes: 100 }), writer('y'.repeat(300)).catch(() => {})]);
    expect(big).toEqual({ ok: false, error: { path: at('fifo.txt'), code: 'TOO_LARGE', message: 'file is more than 100 bytes, over the --max-bytes limit of 100' } });
  });

  it('--encoding utf-16le reads UTF-16 without a BOM (NUL bytes and all), which would otherwise be BINARY', async () => {
    writeFileSync(at('utf16.txt'), Buffer.from('Łódź, Poland', 'utf16le'));
    expect(await readInput(at('utf16.txt'))).toMatchObject({ ok: false, error: { code: 'BINARY' } });
    expect(await readInput(at('utf16.txt'), { encoding: 'UTF-16LE' })).toEqual({ ok: true, value: { path: at('utf16.txt'), text: 'Łódź, Poland', warnings: [] } });
  });

  it('decodes with --encoding', async () => {
    expect(await readInput(at('cp1252.txt'), { encoding: 'windows-1252' })).toEqual({ ok: true, value: { path: at('cp1252.txt'), text: 'The mayor said “we rebuild”.', warnings: [] } });
  });

  it('an unknown --encoding is a DECODE error for the file, not an exception', async () => {
    expect(await readInput(at('plain.txt'), { encoding: 'x-nope' })).toEqual({ ok: false, error: { path: at('plain.txt'), code: 'DECODE', message: 'unknown encoding x-nope' } });
  });

  it('reads stdin through the given reader, HTML sniffed from the content', async () => {
    const stdin = async () => Buffer.from('<html><body><article><p>Fog over Lisbon delayed flights at the airport on Sunday, the operator of the airport said.</p></article></body></html>');
    expect(await readInput('-', { stdin })).toEqual({ ok: true, value: { path: '-', text: 'Fog over Lisbon delayed flights at the airport on Sunday, the operator of the airport said.', warnings: [] } });
  });
});
