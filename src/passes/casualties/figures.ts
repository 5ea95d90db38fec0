/**
 * Casualty figures in one sentence: finds each casualty word (src/rules/casualty-triggers.ts) and
 * reads its victims on the side its kind says, then checks for denial and hypotheticals.
 */
import type { Casualty } from '../../schema.js';
import { TRIGGERS, type Trigger } from '../../rules/casualty-triggers.js';
import { AUXILIARIES, MODALS, NEGATORS, ADDITIVE_MARKERS, TOLL_LINKS, UPDATE_WORDS } from '../../rules/casualty-words.js';
import { applyQualifier, isPersonNoun, isPersonPlural, negatedBefore, phraseLeft, phraseRight, qualifierBefore, type Phrase, type PhraseContext } from './noun-phrase.js';
import type { Token } from './tokens.js';

/** A figure before date, place and source are attached. */
export interface RawFigure extends Pick<Casualty, 'category' | 'count' | 'min' | 'max' | 'vague' | 'qualifier'> {
  /** UTF-16 offsets of the figure's text (victims and casualty word). */
  start: number;
  end: number;
  /** UTF-16 offsets of the group as written, or null. */
  groupStart: number | null;
  groupEnd: number | null;
  /** Every part points back to people already counted ("the insurgents", "he", a name). */
  anaphoric: boolean;
  /** Marked as new people: "also detained", "two additional suspects", "three others". */
  additive: boolean;
  /** A toll update ("rose to 27"): earlier figures of its category are superseded. */
  update: boolean;
  /** Written as the old value of an update ("up from 20"). */
  old: boolean;
  /** A plural with no quantity ("insurgents were detained"). */
  bare: boolean;
  /** Some part points back to people named before ("the leader and three associates"). */
  pointsBack: boolean;
  /** Told as the deed of an attack the text looks back on: "linked to an attack that killed four soldiers". */
  background: boolean;
  /** A running count over a period ("over the past 24 hours", "since the first of the year"). */
  aggregate: boolean;
  /** Token index of the casualty word, to order figures within the sentence. */
  trigger: number;
  via: string;
}

const BY_FIRST = new Map<string, { words: string[]; trigger: Trigger }[]>();
for (const trigger of TRIGGERS) {
  const words = trigger.words.split(' ');
  const list = BY_FIRST.get(words[0]) ?? [];
  list.push({ words, trigger });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST.set(words[0], list);
}

interface Match { trigger: Trigger; index: number; length: number }

function matchTriggers(tokens: Token[]): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = BY_FIRST.get(tokens[i].lower)?.find((c) => c.words.every((w, k) => tokens[i + k]?.lower === w));
    if (!hit) continue;
    out.push({ trigger: hit.trigger, index: i, length: hit.words.length });
    i += hit.words.length - 1;
  }
  return out;
}

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', 'getting', 'remain', 'remained', 'remains', 'left']);
const CLAUSE_START = new Set([',', ';', ':', '–', '—', '-', '(', '"', '“', '\n', 'and']);

interface Chain { from: number; be: boolean; negated: boolean; hypothetical: boolean; also: boolean }

/** The auxiliaries and adverbs right before token i ("could have been", "were not", "also"). */
function chainBefore(tokens: Token[], i: number): Chain {
  let k = i;
  const chain: Chain = { from: i, be: false, negated: false, hypothetical: false, also: false };
  while (k > 0 && i - k < 6) {
    const w = tokens[k - 1].lower;
    if (AUXILIARIES.has(w) || BE.has(w) || NEGATORS.has(w) || MODALS.has(w) || w === 'to') {
      if (BE.has(w)) chain.be = true;
      if (NEGATORS.has(w)) chain.negated = true;
      // "to" makes a plan of a base verb ("plans to detain"), not of a gerund ("in addition to detaining")
      if (MODALS.has(w) || (w === 'to' && !/ing$/.test(tokens[i].lower))) chain.hypothetical = true;
      if (w === 'also') chain.also = true;
      k--;
    } else break;
  }
  chain.from = k;
  // "he was engaged and killed": the passive of the first verb carries over
  if (k === i && tokens[k - 1]?.lower === 'and' && /ed$/.test(tokens[k - 2]?.lower ?? '')) {
    const first = chainBefore(tokens, k - 2);
    if (first.be) return first;
  }
  return chain;
}

const HELD_VERBS = new Set(['took', 'take', 'takes', 'taking', 'taken', 'seized', 'holding', 'held', 'hold', 'holds']);
export const HELD_AS = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners']);

/** "gunmen took 40 guests hostage", "are holding two aid workers captive": the victims stand between verb and role. */
function heldFigures(tokens: Token[], ctx: PhraseContext): RawFigure[] {
  const out: RawFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!HELD_VERBS.has(tokens[i].lower)) continue;
    const chain = chainBefore(tokens, i);
    if (chain.negated || chain.hypothetical) continue;
    const phrase = phraseRight(tokens, i + 1, ctx);
    if (!phrase) continue;
    // the role word may have been read as the head: "40 guests hostage"
    const lastPart = phrase.parts[phrase.parts.length - 1];
    if (HELD_AS.has(tokens[phrase.last - 1]?.lower ?? '') && lastPart.last - 1 > Math.max(lastPart.groupFirst, lastPart.first)) {
      lastPart.last -= 1;
      phrase.last -= 1;
    }
    if (!HELD_AS.has(tokens[phrase.last]?.lower ?? '')) continue;
    const part = phrase.parts[0];
    const sum = phrase.parts.reduce((a, p) => ({ count: a.count + p.count, min: a.min + p.min, max: a.max === null || p.max === null ? null : a.max + p.max }), { count: 0, min: 0, max: 0 as number | null });
    out.push({
      category: 'captured', ...sum, vague: phrase.parts.some((p) => p.vague), qualifier: part.qualifier,
      start: tokens[i].start, end: tokens[phrase.last].end,
      groupStart: part.groupFirst >= 0 ? tokens[part.groupFirst].start : null, groupEnd: part.groupFirst >= 0 ? tokens[phrase.parts[phrase.parts.length - 1].last - 1].end : null,
      anaphoric: phrase.parts.every((p) => p.kind === 'definite' || p.kind === 'pronoun' || p.kind === 'name'), additive: false, update: false, old: false,
      bare: phrase.parts.length === 1 && part.kind === 'bare', pointsBack: false, background: false, aggregate: false, trigger: i, via: 'held-as',
    });
    i = phrase.last;
  }
  return out;
}

export function findFigures(tokens: Token[], ctx: Omit<PhraseContext, 'isTrigger'>): RawFigure[] {
  const matches = matchTriggers(tokens);
  const triggerAt = new Set<number>();
  for (const m of matches) for (let k = 0; k < m.length; k++) triggerAt.add(m.index + k);
  const nounAt = new Set(matches.filter((m) => m.trigger.kind === 'state' && m.length === 1 && /s$/.test(m.trigger.words)).map((m) => m.index));
  const pctx: PhraseContext = { ...ctx, isTrigger: (i) => triggerAt.has(i), isNounTrigger: (i) => nounAt.has(i) };
  const figures: RawFigure[] = [];
  const used = new Set<string>();
  /** Token indices inside the phrases of figures already read: a casualty noun there is a head ("executed four hostages"). */
  const covered = new Set<number>();
  const firstAlso = tokens.findIndex((t) => t.lower === 'also' || t.lower === 'additionally');
  const sentenceAlso = (i: number) => firstAlso >= 0 && firstAlso < i;
  const aggregate = CUMULATIVE.test(tokens.map((t) => t.lower).join(' '));

  const emit = (m: Match, phrase: Phrase, via: string, extra: Partial<RawFigure> = {}) => {
    // one number may tell two things ("the two wounded were detained"), but not twice the same thing
    if (phrase.parts.some((p) => used.has(`${p.first}|${m.trigger.category}`))) return;
    const first = Math.min(phrase.first, m.index);
    const last = Math.max(phrase.last, m.index + m.length);
    const withGroup = phrase.parts.find((p) => p.groupFirst >= 0 && !onlyMarkers(tokens, p.groupFirst, p.last));
    const lastGroupPart = [...phrase.parts].reverse().find((p) => p.groupFirst >= 0);
    const sum = phrase.parts.reduce(
      (acc, p) => ({ count: acc.count + p.count, min: acc.min + p.min, max: acc.max === null || p.max === null ? null : acc.max + p.max }),
      { count: 0, min: 0, max: 0 as number | null },
    );
    for (const p of phrase.parts) used.add(`${p.first}|${m.trigger.category}`);
    for (let k = phrase.first; k < phrase.last; k++) covered.add(k);
    figures.push({
      category: m.trigger.category,
      ...sum,
      vague: phrase.parts.some((p) => p.vague),
      qualifier: phrase.parts.length === 1 ? phrase.parts[0].qualifier : phrase.parts.find((p) => p.qualifier)?.qualifier ?? null,
      start: tokens[first].start,
      end: tokens[last - 1].end,
      groupStart: withGroup ? tokens[withGroup.groupFirst].start : null,
      groupEnd: withGroup && lastGroupPart ? tokens[lastGroupPart.last - 1].end : null,
      // "the insurgents", "him", "two of the men", "the facilitators and suspected insurgents" point back
      anaphoric: phrase.parts.every((p) => p.kind === 'definite' || p.kind === 'pronoun' || p.kind === 'name' || p.partitive)
        || (phrase.parts[0].kind === 'definite' && phrase.parts.slice(1).every((p) => p.kind === 'bare')),
      // "others", "additional" mean new people unless an earlier figure in the sentence is what they are other than
      additive: (phrase.parts[0].additive && !(figures.length && figures[0].trigger < m.index)) || sentenceAlso(m.index),
      update: false,
      old: false,
      bare: phrase.parts.length === 1 && phrase.parts[0].kind === 'bare',
      pointsBack: phrase.parts.some((p) => p.kind === 'definite' || p.kind === 'pronoun' || p.kind === 'name' || p.whole),
      background: isBackground(tokens, m.index),
      aggregate,
      trigger: m.index,
      via,
      ...extra,
    });
  };

  for (const m of matches) {
    const { trigger } = m;
    const after = m.index + m.length;
    const chain = chainBefore(tokens, m.index);
    if (chain.hypothetical || chain.negated) continue;
    if (trigger.kind === 'state' && covered.has(m.index)) continue;
    if (trigger.kind === 'toll') {
      tollFigure(tokens, m, figures, aggregate);
      continue;
    }
    if (trigger.kind === 'nominal') {
      const phrase = phraseRight(tokens, after, pctx);
      if (phrase && !negatedBefore(tokens, m.index)) emit(m, phrase, `nominal:${trigger.words}`);
      continue;
    }
    if (trigger.kind === 'verb') {
      const prev = tokens[m.index - 1]?.lower ?? '';
      // "the detained men", "a wounded soldier": an adjective, not a report
      if (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'those', 'these'].includes(prev)) continue;
      const ing = /ing$/.test(trigger.words.split(' ')[0]);
      if (!chain.be || ing || trigger.base) {
        const object = phraseRight(tokens, after, pctx);
        if (object && !negatedBefore(tokens, after)) {
          emit(m, object, `active:${trigger.words}`, chain.also ? { additive: true } : {});
          continue;
        }
        if (ing || trigger.base) continue;
        // an object that is not people ("captured 12 rifles") makes the verb active: no figure on either side
        const next = tokens[after];
        if (next && (next.quantity || ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'no'].includes(next.lower))) continue;
      }
    }
    // subject on the left: passive, headline, intransitive and state words
    const k = chain.from - 1;
    if (k < 0) continue;
    const subject = phraseLeft(tokens, k, pctx) ?? (chain.be ? clauseQuantity(tokens, k, pctx) : null);
    if (!subject) continue;
    if (negatedBefore(tokens, subject.first)) continue;
    const noAux = chain.from === m.index && trigger.kind !== 'state';
    const bareOrDefinite = subject.parts.every((p) => p.kind !== 'quantity' && p.kind !== 'singular');
    // without a form of "be", a phrase with no number must open its clause: "Troops Killed" after "for" is a modifier
    if (bareOrDefinite && !chain.be && trigger.kind !== 'intransitive') {
      const before = tokens[subject.first - 1];
      if (before && !CLAUSE_START.has(before.lower)) continue;
      if (noAux && subject.parts.some((p) => p.kind === 'definite')) continue;
    }
    if (trigger.kind === 'state' && bareOrDefinite && !chain.be) continue;
    // a capitalised phrase before a verb is a name only with "was"/"were": not a title-case headline
    if (subject.parts.some((p) => p.kind === 'name' && (!chain.be || p.last - p.first > 4))) continue;
    emit(m, subject, `${trigger.kind === 'verb' ? 'passive' : trigger.kind}:${trigger.words}`);
  }
  for (const held of heldFigures(tokens, pctx)) if (!figures.some((f) => f.start < held.end && held.start < f.end)) figures.push(held);
  return figures.sort((a, b) => a.start - b.start);
}

/** Adjectives that name the victims of a toll without being person nouns. */
const TOLL_GROUPS = new Set(['military', 'police', 'army', 'troop', 'child', 'migrant', 'refugee', 'combatant']);

const BACKGROUND_CUES = ['responsible for', 'linked to', 'involved in', 'connected to', 'tied to', 'accused of', 'suspected of', 'behind', 'planned', 'blamed for', 'associated with'];

/** Running counts over a period, not one event's figure: "since January, forces have detained more than 25 leaders", "over the past 24 hours". */
export const CUMULATIVE = /\b(?:since (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:start|beginning|first)|\d{4})|so far this year|to date|(?:in|over|during) the (?:past|last) (?:\w+ )?(?:hours|days|weeks|months|years|month|week|year))\b/;

/**
 * A figure the text looks back on: "the commander is linked to an IED attack that killed four US soldiers",
 * "behind several attacks, including the killing of several soldiers".
 */
function isBackground(tokens: Token[], i: number): boolean {
  const rel = tokens[i - 1]?.lower;
  const nominal = tokens[i + 1]?.lower === 'of';
  if (rel !== 'that' && rel !== 'which' && !nominal) return false;
  const before = tokens.slice(Math.max(0, i - 40), i).map((t) => t.lower).join(' ');
  return BACKGROUND_CUES.some((cue) => before.includes(cue));
}

function onlyMarkers(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).every((t) => ADDITIVE_MARKERS.has(t.lower));
}

/** Fallback for a passive subject separated from its verb: "several men associated with the compound were detained". */
function clauseQuantity(tokens: Token[], k: number, ctx: PhraseContext): Phrase | null {
  for (let i = k; i >= 0 && k - i < 12; i--) {
    const t = tokens[i];
    if (ctx.isTrigger(i) || [';', ':', '\n', ','].includes(t.lower)) return null;
    if (t.quantity) {
      const phrase = phraseRight(tokens, i, ctx);
      const head = phrase?.parts[0].head;
      if (phrase && head && isPersonPlural(head)) {
        const qual = qualifierBefore(tokens, i);
        if (qual && phrase.parts[0].kind === 'quantity' && t.quantity) {
          Object.assign(phrase.parts[0], applyQualifier(t.quantity, qual.effect), { qualifier: qual.phrase, first: i - qual.length });
          phrase.first = i - qual.length;
        }
        return phrase;
      }
      return null;
    }
  }
  return null;
}

/** "the death toll rose to at least 27, up from 20" or "rose from 20 to 27": the new figure and the old one. */
function tollFigure(tokens: Token[], m: Match, figures: RawFigure[], aggregate: boolean): void {
  let j = m.index + m.length;
  let update = tokens.slice(Math.max(0, m.index - 4), m.index).some((t) => UPDATE_WORDS.has(t.lower));
  while (j < tokens.length && j - m.index < 8 && TOLL_LINKS.has(tokens[j].lower)) {
    if (UPDATE_WORDS.has(tokens[j].lower)) update = true;
    j++;
  }
  // "the civilian death toll": a word for people before the toll names its victims ("the prison riot death toll" does not)
  const before = tokens[m.index - 1];
  const g = before && before.kind === 'word' && /^\p{Ll}/u.test(before.text) && (isPersonNoun(before.lower) || isPersonPlural(before.lower) || TOLL_GROUPS.has(before.lower))
    ? m.index - 1 : m.index;
  const base = {
    category: m.trigger.category, groupStart: g < m.index ? tokens[g].start : null, groupEnd: g < m.index ? tokens[m.index - 1].end : null,
    anaphoric: false, additive: false, bare: false, trigger: m.index,
    pointsBack: false, background: false, aggregate,
  };
  let oldAt = -1;
  if (tokens[j]?.lower === 'from' && tokens[j + 1]?.quantity && tokens[j + 2]?.lower === 'to') {
    oldAt = j + 1;
    j += 3;
    update = true;
  }
  let qualifier: { phrase: string; effect: string; length: number } | null = null;
  for (let len = 3; len >= 1 && !qualifier; len--) {
    const cand = qualifierBefore(tokens, j + len);
    if (cand && cand.length === len && tokens[j + len]?.quantity) qualifier = cand;
  }
  const at = j + (qualifier?.length ?? 0);
  const t = tokens[at];
  if (!t?.quantity) return;
  const fig = applyQualifier(t.quantity, qualifier?.effect ?? null);
  figures.push({ ...base, ...fig, qualifier: qualifier?.phrase ?? null, start: tokens[m.index].start, end: t.end, update, old: false, via: `toll:${m.trigger.words}` });
  if (oldAt < 0) {
    // "up from 20", ", from 20"
    for (let k = at + 1; k < tokens.length && k < at + 4; k++) {
      if (tokens[k].lower === 'from' && tokens[k + 1]?.quantity) { oldAt = k + 1; break; }
    }
  }
  if (oldAt >= 0) {
    const old = applyQualifier(tokens[oldAt].quantity!, null);
    const from = tokens[oldAt - 2]?.lower === 'up' ? oldAt - 2 : oldAt - 1;
    figures.push({ ...base, ...old, qualifier: null, start: tokens[from].start, end: tokens[oldAt].end, update: false, old: true, via: `toll-old:${m.trigger.words}` });
  }
}
