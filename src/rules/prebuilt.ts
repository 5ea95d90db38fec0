/**
 * Lookup tables derived from data packages (the city list, the common-word lists), built once by
 * `npm run build` (scripts/build-data.mjs) into data/NAME.tsv, and read from there at run time.
 *
 * Why: deriving them on every start-up cost each worker about 0.4 s and 150 MB (decoding 135,000
 * GeoNames records, folding their names, filtering 80,000 words through compromise's lexicon).
 * A table is a sorted text of tab-separated lines, looked up by binary search on its first field,
 * so loading it is one file read and one scan for line ends.
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

/** Sorted by key in UTF-16 code unit order, the order the binary search compares in. */
export function tableText(spec: TableSpec): string {
  return spec
    .build()
    .map((line) => [line.split('\t', 1)[0], line] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, line]) => line)
    .join('\n');
}

/** Writes data/NAME.tsv (the build step). */
export function writeTable(spec: TableSpec): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = tableFile(spec);
  writeFileSync(file, tableText(spec));
  return file.pathname;
}

/** The table from data/NAME.tsv, or derived in memory when the build step has not written it. */
export function loadTable(spec: TableSpec): SortedTable {
  const file = tableFile(spec);
  return new SortedTable(existsSync(file) ? readFileSync(file, 'utf8') : tableText(spec));
}

/** Tab-separated lines sorted by their first field; lookups by binary search, no parsing up front. */
export class SortedTable {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let lines = text === '' ? 0 : 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    this.starts = new Uint32Array(lines);
    for (let n = 1, i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[n++] = i + 1;
  }

  get size(): number {
    return this.starts.length;
  }

  /** The fields after the key on the key's line, or null when the key is not in the table. */
  get(key: string): string[] | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const line = this.line(mid);
      const tab = line.indexOf('\t');
      const here = tab < 0 ? line : line.slice(0, tab);
      if (here === key) return tab < 0 ? [] : line.slice(tab + 1).split('\t');
      if (here < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  has(key: string): boolean {
    return this.get(key) !== null;
  }

  /** Every key, in order. */
  keys(): string[] {
    const keys: string[] = new Array(this.starts.length);
    for (let n = 0; n < this.starts.length; n++) {
      const line = this.line(n);
      const tab = line.indexOf('\t');
      keys[n] = tab < 0 ? line : line.slice(0, tab);
    }
    return keys;
  }

  private line(n: number): string {
    return this.text.slice(this.starts[n], n + 1 < this.starts.length ? this.starts[n + 1] - 1 : this.text.length);
  }
}
