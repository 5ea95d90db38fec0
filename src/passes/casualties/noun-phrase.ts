/**
 * The victims of a casualty word, read as a noun phrase on either side of it:
 * "at least 600 North Korean soldiers", "a Taliban leader and two associates", "several of them",
 * "two paramedics and their patient". Coordinated parts add up; appositions ("the man, a facilitator,")
 * and subsets (", including five children,") do not.
 */
import { QUALIFIERS, DEFINITES, PRONOUNS, PHRASE_BREAKS, NON_PERSON_HEADS, PERSON_PLURALS, PERSON_PLURAL_ENDINGS, PERSON_SINGULARS, ADDITIVE_MARKERS, NEGATORS } from '../../rules/casualty-words.js';
import { BARE_PLURAL_MIN } from '../../rules/casualty-vague.js';
import type { Token } from './tokens.js';

export type PartKind = 'quantity' | 'singular' | 'definite' | 'pronoun' | 'name' | 'bare';

export interface Part {
  kind: PartKind;
  count: number;
  min: number;
  max: number | null;
  vague: boolean;
  qualifier: string | null;
  /** Token index of the first token (qualifier included) and just past the last. */
  first: number;
  last: number;
  /** Token index where the group words start (after quantity and determiner), or -1 when none. */
  groupFirst: number;
  /** Lower-case head noun that says what the victims are ("leader" in "the Taliban leader Alaudin"). */
  head: string | null;
  additive: boolean;
  /** "two of the men", "one of his associates": some of people already spoken of. */
  partitive?: boolean;
  /** "killing all three": the whole of people already spoken of, told with their number. */
  whole?: boolean;
}

export interface Phrase {
  parts: Part[];
  first: number;
  last: number;
}

/** Tells the phrase reader which tokens start a casualty word and which are place names. */
export interface PhraseContext {
  isTrigger(index: number): boolean;
  /** A casualty noun that can also head a phrase ("four hostages", "12 bodies"). */
  isNounTrigger?(index: number): boolean;
  isPlace(start: number, end: number): boolean;
}

const QUALIFIER_WORDS = QUALIFIERS.map((q) => ({ ...q, words: q.phrase.split(' ') })).sort((a, b) => b.words.length - a.words.length);

const isCapitalized = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const isWord = (t: Token | undefined) => !!t && t.kind === 'word';
const participleLike = (w: string) => /(?:ing|ed)$/.test(w) && !PERSON_PLURALS.has(w);

export function isPersonPlural(word: string): boolean {
  if (NON_PERSON_HEADS.has(word)) return false;
  return PERSON_PLURALS.has(word) || PERSON_PLURAL_ENDINGS.some((e) => word.endsWith(e));
}

const isPlural = (word: string) => PERSON_PLURALS.has(word) || (/[^s]s$/.test(word) && !/(?:ss|us|is)$/.test(word));

/** Qualifier ending just before token i ("at least" before "600"), or null. */
export function qualifierBefore(tokens: Token[], i: number): { phrase: string; effect: string; length: number } | null {
  for (const q of QUALIFIER_WORDS) {
    const from = i - q.words.length;
    if (from < 0) continue;
    if (q.words.every((w, k) => tokens[from + k]?.lower === w)) return { phrase: q.phrase, effect: q.effect, length: q.words.length };
  }
  return null;
}

function qualifierAt(tokens: Token[], i: number): { phrase: string; effect: string; length: number } | null {
  for (const q of QUALIFIER_WORDS) {
    if (q.words.every((w, k) => tokens[i + k]?.lower === w) && tokens[i + q.words.length]?.quantity) {
      return { phrase: q.phrase, effect: q.effect, length: q.words.length };
    }
  }
  return null;
}

/** min, max and count of a written quantity under its qualifier; see docs/casualties.md. */
export function applyQualifier(q: NonNullable<Token['quantity']>, effect: string | null): Pick<Part, 'count' | 'min' | 'max' | 'vague'> {
  if (q.vague) return { count: q.min, min: q.min, max: null, vague: true };
  const n = q.min;
  if (q.range) return { count: q.min, min: q.min, max: q.max, vague: false };
  switch (effect) {
    case 'atLeast': return { count: n, min: n, max: null, vague: false };
    case 'moreThan': return { count: n + 1, min: n + 1, max: null, vague: false };
    case 'upTo': return { count: n, min: Math.min(1, n), max: n, vague: false };
    case 'lessThan': return { count: Math.max(n - 1, 0), min: Math.min(1, n - 1), max: Math.max(n - 1, 0), vague: false };
    default: return { count: n, min: n, max: n, vague: false };
  }
}

const one = { count: 1, min: 1, max: 1, vague: false };
const barePlural = { count: BARE_PLURAL_MIN, min: BARE_PLURAL_MIN, max: null, vague: true };

/** Group words from index j rightwards: modifiers and head, stopping at breaks, casualty words and punctuation. */
function readWordsRight(tokens: Token[], j: number, ctx: PhraseContext): number {
  let k = j;
  for (;;) {
    if (k >= tokens.length || k - j >= 8) break;
    // "an Islamic Movement of Uzbekistan facilitator": "of" inside a capitalised name
    if (tokens[k].lower === 'of' && k > j && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1])) { k++; continue; }
    if (!isWord(tokens[k]) || PHRASE_BREAKS.has(tokens[k].lower) || DEFINITES.has(tokens[k].lower) || tokens[k].lower === 'a' || tokens[k].lower === 'an') break;
    if (ctx.isTrigger(k) && !ctx.isNounTrigger?.(k)) break;
    k++;
  }
  // a participle cannot be the head: "two insurgents attempting to flee", "three men detained"
  while (k > j && (participleLike(tokens[k - 1].lower) || /ly$/.test(tokens[k - 1].lower)) && !isCapitalized(tokens[k - 1])) k--;
  return k;
}

function headOf(tokens: Token[], from: number, to: number): string | null {
  if (to <= from) return null;
  for (let k = to - 1; k >= from; k--) if (!isCapitalized(tokens[k]) || k === from) {
    if (!isCapitalized(tokens[k])) return tokens[k].lower;
  }
  return tokens[to - 1].lower;
}

/** One part of a phrase starting at token i, or null when it names no people. */
export function partRight(tokens: Token[], i: number, ctx: PhraseContext): Part | null {
  let j = i;
  const whole = tokens[j]?.lower === 'all' && !!tokens[j + 1]?.quantity;
  if (whole) j++;
  const qualifier = qualifierAt(tokens, j);
  const first = i;
  if (qualifier) j += qualifier.length;
  const t = tokens[j];
  if (!t) return null;
  let kind: PartKind;
  let figure: Pick<Part, 'count' | 'min' | 'max' | 'vague'>;
  let additive = false;
  let partitive = false;
  if (t.quantity) {
    kind = 'quantity';
    figure = applyQualifier(t.quantity, qualifier?.effect ?? null);
    j++;
    if (tokens[j]?.lower === 'of') {
      const next = tokens[j + 1]?.lower ?? '';
      if (next === 'them' || next === 'those' || next === 'these' || next === 'us' || next === 'whom') {
        return { kind, ...figure, qualifier: qualifier?.phrase ?? null, first, last: j + 2, groupFirst: -1, head: null, additive, whole };
      }
      if (DEFINITES.has(next)) {
        j += 2;
        // "two of the men" are some of people spoken of; "three of his associates" are new
        partitive = next === 'the' || next === 'these' || next === 'those';
      }
      else if (t.quantity.vague || /^(?:dozen|hundred|thousand|million)s?$/.test(t.lower.split(' ').pop() ?? '')) j += 1;
      else return null;
    }
  } else if (t.lower === 'a' || t.lower === 'an' || t.lower === 'another' || t.lower === 'single') {
    kind = 'singular';
    figure = one;
    additive = t.lower === 'another';
    j++;
    if (tokens[j]?.lower === 'single') j++;
  } else if (PRONOUNS[t.lower] && !(t.lower === 'her' && isWord(tokens[j + 1]) && !PHRASE_BREAKS.has(tokens[j + 1].lower))) {
    // "they", "them" stand for people counted or not yet counted: no figure of their own
    if (PRONOUNS[t.lower] === 'plural') return null;
    return { kind: 'pronoun', ...(PRONOUNS[t.lower] === 'singular' ? one : barePlural), qualifier: null, first, last: j + 1, groupFirst: -1, head: null, additive };
  } else if (DEFINITES.has(t.lower)) {
    kind = 'definite';
    figure = one;
    j++;
  } else if (isCapitalized(t) && !PHRASE_BREAKS.has(t.lower)) {
    kind = 'name';
    figure = one;
  } else if (isWord(t) && !PHRASE_BREAKS.has(t.lower)) {
    kind = 'bare';
    figure = barePlural;
  } else return null;
  if (qualifier && kind !== 'quantity') return null;
  const groupFirst = j;
  const end = readWordsRight(tokens, j, ctx);
  const words = tokens.slice(groupFirst, end);
  if (words.some((w) => ADDITIVE_MARKERS.has(w.lower))) additive = true;
  const head = headOf(tokens, groupFirst, end);
  if (head && NON_PERSON_HEADS.has(head)) return null;
  if (words.length === 0 && kind !== 'quantity') return null;
  // "Taliban leader Mullah Abdul Rahman", "insurgent commander Fayez Jan": a role and a name, one person
  const titledName = (kind === 'name' || kind === 'bare') && words.length > 1 && isCapitalized(words[words.length - 1])
    && words.some((w) => !isCapitalized(w) && !isPlural(w.lower));
  if (titledName) {
    kind = 'name';
    figure = one;
  } else if (kind === 'name') {
    if (!words.every(isCapitalized) || ctx.isPlace(tokens[groupFirst].start, tokens[end - 1].end)) return null;
  }
  if (kind === 'bare') {
    if (!head || !isPersonPlural(head)) return null;
  }
  if (kind === 'definite' && head && isPlural(head) && !isCapitalized(tokens[end - 1])) {
    if (!isPersonPlural(head)) return null;
    figure = barePlural;
  }
  // "the company arrested its decline", "captured a bridge": not people
  if ((kind === 'definite' || kind === 'singular') && head && !isPlural(head) && !isCapitalized(tokens[end - 1]) && !isPersonNoun(head)) return null;
  return {
    kind, ...figure, qualifier: qualifier?.phrase ?? null, first, last: end, groupFirst: words.length ? groupFirst : -1, head, additive, partitive, whole,
  };
}

/** A singular head is a person when listed or when its plural ends like a person noun ("leader", "insurgent"). */
export function isPersonNoun(word: string): boolean {
  if (NON_PERSON_HEADS.has(word)) return false;
  return PERSON_SINGULARS.has(word) || isPersonPlural(`${word}s`) || /-year-old$/.test(word);
}

/** A conjunct after "and" starts with a number, an article or a possessive, or is a name; "and the force" is not a victim. */
const startsPart = (t: Token | undefined) =>
  !!t && (!!t.quantity || ['a', 'an', 'another', 'his', 'her', 'their'].includes(t.lower) || (isCapitalized(t) && !DEFINITES.has(t.lower)));

/** The whole phrase starting at token i: parts joined by "and", commas and "as well as"; appositions skipped. */
export function phraseRight(tokens: Token[], i: number, ctx: PhraseContext): Phrase | null {
  const firstPart = partRight(tokens, i, ctx);
  if (!firstPart) return null;
  const parts = [firstPart];
  let j = firstPart.last;
  for (;;) {
    // apposition: "the man, an explosives facilitator, and three others"; "the Taliban leader, Alaudin."
    if (tokens[j]?.lower === ',' && startsPart(tokens[j + 1]) && !tokens[j + 1].quantity) {
      const appo = partRight(tokens, j + 1, ctx);
      if (appo && (tokens[appo.last]?.lower === ',' || tokens[appo.last]?.lower === '.' || appo.last >= tokens.length)) {
        j = tokens[appo.last]?.lower === ',' ? appo.last : appo.last;
        if (tokens[j]?.lower !== ',') break;
      }
    }
    let k = j;
    if (tokens[k]?.lower === ',') k++;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'plus') k++;
    else if (tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as') k += 3;
    else if ((tokens[k]?.lower === 'along' || tokens[k]?.lower === 'together') && tokens[k + 1]?.lower === 'with') k += 2;
    else if (!(k > j && tokens[k]?.quantity)) break;
    if (k === j || !startsPart(tokens[k]) || ctx.isTrigger(k)) break;
    const next = partRight(tokens, k, ctx);
    if (!next) break;
    parts.push(next);
    j = next.last;
  }
  return { parts, first: i, last: parts[parts.length - 1].last };
}

/** One part of a phrase ending at token k (inclusive), read leftwards, or null. */
export function partLeft(tokens: Token[], k: number, ctx: PhraseContext): Part | null {
  let end = k + 1;
  // a subset between commas before the verb: "20 people, including five children, were killed"
  // or an apposition: "Muhammad Yah, a senior Taliban commander in the area, was killed"
  if (tokens[k]?.lower === ',') {
    let c = k - 1;
    while (c >= 0 && c > k - 16 && tokens[c].lower !== ',' && tokens[c].lower !== '\n') c--;
    const opener = tokens[c + 1]?.lower ?? '';
    if (c < 1 || tokens[c].lower !== ',' || !['including', 'among', 'a', 'an', 'the'].includes(opener)) return null;
    end = c;
  }
  // "two of the wounded later died", "the two wounded were detained": a casualty word used as a noun
  if (ctx.isTrigger(k) && tokens[k].kind === 'word') {
    if (tokens[k - 1]?.quantity) {
      const q = tokens[k - 1].quantity!;
      return { kind: 'quantity', ...applyQualifier(q, null), qualifier: null, first: k - 1, last: k + 1, groupFirst: k, head: tokens[k].lower, additive: false };
    }
    if (DEFINITES.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'of' && tokens[k - 3]?.quantity) {
      const q = tokens[k - 3].quantity!;
      return { kind: 'quantity', ...applyQualifier(q, null), qualifier: null, first: k - 3, last: k + 1, groupFirst: k, head: tokens[k].lower, additive: false };
    }
  }
  let s = end;
  while (s > 0 && end - s < 6 && isWord(tokens[s - 1]) && !PHRASE_BREAKS.has(tokens[s - 1].lower) && !DEFINITES.has(tokens[s - 1].lower)
    && !ctx.isTrigger(s - 1) && tokens[s - 1].lower !== 'a' && tokens[s - 1].lower !== 'an' && tokens[s - 1].lower !== 'another' && !PRONOUNS[tokens[s - 1].lower]) s--;
  const words = tokens.slice(s, end);
  const head = headOf(tokens, s, end);
  if (head && NON_PERSON_HEADS.has(head)) return null;
  // "An engagement followed and the insurgent was killed": a verb is not a head
  if (words.length && participleLike(words[words.length - 1].lower) && !isCapitalized(words[words.length - 1])) return null;
  const additive = words.some((w) => ADDITIVE_MARKERS.has(w.lower));
  const b = tokens[s - 1];
  const groupFirst = words.length ? s : -1;
  // "dozens of casualties", "hundreds of people"; but "12 percent of patients" is not a count of patients
  if (b?.lower === 'of') {
    const q = tokens[s - 2];
    if (!q?.quantity || !(q.quantity.vague || /(?:dozen|hundred|thousand|million)s?$/.test(q.lower))) return null;
    let first = s - 2;
    const qual = qualifierBefore(tokens, first);
    if (qual) first -= qual.length;
    return { kind: 'quantity', ...applyQualifier(q.quantity, qual?.effect ?? null), qualifier: qual?.phrase ?? null, first, last: end, groupFirst, head, additive };
  }
  if (b?.quantity) {
    let first = s - 1;
    const q = qualifierBefore(tokens, first);
    if (q) first -= q.length;
    return { kind: 'quantity', ...applyQualifier(b.quantity, q?.effect ?? null), qualifier: q?.phrase ?? null, first, last: end, groupFirst, head, additive };
  }
  if (b && (b.lower === 'a' || b.lower === 'an' || b.lower === 'another')) {
    // "three aid workers with a national NGO": the phrase before the preposition holds the count
    const outer = outerPart(tokens, s - 1, end, ctx);
    if (outer) return outer;
    if (!words.length || (head && !isCapitalized(tokens[end - 1]) && !isPersonNoun(head))) return null;
    return { kind: 'singular', ...one, qualifier: null, first: s - 1, last: end, groupFirst, head, additive: additive || b.lower === 'another' };
  }
  if (b && DEFINITES.has(b.lower) && words.length) {
    // "two of the men"
    const q = tokens[s - 3];
    if (tokens[s - 2]?.lower === 'of' && q?.quantity) {
      const qual = qualifierBefore(tokens, s - 3);
      const partitive = b.lower === 'the' || b.lower === 'these' || b.lower === 'those';
      return { kind: 'quantity', ...applyQualifier(q.quantity, qual?.effect ?? null), qualifier: qual?.phrase ?? null, first: s - 3 - (qual?.length ?? 0), last: end, groupFirst, head, additive, partitive };
    }
    // "two suspected associates of the weapons dealer": the phrase before "of" holds the count
    const outer = outerPart(tokens, s - 1, end, ctx);
    if (outer) return outer;
    if (head && !isPlural(head) && !isCapitalized(tokens[end - 1]) && !isPersonNoun(head)) return null;
    const figure = head && isPlural(head) && !isCapitalized(tokens[end - 1]) ? barePlural : one;
    return { kind: 'definite', ...figure, qualifier: null, first: s - 1, last: end, groupFirst, head, additive };
  }
  if (!words.length) {
    if (b && PRONOUNS[b.lower]) {
      // "several of them were detained"
      const q = tokens[s - 3];
      if (tokens[s - 2]?.lower === 'of' && q?.quantity) {
        return { kind: 'quantity', ...applyQualifier(q.quantity, null), qualifier: null, first: s - 3, last: end, groupFirst: -1, head: null, additive };
      }
      if (PRONOUNS[b.lower] === 'plural') return null;
      return { kind: 'pronoun', ...one, qualifier: null, first: s - 1, last: end, groupFirst: -1, head: null, additive };
    }
    return null;
  }
  if (words.every(isCapitalized)) {
    if (ctx.isPlace(words[0].start, words[words.length - 1].end)) return null;
    // a title-case headline phrase is not a name unless it ends in a plural noun: "Two Insurgents Detained"
    if (head && isPersonPlural(head)) return { kind: 'bare', ...barePlural, qualifier: null, first: s, last: end, groupFirst, head, additive };
    return { kind: 'name', ...one, qualifier: null, first: s, last: end, groupFirst, head, additive };
  }
  if (head && isPersonPlural(head)) return { kind: 'bare', ...barePlural, qualifier: null, first: s, last: end, groupFirst, head, additive };
  return null;
}

const POSTMODIFIER_PREPOSITIONS = new Set(['of', 'with', 'from']);

/** The counted phrase before a prepositional phrase starting at token `first`: "two associates | of the dealer". */
function outerPart(tokens: Token[], first: number, end: number, ctx: PhraseContext): Part | null {
  if (!POSTMODIFIER_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') || !isWord(tokens[first - 2])) return null;
  const outer = partLeft(tokens, first - 2, ctx);
  return outer && (outer.kind === 'quantity' || outer.kind === 'singular') ? { ...outer, last: end } : null;
}

/** The whole phrase ending at token k: parts joined by "and" read leftwards ("two paramedics and their patient"). */
export function phraseLeft(tokens: Token[], k: number, ctx: PhraseContext): Phrase | null {
  const lastPart = partLeft(tokens, k, ctx);
  if (!lastPart) return null;
  const parts = [lastPart];
  let s = lastPart.first;
  while ((tokens[s - 1]?.lower === 'and' || tokens[s - 1]?.lower === 'or') && s - 2 >= 0 && !ctx.isTrigger(s - 2)) {
    const prev = partLeft(tokens, s - 2, ctx);
    if (!prev || prev.kind === 'bare' || prev.kind === 'name') break;
    parts.unshift(prev);
    s = prev.first;
  }
  return { parts, first: s, last: lastPart.last };
}

/** True when the phrase starting at token i is denied: "no civilians", "none of its service members". */
export function negatedBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev && NEGATORS.has(prev)) return true;
  if (NEGATORS.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'nobody') return true;
  return tokens[i - 1]?.lower === 'of' && (tokens[i - 2]?.lower === 'none' || tokens[i - 2]?.lower === 'neither');
}
