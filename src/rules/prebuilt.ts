/**
 * Lookup tables derived from data packages (the gazetteer's countries, codes, demonyms, regions and
 * cities; the common words), built once by `npm run build` (scripts/build-data.mjs) into
 * data/NAME.tsv, and read from there at run time.
 *
 * Why: deriving them on every start-up cost each worker about 0.4 s and 150 MB (decoding 135,000
 * GeoNames records, folding their names, filtering 80,000 words through compromise's lexicon).
 * A table is a sorted text of tab-separated lines, looked up by binary search on its first field,
 * so loading it is one file read.
 *
 * When data/ is missing (running from the sources without a build) the table is derived in memory
 * by the same function, so results never depend on whether the build step ran.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** A table: its file name and the function that derives its lines from the data packages. */
export interface TableSpec {
  name: string;
  /** Lines "key\tfield\tfield…" (or just "key"), in any order, keys unique. */
  build: () => string[];
}

/** <package root>/data/: this module sits two folders deep, in src/rules/ or dist/rules/. */
const DATA_DIR = new URL('../../data/', import.meta.url);

const tableFile = (spec: TableSpec): URL => new URL(`${spec.name}.tsv`, DATA_DIR);

/** Characters outside ASCII (and the backslash) as \uXXXX: the table text stays one byte a character. */
const escape = (s: string): string => s.replace(/[\\\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const unescape = (s: string): string => (s.includes('\\') ? s.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s);

/**
 * The table's text: lines escaped to ASCII, sorted by (escaped) key in code unit order, the order
 * the binary search compares in.
 */
export function tableText(spec: TableSpec): string {
  return spec
    .build()
    .map((line) => escape(line))
    .map((line) => [line.split('\t', 1)[0], line] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, line]) => line)
    .join('\n');
}

/** Writes data/NAME.tsv (the build step). */
export function writeTable(spec: TableSpec): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = tableFile(spec);
  writeFileSync(file, tableText(spec), 'latin1');
  return file.pathname;
}

/** The table from data/NAME.tsv, or derived in memory when the build step has not written it. */
export function loadTable(spec: TableSpec): SortedTable {
  const file = tableFile(spec);
  // ASCII: read as latin1, the cheapest decoding, into a one-byte string
  return new SortedTable(existsSync(file) ? readFileSync(file, 'latin1') : tableText(spec));
}

/**
 * Lines sorted by their first tab-separated field, in the escaped form tableText() writes.
 * A lookup is a binary search over character positions, each probe reading the line that starts
 * after it: nothing is parsed or indexed up front, so a table costs one file read to load.
 */
export class SortedTable {
  constructor(private readonly text: string) {}

  /** The fields after the key on the key's line, or null when the key is not in the table. */
  get(key: string): string[] | null {
    const wanted = escape(key);
    const { text } = this;
    // lo is always a line start; every line that starts at or after hi has a key >= wanted
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let start = mid === 0 ? 0 : text.indexOf('\n', mid - 1) + 1;
      if (start === 0 || start >= hi) start = lo; // no line starts in [mid, hi): probe the one at lo
      const end = this.lineEnd(start);
      if (keyOf(text, start, end) < wanted) lo = end + 1;
      else hi = start;
    }
    if (lo >= text.length) return null;
    const end = this.lineEnd(lo);
    if (keyOf(text, lo, end) !== wanted) return null;
    const fieldsAt = lo + wanted.length + 1; // after the key's tab, or past the end of a key-only line
    return fieldsAt > end ? [] : text.slice(fieldsAt, end).split('\t').map(unescape);
  }

  has(key: string): boolean {
    return this.get(key) !== null;
  }

  private lineEnd(start: number): number {
    const end = this.text.indexOf('\n', start);
    return end < 0 ? this.text.length : end;
  }
}

function keyOf(text: string, start: number, end: number): string {
  const line = text.slice(start, end);
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
}
