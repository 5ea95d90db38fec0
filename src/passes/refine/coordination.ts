/**
 * Names in a list of places are places. A name left to the last-resort default guess (an unknown word
 * is a person) that stands in a list whose other names other rules typed as places is a place too:
 * "shelling hit Aleppo and Darqaya", "in Qumrash, Sarnoq and Idlib". People and organisations are
 * not propagated: they are listed with each other too often ("Hezbollah and Varsk").
 * A list is names joined by nothing but ", ", " and ", " or ", ", and " (so "Aleppo, where Varsk
 * lived" is no list).
 */
import type { NameType } from '../types.js';
import type { Typed } from './type-consistency.js';

const LIST_GAP = /^(?:,? (?:and|or|&) |, )$/;

export function shareListTypes(text: string, mentions: Typed[]): Typed[] {
  const out = [...mentions];
  let from = 0;
  while (from < out.length) {
    let to = from + 1;
    while (to < out.length && LIST_GAP.test(text.slice(out[to - 1].end, out[to].start))) to++;
    if (to - from >= 2) retype(out, from, to);
    from = to;
  }
  return out;
}

/** Makes the list's default guesses places, when all its other names are places. */
function retype(mentions: Typed[], from: number, to: number): void {
  const known = new Set<NameType | null>();
  for (let i = from; i < to; i++) if (mentions[i].via !== 'rule:default') known.add(mentions[i].type);
  if (known.size !== 1) return;
  const [type] = known;
  // places only: people and organisations are listed with each other too often ("Hezbollah and Varsk")
  if (type !== 'place') return;
  for (let i = from; i < to; i++) {
    const m = mentions[i];
    if (m.via === 'rule:default' && m.type !== type) mentions[i] = { ...m, type, via: `consistency:list(${m.via})` };
  }
}
