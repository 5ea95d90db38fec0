/**
 * The document stage: decoded text, its compromise parse (made once, lazily, and
 * shared by every pass), its sentences and its publication date.
 *
 * The text is parsed in chunks of at most MAX_CHUNK characters, cut at a line break where there is
 * one (compromise ends a sentence there anyway), else at a space. compromise's tagger is quadratic
 * in the length of a sentence: 16 KB of "Jan. " with no sentence end takes 0.35 s, 64 KB 4.9 s.
 * Bounded chunks keep the whole parse linear on any input.
 */
import { parse, type NlpView } from './parse.js';
import { findPublication, type Publication } from './publication-date.js';
import { emptyLexicon, type Lexicon } from '../rules/lexicon.js';

export type { NlpView };

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** One parsed piece of the text: `view` covers text.slice(offset, offset + length). */
export interface NlpChunk {
  offset: number;
  length: number;
  view: NlpView;
}

export interface ArticleDocument {
  path: string;
  /** Decoded text; every offset the passes produce indexes this string (UTF-16). */
  text: string;
  /** YYYY-MM-DD, or null when neither --reference-date nor the article gives one. */
  publishedAt: string | null;
  /** Where the article's header ends (see headerEnd in publication-date.ts): dates before it name the report. */
  readonly headerEnd: number;
  /** The compromise parse of `text`, chunk by chunk, built on first use. */
  readonly nlpChunks: NlpChunk[];
  /** Sentences with UTF-16 offsets, built on first use. */
  readonly sentences: Sentence[];
  /** The user's --lexicon (empty when none was given). */
  lexicon: Lexicon;
}

export interface DocumentOptions {
  /** --reference-date: wins over any date found in the article. */
  referenceDate?: string | null;
  lexicon?: Lexicon;
}

export function createDocument(path: string, text: string, options: DocumentOptions = {}): ArticleDocument {
  let parsed: NlpChunk[] | undefined;
  let sentences: Sentence[] | undefined;
  // read once: for publishedAt (unless --reference-date gives it) and for headerEnd
  let publication: Publication | null | undefined;
  const readPublication = () => (publication === undefined ? (publication = findPublication(text)) : publication);
  const publishedAt = options.referenceDate ?? readPublication()?.value ?? null;
  return {
    path,
    text,
    publishedAt,
    lexicon: options.lexicon ?? emptyLexicon(),
    get nlpChunks() {
      parsed ??= chunkText(text).map(([offset, length]) => ({ offset, length, view: parse(text.slice(offset, offset + length)) }));
      return parsed;
    },
    get headerEnd() {
      return readPublication()?.headerEnd ?? 0;
    },
    get sentences() {
      sentences ??= this.nlpChunks.flatMap((chunk) => splitSentences(chunk, text));
      return sentences;
    },
  };
}

/**
 * Sentences with offsets, in one walk over compromise's terms: each term keeps the text around it
 * (pre + text + post), so offsets are running sums. A sentence ends after its last term and that
 * term's punctuation, before trailing whitespace. (compromise's own sentences().json({ offset })
 * is quadratic in the number of sentences: 3.5 s for 16 KB of "on Monday, ".)
 */
function splitSentences({ offset, length, view }: NlpChunk, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = offset;
  for (const terms of view.document as Array<Array<{ pre: string; text: string; post: string }>>) {
    let start = -1;
    let end = -1;
    for (const term of terms) {
      cursor += term.pre.length;
      if (start < 0) start = cursor;
      cursor += term.text.length;
      end = cursor + term.post.trimEnd().length;
      cursor += term.post.length;
    }
    if (start >= 0) sentences.push({ start, end, text: text.slice(start, end) });
  }
  // compromise keeps every character, so the walk ends at the text's end; if it ever did not, its own slower offsets are right
  return cursor === offset + length ? sentences : compromiseSentences(view, offset);
}

function compromiseSentences(view: NlpView, offset: number): Sentence[] {
  const json = view.sentences().json({ offset: true, text: true, terms: false } as object) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  return json.map((s) => ({ start: offset + s.offset.start, end: offset + s.offset.start + s.offset.length, text: s.text }));
}

/** Longest piece of text given to compromise at once. */
export const MAX_CHUNK = 2000;

/** [offset, length] pieces covering the text: cut at the last line break, else the last space, before MAX_CHUNK. */
export function chunkText(text: string, max = MAX_CHUNK): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1;
    if (cut <= 0) cut = window.search(/\s\S*$/) + 1;
    if (cut <= 0) cut = max;
    // never between the halves of a surrogate pair
    const code = text.charCodeAt(start + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    chunks.push([start, cut]);
    start += cut;
  }
  if (start < text.length || chunks.length === 0) chunks.push([start, text.length - start]);
  return chunks;
}
