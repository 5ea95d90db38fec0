/**
 * Word tokens of a text with the facts the name rules need: case, position in the sentence,
 * and whether the line's capitals say anything (a headline in Title Case or ALL CAPS does not).
 * One linear scan; compromise is not asked again here.
 */
import { isCommonWord } from '../rules/common-words.js';

export interface Token {
  start: number;
  end: number;
  /** The word without a possessive ’s ("Russia’s" → Russia). */
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case ("KCNA", "U.S."). */
  allCaps: boolean;
  /** First word of a sentence or line, or after an opening quote or colon: its capital says nothing. */
  sentenceStart: boolean;
  /** The line is a headline in Title Case or ALL CAPS: its capitals say nothing. */
  shouting: boolean;
  /** The line is a row of names and figures (results, standings): its capitalised words are names. */
  table: boolean;
  possessive: boolean;
  /** Index of the line (paragraph) in the text. */
  line: number;
}

/** Letters and digits, joined by inner apostrophes, hyphens, full stops or ampersands ("O’Neill", "Jong-un", "U.S", "AT&T"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
/** A full stop that belongs to the word: initials and chains of initials ("J.", "U.S."), and short abbreviations. */
const KEEPS_DOT = /^(?:\p{L}(?:\.\p{L})*|Mr|Mrs|Ms|Dr|St|Mt|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|Jr|Sr|Inc|Ltd|Co|Corp|Bros|Prof)$/u;
/** Two or more initials with full stops ("U.S.", "U.N.", "U.K."). */
const INITIALS_CHAIN = /^\p{Lu}\.(?:\p{Lu}\.)+$/u;
/** Closed-class words that open sentences: after "U.S." they start a new one ("… in the U.S. The talks …"). */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'after', 'before', 'there', 'here', 'some', 'many', 'most', 'all', 'no', 'not', 'as', 'since', 'by', 'with', 'from', 'to', 'of', 'what', 'who', 'which', 'however', 'also', 'meanwhile', 'earlier', 'later', 'still', 'yet', 'then', 'one', 'two', 'three', 'both', 'each', 'other', 'another', 'last', 'next']);
/** Small words that stay lower-case in a Title Case headline. */
const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'vs', 'v']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lastEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let start = match.index!;
    let word = match[0];
    let end = start + word.length;
    if (text[end] === '.' && KEEPS_DOT.test(word)) { word += '.'; end += 1; }
    const gap = text.slice(lastEnd, start);
    const newLines = gap.split('\n').length - 1;
    line += newLines;
    const before = gap.replace(/\s+/g, '');
    const prev = tokens[tokens.length - 1];
    const sentenceStart =
      !prev || newLines > 0 || /[!?:;(\[—–-]$/.test(before) ||
      // an opening quote starts a sentence after punctuation ("said, “The"), not inside one (titled the “Memorial Museum”)
      (/["“‘]$/.test(before) && before.length > 1) ||
      (/\.$/.test(before) || (prev.text.endsWith('.') && before === '' && !/^(?:\p{L}\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Gen\.|Lt\.|Col\.|Sgt\.|Capt\.|Maj\.|Adm\.|Gov\.|Sen\.|Rep\.|Rev\.|Prof\.)$/u.test(prev.text) &&
        // after a chain of initials ("U.S.", "U.N.") only a word that opens sentences starts one: "the U.S. Coast Guard", not "… the U.S. The"
        !(INITIALS_CHAIN.test(prev.text) && !SENTENCE_OPENERS.has(word.toLowerCase()))));
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end: possessive ? end - 2 : end,
      text: word,
      lower: word.toLowerCase(),
      cap: /^\p{Lu}/u.test(word),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      sentenceStart,
      shouting: false,
      table: false,
      possessive,
      line,
    });
    lastEnd = end;
  }
  markShouting(tokens);
  return tokens;
}

/**
 * A line shouts when its words are (nearly) all capitalised: ALL CAPS, or Title Case with only
 * the small headline words in lower case, and at least one capitalised common word
 * ("North Korea Begins Construction of Memorial"). A line of names alone ("Phil Simmons") does not.
 */
function markShouting(tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j].line === tokens[i].line) j++;
    const words = tokens.slice(i, j).filter((t) => /\p{L}/u.test(t.text));
    const lowerWords = words.filter((t) => !t.cap && !HEADLINE_SMALL.has(t.lower));
    const upperWords = words.filter((t) => t.allCaps && t.text.replace(/\./g, '').length > 1);
    const allCaps = words.length > 0 && upperWords.length === words.length && words.some((t) => t.text.length > 4 || isCommonWord(t.lower));
    // two or more figures make a results or standings line ("Bury 4 Bristol City 0"), not a headline
    const figures = tokens.slice(i, j).filter((t) => /^\d/.test(t.text)).length;
    const titleCase = words.length >= 3 && figures < 2 && lowerWords.length === 0 && words.filter((t) => t.cap && isCommonWord(t.lower)).length >= 2;
    if (allCaps || titleCase) for (let k = i; k < j; k++) tokens[k].shouting = true;
    if (figures >= 2 && lowerWords.length === 0 && !allCaps) for (let k = i; k < j; k++) tokens[k].table = true;
    i = j;
  }
}
