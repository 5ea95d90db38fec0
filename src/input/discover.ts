/**
 * Turns command-line arguments into the list of inputs to read, in a deterministic order.
 *  - a file is taken as it is, whatever its extension;
 *  - a directory is searched recursively (fast-glob) for the given extensions, skipping
 *    dot-folders, dot-files and node_modules;
 *  - anything else containing glob characters is a fast-glob pattern; one matching nothing is NO_MATCH;
 *  - "-" is standard input.
 * Inputs are sorted by path and a file named twice is read once.
 *
 * Symbolic links: fast-glob is never asked to follow them (it walks a link loop for ever).
 * Each link met on the way is looked at here instead: a link to a file is an input like any file;
 * a link to a directory is searched unless it leads back into a directory already being
 * searched, which is reported as SYMLINK_LOOP; a dangling link with a searched extension is
 * NOT_FOUND. A FIFO, socket or device with a searched extension is UNREADABLE and never opened.
 */
import { lstatSync, realpathSync, statSync, type Dirent as FsDirent, type Stats } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { FileError } from '../schema.js';
import { DEFAULT_EXTENSIONS } from './defaults.js';

export { DEFAULT_EXTENSIONS };
export const STDIN = '-';

export interface Discovery {
  /** Paths to read, sorted, "-" for standard input. */
  paths: string[];
  /** Arguments and entries that named nothing readable. */
  errors: FileError[];
}

type Dirent = Pick<FsDirent, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

const IGNORE = ['**/node_modules/**', '**/.*/**'];

interface Walk {
  found: string[];
  errors: FileError[];
  exts: Set<string>;
  /** Real paths of the directories searched so far (each searched once). */
  searched: string[];
}

export async function discoverInputs(args: readonly string[], extensions: readonly string[]): Promise<Discovery> {
  const walk: Walk = { found: [], errors: [], searched: [], exts: new Set(extensions.map((e) => e.replace(/^\./, '').toLowerCase())) };
  for (const arg of args) {
    if (arg === STDIN) {
      walk.found.push(STDIN);
      continue;
    }
    const stat = statOrError(arg);
    if (!(stat instanceof Error) && stat.isDirectory()) {
      await searchDirectory(arg, realpathSync(arg), walk);
    } else if (!(stat instanceof Error)) {
      walk.found.push(arg);
    } else if (fg.isDynamicPattern(arg)) {
      const before = walk.found.length + walk.errors.length;
      const entries = await fg(arg, { ignore: IGNORE, dot: false, onlyFiles: false, followSymbolicLinks: false, objectMode: true, suppressErrors: true });
      for (const entry of entries) await classify(entry.path, entry.dirent, walk, null);
      if (walk.found.length + walk.errors.length === before) {
        walk.errors.push({ path: arg, code: 'NO_MATCH', message: `no files match the pattern ${arg}` });
      }
    } else if ((stat as NodeJS.ErrnoException).code === 'ELOOP') {
      walk.errors.push({ path: arg, code: 'SYMLINK_LOOP', message: 'too many levels of symbolic links' });
    } else {
      walk.errors.push({ path: arg, code: 'NOT_FOUND', message: isDanglingLink(arg) ? 'broken symbolic link (its target does not exist)' : 'no such file or directory' });
    }
  }
  return { paths: dedupe(walk.found).sort(comparePaths), errors: walk.errors.sort((a, b) => comparePaths(a.path, b.path)) };
}

async function searchDirectory(dir: string, real: string, walk: Walk): Promise<void> {
  if (walk.searched.some((d) => isInside(real, d))) return; // searched already, under another name
  walk.searched.push(real);
  const entries = await fg('**/*', { cwd: dir, ignore: IGNORE, dot: false, onlyFiles: false, followSymbolicLinks: false, objectMode: true, suppressErrors: true });
  entries.sort((a, b) => comparePaths(a.path, b.path));
  for (const entry of entries) await classify(path.join(dir, entry.path), entry.dirent, walk, extensionFilter(walk));
}

function extensionFilter(walk: Walk) {
  return (p: string) => walk.exts.has(path.extname(p).slice(1).toLowerCase());
}

/** One entry of a search: `wanted` is the extension filter inside directories, null for glob matches (already filtered). */
async function classify(p: string, dirent: Dirent, walk: Walk, wanted: ((p: string) => boolean) | null): Promise<void> {
  const want = wanted ?? (() => true);
  if (dirent.isFile()) {
    if (want(p)) walk.found.push(p);
    return;
  }
  if (dirent.isDirectory()) return; // fast-glob searches it
  if (!dirent.isSymbolicLink()) {
    if (want(p)) walk.errors.push({ path: p, code: 'UNREADABLE', message: `not a regular file (${specialKind(dirent)})` });
    return;
  }
  const target = statOrError(p);
  if (target instanceof Error) {
    if ((target as NodeJS.ErrnoException).code === 'ELOOP') walk.errors.push({ path: p, code: 'SYMLINK_LOOP', message: 'symbolic link loop (the link leads back to itself)' });
    else if (want(p)) walk.errors.push({ path: p, code: 'NOT_FOUND', message: 'broken symbolic link (its target does not exist)' });
    return;
  }
  if (target.isFile()) {
    if (want(p)) walk.found.push(p);
    return;
  }
  if (!target.isDirectory()) {
    if (want(p)) walk.errors.push({ path: p, code: 'UNREADABLE', message: 'not a regular file (a link to a special file)' });
    return;
  }
  if (wanted === null) return; // a glob pattern does not descend through links
  const real = realpathSync(p);
  const parent = realpathSync(path.dirname(p));
  // a loop: the link leads back to the directory holding it, or to one of that directory's ancestors
  if (isInside(parent, real)) {
    walk.errors.push({ path: p, code: 'SYMLINK_LOOP', message: `directory symlink loop: the link leads back to ${real}` });
    return;
  }
  await searchDirectory(p, real, walk);
}

/** True when `inner` is `outer` or lies below it. */
function isInside(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}

function specialKind(dirent: Dirent): string {
  if (dirent.isFIFO()) return 'a FIFO';
  if (dirent.isSocket()) return 'a socket';
  if (dirent.isCharacterDevice() || dirent.isBlockDevice()) return 'a device';
  return 'a special file';
}

function statOrError(p: string): Stats | Error {
  try {
    return statSync(p);
  } catch (err) {
    return err as Error;
  }
}

function isDanglingLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function realpathSafe(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/** The same file reached by two names ("a.txt", "./a.txt", a symlink) is read once, under its first name in sorted order. */
function dedupe(paths: string[]): string[] {
  const seen = new Set<string>();
  return [...paths].sort(comparePaths).filter((p) => {
    const key = p === STDIN ? p : (realpathSafe(p) ?? path.resolve(p));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Plain code-unit order, the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
