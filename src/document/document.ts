/**
 * The document stage: decoded text, its compromise parse (made once, lazily, and
 * shared by every pass), its sentences and its publication date.
 */
import nlp from 'compromise';
import { detectPublicationDate } from './publication-date.js';
import { emptyLexicon, type Lexicon } from '../rules/lexicon.js';

export type NlpView = ReturnType<typeof nlp>;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface ArticleDocument {
  path: string;
  /** Decoded text; every offset the passes produce indexes this string (UTF-16). */
  text: string;
  /** YYYY-MM-DD, or null when neither --reference-date nor the article gives one. */
  publishedAt: string | null;
  /** The compromise parse of `text`, built on first use. */
  readonly nlp: NlpView;
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
  let parsed: NlpView | undefined;
  let sentences: Sentence[] | undefined;
  const publishedAt = options.referenceDate ?? detectPublicationDate(text);
  return {
    path,
    text,
    publishedAt,
    lexicon: options.lexicon ?? emptyLexicon(),
    get nlp() {
      parsed ??= nlp(text);
      return parsed;
    },
    get sentences() {
      sentences ??= splitSentences(this.nlp);
      return sentences;
    },
  };
}

function splitSentences(view: NlpView): Sentence[] {
  const json = view.sentences().json({ offset: true, text: true, terms: false } as object) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  return json.map((s) => ({ start: s.offset.start, end: s.offset.start + s.offset.length, text: s.text }));
}
