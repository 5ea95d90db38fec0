/** Arguments → sorted, deduplicated paths; links, loops, special files and empty globs reported. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTENSIONS, discoverInputs } from '../../src/input/discover.js';

let root: string;
let cwd: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'glean-discover-'));
  const files = ['a/one.txt', 'a/two.md', 'a/page.html', 'a/old.HTM', 'a/skip.json', 'a/b/deep.text', 'a/.hidden/x.txt', 'a/.dot.txt', 'a/node_modules/m.txt', 'other/z.txt'];
  for (const f of files) {
    mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
    writeFileSync(path.join(root, f), 'text');
  }
  symlinkSync('..', path.join(root, 'a/b/up')); // loop: leads to a/, which holds it
  symlinkSync(path.join(root, 'a'), path.join(root, 'a/self')); // loop: leads to the folder holding it
  symlinkSync('loop.txt', path.join(root, 'a/loop.txt')); // a link to itself
  symlinkSync('gone.txt', path.join(root, 'a/dangling.txt'));
  symlinkSync('gone.json', path.join(root, 'a/dangling.json')); // not a searched extension: ignored
  symlinkSync('../other', path.join(root, 'a/elsewhere')); // a link to another folder: searched
  symlinkSync('one.txt', path.join(root, 'a/alias.txt')); // the same file twice: read once
  execFileSync('mkfifo', [path.join(root, 'a/pipe.txt')]);
  cwd = process.cwd();
  process.chdir(root);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
});

describe('discoverInputs', () => {
  it('searches a folder for the default extensions, including HTML', async () => {
    expect(DEFAULT_EXTENSIONS).toEqual(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml']);
    const { paths, errors } = await discoverInputs(['a'], DEFAULT_EXTENSIONS);
    expect(paths).toEqual(['a/alias.txt', 'a/b/deep.text', 'a/elsewhere/z.txt', 'a/old.HTM', 'a/page.html', 'a/two.md']);
    expect(errors).toEqual([
      { path: 'a/b/up', code: 'SYMLINK_LOOP', message: `directory symlink loop: the link leads back to ${path.join(root, 'a')}` },
      { path: 'a/dangling.txt', code: 'NOT_FOUND', message: 'broken symbolic link (its target does not exist)' },
      { path: 'a/loop.txt', code: 'SYMLINK_LOOP', message: 'symbolic link loop (the link leads back to itself)' },
      { path: 'a/pipe.txt', code: 'UNREADABLE', message: 'not a regular file (a FIFO)' },
      { path: 'a/self', code: 'SYMLINK_LOOP', message: `directory symlink loop: the link leads back to ${path.join(root, 'a')}` },
    ]);
  });

  it('finishes quickly on a folder full of loops', async () => {
    const started = Date.now();
    await discoverInputs(['.'], ['txt']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('--ext limits the search', async () => {
    expect((await discoverInputs(['a'], ['md', '.text'])).paths).toEqual(['a/b/deep.text', 'a/two.md']);
  });

  it('takes a named file whatever its extension, and reads a file named twice once', async () => {
    expect(await discoverInputs(['a/skip.json', './a/one.txt', 'a/one.txt', 'a/alias.txt', '-'], ['txt'])).toEqual({ paths: ['-', './a/one.txt', 'a/skip.json'], errors: [] });
  });

  it('expands glob patterns, naming a pattern that matches nothing', async () => {
    expect(await discoverInputs(['a/*.{txt,md}', 'nothing/**/*.txt'], ['txt'])).toEqual({
      paths: ['a/alias.txt', 'a/two.md'],
      errors: [
        { path: 'a/dangling.txt', code: 'NOT_FOUND', message: 'broken symbolic link (its target does not exist)' },
        { path: 'a/loop.txt', code: 'SYMLINK_LOOP', message: 'symbolic link loop (the link leads back to itself)' },
        { path: 'a/pipe.txt', code: 'UNREADABLE', message: 'not a regular file (a FIFO)' },
        { path: 'nothing/**/*.txt', code: 'NO_MATCH', message: 'no files match the pattern nothing/**/*.txt' },
      ],
    });
  });

  it('a glob does not follow directory links, so it cannot loop', async () => {
    expect((await discoverInputs(['a/**/deep.*'], ['txt'])).paths).toEqual(['a/b/deep.text']);
  });

  it.each([
    ['missing.txt', 'NOT_FOUND', 'no such file or directory'],
    ['a/dangling.txt', 'NOT_FOUND', 'broken symbolic link (its target does not exist)'],
    ['a/loop.txt', 'SYMLINK_LOOP', 'too many levels of symbolic links'],
  ])('names %s as %s', async (arg, code, message) => {
    expect(await discoverInputs([arg], ['txt'])).toEqual({ paths: [], errors: [{ path: arg, code, message }] });
  });
});
