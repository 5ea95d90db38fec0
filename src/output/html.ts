/**
 * `--format html`: one self-contained report page (docs/report.md). Streams like the other
 * formats: the head first, then one inert JSON data block per article as it is extracted, then
 * at the end the corpus view, built from small per-article aggregates, and the page script.
 * Needs each document's `text` (the CLI asks for it with this format); without it the report
 * still lists what was found, but cannot highlight it.
 */
import type { FormatterFactory } from './types.js';
import { reportArticle } from './report/article.js';
import { CorpusAggregator } from './report/corpus.js';
import { articleBlock, pageEnd, pageStart } from './report/template.js';

const html: FormatterFactory = () => {
  const corpus = new CorpusAggregator();
  return {
    start: () => pageStart(),
    document: (doc) => articleBlock(corpus.addDocument(doc), reportArticle(doc)),
    error: (error) => {
      corpus.addError(error);
      return '';
    },
    end: () => pageEnd(corpus.index, corpus.result()),
  };
};

export default html;
