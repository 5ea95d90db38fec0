/**
 * Sentence tokens for the casualty pass, with quantities already read: "1,200", "twenty-one",
 * "two dozen", "3.5 million", "several thousand" and "between 20 and 30" each become one `quantity` token.
 * Offsets are UTF-16 indices into the document text.
 */
import { NUMBER_SCALES, NUMBER_WORDS, UPDATE_WORDS } from '../../rules/casualty-words.js';
import { VAGUE_QUANTITIES } from '../../rules/casualty-vague.js';

export interface Quantity {
  min: number;
  max: number | null;
  vague: boolean;
  /** A range "between 20 and 30", "20 to 30", "20-30". */
  range: boolean;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  quantity?: Quantity;
}

/**
 * Initials with their full stops ("U.S.", "U.N."), digits with separators ("1,200", "1 200" with a no-break or thin space), decimals, words with inner
 * hyphens or apostrophes ("45-year-old", "AK-47s", "Panjwa’i"), a line break (it ends a phrase), or one
 * punctuation mark. Each
 * alternative is a run of one character class followed by bounded groups: linear on any input.
 */
const TOKEN = /\d{1,3}(?:[,\u00A0\u202F\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?![\w-])|\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\d]+(?:['’.-][\p{L}\d]+)*|\n|\S/gu;

export function tokenize(text: string, offset: number): Token[] {
  const raw: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = offset + m.index!;
    const kind = /^\d/.test(t) && /^[\d,.\u00A0\u202F\u2009]+$/.test(t) ? 'number' : /[\p{L}\d]/u.test(t) ? 'word' : 'punct';
    raw.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, kind });
  }
  return mergeQuantities(raw, text, offset);
}

const VAGUE_BY_FIRST = new Map<string, { words: string[]; min: number }[]>();
for (const v of VAGUE_QUANTITIES) {
  const words = v.phrase.split(' ');
  const list = VAGUE_BY_FIRST.get(words[0]) ?? [];
  list.push({ words, min: v.min });
  list.sort((a, b) => b.words.length - a.words.length);
  VAGUE_BY_FIRST.set(words[0], list);
}

function matches(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.lower === w);
}

/** Reads a number at i: digits, number words, "a hundred", with scales; returns its value and length. */
function readNumber(tokens: Token[], i: number): { value: number; length: number } | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.kind === 'number') {
      if (any && current !== 0) break;
      current = Number(t.text.replace(/[,\u00A0\u202F\u2009]/g, ''));
      any = true;
      j++;
      continue;
    }
    const word = t.lower;
    const hyphen = /^([a-z]+)-([a-z]+)$/.exec(word);
    if (hyphen && NUMBER_WORDS[hyphen[1]] !== undefined && NUMBER_WORDS[hyphen[2]] !== undefined) {
      if (any && current % 100 !== 0) break;
      current += NUMBER_WORDS[hyphen[1]] + NUMBER_WORDS[hyphen[2]];
      any = true;
      j++;
      continue;
    }
    if (NUMBER_WORDS[word] !== undefined) {
      const v = NUMBER_WORDS[word];
      // "twenty one" combines; "two three" does not
      if (any && !(current % 10 === 0 && current % 100 !== 0 && v < 10 && current > 0) && !(current % 100 === 0 && current > 0)) break;
      current += v;
      any = true;
      j++;
      continue;
    }
    if (NUMBER_SCALES[word] !== undefined) {
      const scale = NUMBER_SCALES[word];
      if (!any) {
        // "a hundred", "a dozen"
        if (tokens[j - 1]?.lower === 'a' && j === i) { current = 1; any = true; } else break;
      }
      if (current === 0) current = 1;
      if (scale >= 1000) { total += current * scale; current = 0; } else current *= scale;
      j++;
      continue;
    }
    // "one hundred and five"
    if (word === 'and' && any && current % 100 === 0 && current > 0 && NUMBER_WORDS[tokens[j + 1]?.lower ?? ''] !== undefined) { j++; continue; }
    break;
  }
  if (!any) return null;
  return { value: Math.round(total + current), length: j - i };
}

function quantityToken(tokens: Token[], i: number, length: number, quantity: Quantity, text: string, offset: number): Token {
  const start = tokens[i].start;
  const end = tokens[i + length - 1].end;
  const written = text.slice(start - offset, end - offset);
  return { text: written, lower: written.toLowerCase(), start, end, kind: 'number', quantity };
}

/** "rose from 20 to 27" is an update of a toll, not a range. */
function isUpdateFrom(before: Token[]): boolean {
  if (before[before.length - 1]?.lower !== 'from') return false;
  return before.slice(-5, -1).some((t) => UPDATE_WORDS.has(t.lower) || t.lower === 'toll');
}

function mergeQuantities(tokens: Token[], text: string, offset: number): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const vague = VAGUE_BY_FIRST.get(tokens[i].lower)?.find((v) => matches(tokens, i, v.words));
    // "some 40 people": before a number the word is a qualifier, not a quantity
    if (vague && !readNumber(tokens, i + vague.words.length)) {
      out.push(quantityToken(tokens, i, vague.words.length, { min: vague.min, max: null, vague: true, range: false }, text, offset));
      i += vague.words.length;
      continue;
    }
    // "a hundred", "a dozen": the article belongs to the number
    const startsWithA = tokens[i].lower === 'a' && NUMBER_SCALES[tokens[i + 1]?.lower ?? ''] !== undefined;
    const n = startsWithA ? readNumber(tokens, i + 1) : readNumber(tokens, i);
    if (n) {
      const length = n.length + (startsWithA ? 1 : 0);
      // ranges: "between 20 and 30", "20 to 30", "20-30", "20 or 30"
      const after = i + length;
      const link = tokens[after]?.lower;
      const between = out[out.length - 1]?.lower === 'between';
      if (!isUpdateFrom(out) && (link === 'to' || link === '-' || link === '–' || link === 'or' || (link === 'and' && between)) && tokens[after + 1]) {
        const m = readNumber(tokens, after + 1);
        if (m && m.value > n.value) {
          if (between) out.pop();
          const first = between ? i - 1 : i;
          const merged = quantityToken(tokens, first, after + 1 + m.length - first, { min: n.value, max: m.value, vague: false, range: true }, text, offset);
          out.push(merged);
          i = after + 1 + m.length;
          continue;
        }
      }
      out.push(quantityToken(tokens, i, length, { min: n.value, max: n.value, vague: false, range: false }, text, offset));
      i += length;
      continue;
    }
    out.push(tokens[i]);
    i++;
  }
  return out;
}
