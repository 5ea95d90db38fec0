/**
 * `--cache`: the Document extracted from some content, stored under a key made of the content's
 * sha256, glean's version, a hash of glean's own compiled code, and every option that changes
 * the output (types, reference date, lexicon content, explain, emit-text, encoding).
 *
 * One JSON file per key, in `<location>/<first two hex digits>/<key>.json`, written to a
 * temporary name and renamed, so concurrent runs sharing a location never see half a file.
 * A file that cannot be read or parsed is a miss. Only documents are cached, never errors.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../schema.js';

export const DEFAULT_CACHE_LOCATION = '.glean-cache';

/** The options of a run that change what a document's result is. */
export interface CacheRelevantOptions {
  types: readonly string[];
  referenceDate: string | null;
  lexicon?: unknown;
  explain: boolean;
  emitText: boolean;
  encoding?: string;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * A hash of every compiled file of glean and of the lookup tables its build step derived from the
 * data packages (data/*.tsv), so that a rebuilt glean never reuses an old result.
 */
function codeHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string, extensions: RegExp) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no data/ when running from the sources without a build: the tables are derived in memory
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, extensions);
      else if (extensions.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(fileURLToPath(new URL('..', import.meta.url)), /\.(?:js|json)$/);
  walk(fileURLToPath(new URL('../../data', import.meta.url)), /\.tsv$/);
  return hash.digest('hex');
}

export class ResultCache {
  private readonly prefix: string;

  constructor(
    readonly location: string,
    version: string,
    options: CacheRelevantOptions,
  ) {
    this.prefix = sha256(
      JSON.stringify({
        version,
        code: codeHash(),
        types: options.types,
        referenceDate: options.referenceDate,
        lexicon: options.lexicon ?? null,
        explain: options.explain,
        emitText: options.emitText,
        encoding: options.encoding ?? null,
      }),
    );
  }

  /** The key for some content: its hash plus this run's version and options. */
  key(contentHash: string): string {
    return sha256(`${this.prefix}:${contentHash}`);
  }

  private file(key: string): string {
    return path.join(this.location, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The cached document, given the path it is now read under, or null. Read synchronously: an entry
   * is a few kilobytes, and the four thread-pool round trips of an async read (open, stat, read,
   * close) were half the time of a warm run.
   */
  get(key: string, docPath: string): Document | null {
    try {
      const doc = JSON.parse(readFileSync(this.file(key), 'utf8')) as Document;
      if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.people)) return null;
      // the same content may have been stored under another name; path is the first key, so order is kept
      return { ...doc, path: docPath };
    } catch {
      return null;
    }
  }

  async set(key: string, doc: Document): Promise<void> {
    const file = this.file(key);
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temp, JSON.stringify(doc));
      await rename(temp, file);
    } catch {
      // a cache that cannot be written only costs time
      await rm(temp, { force: true });
    }
  }
}
