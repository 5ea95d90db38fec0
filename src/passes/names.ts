/**
 * The names of a document, typed once and shared by the people, places and organisations passes:
 * tokens → candidate chunks → the first NAME_RULES rule that fits → document-level consistency.
 * Memoised per document, so asking for people and places costs one run.
 */
import type { ArticleDocument } from '../document/document.js';
import type { NameMention, NameType } from './types.js';
import { tokenize, type Token } from './name-tokens.js';
import { findChunks, isTitleWord, joinKnownNames } from './name-chunks.js';
import { isKnownOrganisation } from '../rules/org-cues.js';
import { foldName } from '../rules/gazetteer.js';
import { classify, type Candidate } from '../rules/name-rules.js';
import { makeConsistent, type Typed } from './refine/type-consistency.js';
import { shareListTypes } from './refine/coordination.js';
import { TITLES } from '../rules/titles.js';
import type { Lexicon } from '../rules/lexicon.js';

/** Lower-case words after a demonym that make it a body of people: "Iraqi (security) forces", "Syrian government". */
const DEMONYM_FORCES = /^(?: (?:security|government|armed|special|local|national|federal|regular|military|opposition|rebel|allied|coalition|pro-government|border|riot))* (?:forces|troops|army|military|police|government|navy|authorities|militias?|rebels|regime)\b/;
/** After a person's name, "regime" (with its possessive and up to two lower-case words between) names the regime: "the Varsk regime", "Varsk’s brutal regime"; not "regime change". */
const PERSON_REGIME = /^(?:['’]s)?(?: [\p{Ll}-]+){0,2} regime\b(?! change)/u;

const cache = new WeakMap<ArticleDocument, NameMention[]>();
const TWO_WORD_TITLES = new Set(TITLES.filter((t) => t.includes(' ')));

export function documentNames(doc: ArticleDocument): NameMention[] {
  let names = cache.get(doc);
  if (!names) {
    names = findNames(doc);
    cache.set(doc, names);
  }
  return names;
}

function findNames(doc: ArticleDocument): NameMention[] {
  const { text } = doc;
  const tokens = tokenize(text);
  const compromise = compromiseTyper(compromiseSpans(doc));
  const typed: Typed[] = [];
  const lexiconNames = lexiconNameSet(doc.lexicon);
  const known = (name: string) => isKnownOrganisation(name) || (lexiconNames.size > 0 && lexiconNames.has(foldName(name)));
  for (const chunk of joinKnownNames(text, tokens, findChunks(text, tokens), known)) {
    const words = tokens.slice(chunk.from, chunk.to);
    const sameLine = (t: Token | undefined) => (t && t.line === words[0].line ? t : null);
    const prev = sameLine(tokens[chunk.from - 1]);
    const prev2 = sameLine(tokens[chunk.from - 2]);
    const next = tokens[chunk.to] && tokens[chunk.to].line === words[words.length - 1].line ? tokens[chunk.to] : null;
    const candidate: Candidate = {
      text: chunk.text,
      words,
      prev,
      prev2,
      next,
      gapBefore: prev ? text.slice(prev.end, chunk.start) : '',
      gapAfter: next ? text.slice(chunk.end, next.start) : '',
      compromise: compromise(chunk.start, chunk.end),
      lexicon: doc.lexicon,
      lineBefore: lineBefore(text, chunk.start),
      lineAfter: lineAfter(text, chunk.end),
      afterTitle: chunk.afterTitle === true || (prev !== null && (isTitleWord(prev) || (prev2 !== null && TWO_WORD_TITLES.has(`${prev2.lower} ${prev.lower}`)))),
    };
    const rule = classify(candidate);
    const forces = rule.name === 'rule:demonym' ? DEMONYM_FORCES.exec(candidate.lineAfter) : null;
    if (forces) {
      // "Iraqi security forces": a demonym before a body of armed or governing people names that body
      const end = chunk.end + forces[0].length;
      typed.push({ start: chunk.start, end, text: text.slice(chunk.start, end), type: 'organization', via: 'rule:demonym-forces', strong: true });
      continue;
    }
    const regime = rule.type === 'person' ? PERSON_REGIME.exec(text.slice(chunk.end, chunk.end + LINE_CONTEXT)) : null;
    if (regime) {
      // "the Varsk regime": the government a person leads, an organisation
      const end = chunk.end + regime[0].length;
      typed.push({ start: chunk.start, end, text: text.slice(chunk.start, end), type: 'organization', via: 'rule:person-regime', strong: true });
      continue;
    }
    typed.push({ start: chunk.start, end: chunk.end, text: chunk.text, type: rule.type, via: rule.name, strong: rule.strong });
  }
  return shareListTypes(text, makeConsistent(typed)).flatMap((t) =>
    t.type ? [{ start: t.start, end: t.end, text: t.text, type: t.type, via: t.via }] : [],
  );
}

const lexiconNameSets = new WeakMap<Lexicon, Set<string>>();

/** The folded names of a lexicon, made once per lexicon (every document of a run shares it). */
function lexiconNameSet(lexicon: Lexicon): Set<string> {
  let names = lexiconNameSets.get(lexicon);
  if (!names) {
    names = new Set([...lexicon.people, ...lexicon.organizations, ...lexicon.places.map((p) => p.name)].map(foldName));
    lexiconNameSets.set(lexicon, names);
  }
  return names;
}

/** At most LINE_CONTEXT characters of the line around a candidate: enough for the line rules, linear on huge lines. */
const LINE_CONTEXT = 200;

function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - LINE_CONTEXT);
  const piece = text.slice(from, at);
  const nl = piece.lastIndexOf('\n');
  return nl >= 0 ? piece.slice(nl + 1) : piece;
}

function lineAfter(text: string, at: number): string {
  const piece = text.slice(at, at + LINE_CONTEXT);
  const nl = piece.indexOf('\n');
  return nl >= 0 ? piece.slice(0, nl) : piece;
}

interface TypedSpan { start: number; end: number; type: NameType }

/**
 * compromise's own person, place and organisation spans (its tagger ran in the one shared parse).
 * Offsets are computed once for the document and read from the matched terms, rather than asking
 * each view for JSON (which recomputes them).
 */
function compromiseSpans(doc: ArticleDocument): TypedSpan[] {
  type Term = { offset?: { start: number; length: number } };
  type View = { docs: Term[][] };
  type Parsed = { compute(what: string): void; people(): View; places(): View; organizations(): View };
  const spans: TypedSpan[] = [];
  for (const chunk of doc.nlpChunks) {
    const nlpDoc = chunk.view as unknown as Parsed;
    nlpDoc.compute('offset');
    const views: Array<[View, NameType]> = [
      [nlpDoc.people(), 'person'],
      [nlpDoc.places(), 'place'],
      [nlpDoc.organizations(), 'organization'],
    ];
    for (const [view, type] of views) {
      for (const terms of view.docs) {
        const first = terms[0]?.offset;
        const last = terms[terms.length - 1]?.offset;
        if (first && last) spans.push({ start: chunk.offset + first.start, end: chunk.offset + last.start + last.length, type });
      }
    }
  }
  return spans;
}

/**
 * The type of the compromise span that overlaps [start, end) the most, if any. Candidates are asked
 * in text order, so one sweep over the spans sorted by start serves them all (linear per document).
 */
function compromiseTyper(spans: TypedSpan[]): (start: number, end: number) => NameType | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let first = 0;
  return (start, end) => {
    while (first < sorted.length && sorted[first].end <= start && sorted[first].start < start) first++;
    let best: TypedSpan | null = null;
    let bestOverlap = 0;
    for (let i = first; i < sorted.length && sorted[i].start < end; i++) {
      const overlap = Math.min(end, sorted[i].end) - Math.max(start, sorted[i].start);
      if (overlap > bestOverlap) { best = sorted[i]; bestOverlap = overlap; }
    }
    return best?.type ?? null;
  };
}
