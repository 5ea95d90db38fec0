/**
 * Turns command-line arguments into the list of inputs to read, in a deterministic order.
 *  - a file is taken as it is, whatever its extension;
 *  - a directory is searched recursively for the given extensions, skipping dot-folders and node_modules;
 *  - anything else containing glob characters is a fast-glob pattern;
 *  - "-" is standard input.
 * Inputs are sorted by path and a file named twice is read once.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { FileError } from '../schema.js';

export const DEFAULT_EXTENSIONS = ['txt', 'text', 'md', 'markdown'];
export const STDIN = '-';

export interface Discovery {
  /** Paths to read, sorted, "-" for standard input. */
  paths: string[];
  /** Arguments that named nothing readable. */
  errors: FileError[];
}

const IGNORE = ['**/node_modules/**', '**/.*/**'];

export async function discoverInputs(args: readonly string[], extensions: readonly string[]): Promise<Discovery> {
  const found: string[] = [];
  const errors: FileError[] = [];
  const exts = extensions.map((e) => e.replace(/^\./, ''));
  const extGlob = exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`;
  for (const arg of args) {
    if (arg === STDIN) {
      found.push(STDIN);
      continue;
    }
    const stat = statOrNull(arg);
    if (stat?.isDirectory()) {
      const files = await fg(`**/${extGlob}`, {
        cwd: arg,
        ignore: IGNORE,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: true,
        suppressErrors: true,
        caseSensitiveMatch: false,
      });
      found.push(...files.map((f) => path.join(arg, f)));
    } else if (stat) {
      found.push(arg);
    } else if (fg.isDynamicPattern(arg)) {
      const files = await fg(arg, { ignore: IGNORE, dot: false, onlyFiles: true, suppressErrors: true });
      if (files.length === 0) errors.push({ path: arg, code: 'NO_MATCH', message: `no files match the pattern ${arg}` });
      found.push(...files);
    } else {
      errors.push({ path: arg, code: 'NOT_FOUND', message: 'no such file or directory' });
    }
  }
  return { paths: dedupe(found).sort(comparePaths), errors };
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/** The same file reached by two names ("a.txt", "./a.txt", a symlink) is read once, under its first name. */
function dedupe(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    let key = p;
    if (p !== STDIN) {
      try {
        key = realpathSync(p);
      } catch {
        key = path.resolve(p);
      }
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Plain code-unit order, the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
