/**
 * Candidate names: runs of name-like tokens ("Kim Jong Un", "Korean Central News Agency"),
 * joined across "of"/"for" (and "of the") when the left part is an institution or a place head
 * ("Bank of England", "Gulf of Mexico", "Ministry of the Interior") and across "&" ("Procter & Gamble").
 * A token is name-like when its capital means something (mid-sentence, in a normal line), or,
 * where capitals say nothing (sentence start, headlines), when it is not a common English word
 * or is written capitalised mid-sentence elsewhere in the same document.
 */
import type { Token } from './name-tokens.js';
import { compromiseTags, isCommonWord } from '../rules/common-words.js';
import { TITLES } from '../rules/titles.js';
import { isOrgCue } from '../rules/org-cues.js';
import { isMajorPlace } from '../rules/gazetteer.js';

export interface Chunk {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** The words before the chunk end a title ("Secretary of State Ostap Vyrenko": the chunk is Ostap Vyrenko). */
  afterTitle?: boolean;
}

const TITLE_WORDS = new Set([...TITLES.filter((t) => !t.includes(' ')), 'prime', 'vice', 'deputy', 'acting', 'former']);
/**
 * Words never names on their own: months and weekdays are dates; "I" and contractions ("I'm", "We've")
 * are pronouns; compounds such as "ISIL-held", "U.S.-led", "Cold War-era" describe something else.
 */
const CONTRACTION = /['’](?:m|ve|re|ll|d|t)$/i;
const DESCRIBING = /-(?:held|based|led|backed|controlled|style|era|born|made|owned|run|linked|allied|affiliated|funded|sponsored|occupied|bound|wide|installed|appointed|speaking|registered|flagged|supported|dominated|language|majority)$/i;
/** Plural acronyms are things, not names ("IEDs", "NGOs", "UAVs"). */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const NEVER = (t: Token) =>
  t.text === 'I' || CONTRACTION.test(t.text) || DESCRIBING.test(t.text) || PLURAL_ACRONYM.test(t.text) || compromiseTags(t.lower).some((tag) => tag === 'Month' || tag === 'WeekDay');
/** Determiners, pronouns, prepositions and conjunctions: closed-class words, never a name on their own. */
const CLOSED_CLASS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'we', 'they', 'you', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'into', 'and', 'or', 'but', 'as', 'if', 'when', 'while', 'after', 'before', 'there', 'here', 'what', 'who', 'which', 'some', 'all', 'each', 'every', 'no', 'not']);
/** Lower-case particles inside names ("Charles de Gaulle", "Osama bin Laden", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'abu', 'al', 'el']);
/** An institution or a place head, which takes "of" ("Bank of England", "Gulf of Mexico"). */
const isInstitutionHead = (t: Token): boolean => isOrgCue(t.text) || PLACE_HEADS.has(t.lower);

/** Heads of place names that take "of" ("Gulf of Mexico", "Republic of Korea"). */
const PLACE_HEADS = new Set(['republic', 'kingdom', 'gulf', 'sea', 'bay', 'isle', 'isles', 'islands', 'strait', 'straits', 'cape', 'city', 'province', 'state', 'lake', 'mount', 'port', 'district', 'region', 'emirate', 'sultanate', 'principality', 'commonwealth', 'federation', 'duchy']);

/** A title with "-designate" or "-elect" is still a title ("Prime Minister-designate", "President-elect"). */
export function isTitleWord(t: Token): boolean {
  return TITLE_WORDS.has(t.lower.replace(/\.$/, '').replace(/-(?:designate|elect)$/, ''));
}

/**
 * Capitalised words that qualify a title written right after them: "Foreign Minister", "Special Envoy",
 * "Defense Secretary", "High Commissioner", "Press Secretary". They belong to the title, not to the
 * name before it ("UN Special Envoy" → UN; "Peruvian Foreign Minister" → the demonym Peruvian).
 */
const TITLE_MODIFIERS = new Set(['foreign', 'special', 'senior', 'high', 'defense', 'defence', 'interior', 'finance', 'press', 'home', 'health', 'justice', 'economy', 'trade', 'education', 'energy', 'environment', 'culture', 'information', 'labour', 'labor', 'agriculture', 'transport', 'presidential', 'executive', 'assistant', 'associate', 'managing', 'permanent', 'principal']);
/**
 * A portfolio after "<title> of" belongs to the title: "Secretary of State Ostap Vyrenko",
 * "Minister of Foreign Affairs", "Secretary of Defense Zoran Miletic", "Chief of Staff".
 */
const PORTFOLIOS = new Set(['state', 'defense', 'defence', 'foreign', 'affairs', 'interior', 'finance', 'justice', 'health', 'education', 'energy', 'commerce', 'labor', 'labour', 'agriculture', 'transportation', 'transport', 'homeland', 'security', 'veterans', 'trade', 'industry', 'culture', 'information', 'staff', 'war']);

/** Lower-cased words written capitalised mid-sentence, in normal lines, somewhere in the document. */
export function capitalisedInText(tokens: Token[]): Set<string> {
  const seen = new Set<string>();
  for (const t of tokens) if (t.cap && !t.sentenceStart && !t.shouting) seen.add(t.lower);
  return seen;
}

function nameLike(t: Token, seen: Set<string>): boolean {
  if (!t.cap || !/\p{L}/u.test(t.text) || NEVER(t) || isTitleWord(t)) return false;
  if ((!t.sentenceStart && !t.shouting) || t.table) return true;
  if (t.shouting && t.allCaps && t.text.length <= 3 && isCommonWord(t.lower)) return false;
  // a closed-class word ("The", "This", "In") is no name at a sentence start, even when the document
  // capitalises it mid-sentence inside a name ("by The Resistance Front")
  return !isCommonWord(t.lower) || (seen.has(t.lower) && (t.allCaps || !CLOSED_CLASS.has(t.lower)));
}

/**
 * Where capitals say nothing, a common word can still open a place name: "NEW YORK", "South Africa",
 * "KANSAS CITY" at a sentence start or in a headline. Two- and three-word phrases that the gazetteer
 * knows as a country, region or big city are name-like as a whole.
 */
function markPlacePhrases(text: string, tokens: Token[], like: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || !(t.sentenceStart || t.shouting)) continue;
    for (const n of [3, 2]) {
      const phrase = tokens.slice(i, i + n);
      if (phrase.length < n || phrase.every((_, k) => like[i + k]) || phrase.some((p, k) => !p.cap || p.line !== t.line || (k > 0 && text.slice(phrase[k - 1].end, p.start) !== ' ') || (k < n - 1 && p.possessive))) continue;
      if (isMajorPlace(text.slice(t.start, phrase[n - 1].end))) {
        for (let k = i; k < i + n; k++) like[k] = true;
        break;
      }
    }
  }
}

export function findChunks(text: string, tokens: Token[]): Chunk[] {
  const seen = capitalisedInText(tokens);
  // a currency prefix is no name ("US$2.5 million", "HK$40"), nor a social-media handle ("@VarskNews")
  const like = tokens.map((t) => nameLike(t, seen) && text[t.end] !== '$' && text[t.start - 1] !== '@');
  markPlacePhrases(text, tokens, like);
  const chunks: Chunk[] = [];
  // a possessive ends a name ("Russia’s Kursk"), unless the whole phrase is a known place ("Cox’s Bazar")
  const gapOk = (a: Token, b: Token) =>
    /^[ \t]*$/.test(text.slice(a.end + (a.possessive ? 2 : 0), b.start)) && a.line === b.line && (!a.possessive || isMajorPlace(text.slice(a.start, b.end)));
  let i = 0;
  while (i < tokens.length) {
    if (!like[i]) { i++; continue; }
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && like[j] && gapOk(tokens[j - 1], tokens[j])) { j++; continue; }
      // a particle or connector followed by a name-like word
      const link = tokens[j];
      const next = tokens[j + 1];
      if (link && next && like[j + 1] && gapOk(tokens[j - 1], link) && gapOk(link, next)) {
        const left = tokens.slice(i, j);
        if (PARTICLES.has(link.text) && !tokens[j - 1].allCaps) { j += 2; continue; }
        if (link.text === '&') { j += 2; continue; }
        if ((link.text === 'of' || link.text === 'for') && left.some(isInstitutionHead)) { j += 2; continue; }
      }
      // and across "of the": "Ministry of the Interior", "Department of the Treasury", "Republic of the Congo"
      const after = tokens[j + 2];
      if (link?.text === 'of' && next?.text === 'the' && after && like[j + 2] && gapOk(tokens[j - 1], link) && gapOk(link, next) && gapOk(next, after) && tokens.slice(i, j).some(isInstitutionHead)) {
        j += 3;
        continue;
      }
      // "&" written without spaces is inside the token already ("AT&T")
      break;
    }
    let from = i;
    let to = j;
    let afterTitle = false;
    if (from >= 2 && tokens[from - 1].text === 'of' && isTitleWord(tokens[from - 2]) && gapOk(tokens[from - 2], tokens[from - 1])) {
      let k = from;
      while (k < to && PORTFOLIOS.has(tokens[k].lower)) k++;
      if (k > from) { from = k; afterTitle = true; }
    }
    if (to < tokens.length && isTitleWord(tokens[to]) && gapOk(tokens[to - 1], tokens[to])) {
      while (to > from && TITLE_MODIFIERS.has(tokens[to - 1].lower) && !tokens[to - 1].possessive) to--;
    }
    if (to > from) {
      const chunk: Chunk = { from, to, start: tokens[from].start, end: tokens[to - 1].end, text: text.slice(tokens[from].start, tokens[to - 1].end) };
      if (afterTitle) chunk.afterTitle = true;
      chunks.push(chunk);
    }
    i = j;
  }
  return chunks;
}

/** Up to three lower-case link words between two candidates ("and the", "of", "for the"). */
const LINK_WORDS = new Set(['and', 'of', 'for', 'the', 'de', 'du', 'la', 'al', 'in', 'on', 'to']);
const LINK_GAP = new RegExp(`^ (?:(?:${[...LINK_WORDS].join('|')}) ){1,3}$`);
/** The longest such gap: three of the longest link words and their spaces. */
const LINK_GAP_MAX = 1 + 3 * (Math.max(...[...LINK_WORDS].map((w) => w.length)) + 1);

/**
 * Joins two candidates across lower-case link words when the whole is a name the caller knows
 * ("Islamic State of Iraq and the Levant", a lexicon's "Save the Children"): such names are written
 * with words a run of capitals stops at. A candidate also takes in the capitalised common word that
 * opens its sentence when the whole is a known name ("Human Rights Watch said", where "Human" alone
 * says nothing).
 */
export function joinKnownNames(text: string, tokens: Token[], chunks: Chunk[], known: (name: string) => boolean): Chunk[] {
  const out: Chunk[] = [];
  for (const found of chunks) {
    const chunk = withKnownOpener(text, tokens, found, known);
    const last = out[out.length - 1];
    if (last && chunk.start - last.end <= LINK_GAP_MAX && LINK_GAP.test(text.slice(last.end, chunk.start))) {
      const joined = text.slice(last.start, chunk.end);
      if (known(joined)) {
        out[out.length - 1] = { ...last, to: chunk.to, end: chunk.end, text: joined };
        continue;
      }
    }
    out.push(chunk);
  }
  return out;
}

/** The candidate with the capitalised word that opens its sentence, and link words between, when the whole is known. */
function withKnownOpener(text: string, tokens: Token[], chunk: Chunk, known: (name: string) => boolean): Chunk {
  for (let from = chunk.from - 1; from >= 0 && from >= chunk.from - 3; from--) {
    const t = tokens[from];
    if (text.slice(t.end, tokens[from + 1].start) !== ' ' || t.possessive) return chunk;
    if (t.cap && t.sentenceStart) {
      const whole = text.slice(t.start, chunk.end);
      return known(whole) ? { ...chunk, from, start: t.start, text: whole } : chunk;
    }
    if (!LINK_WORDS.has(t.text)) return chunk;
  }
  return chunk;
}
