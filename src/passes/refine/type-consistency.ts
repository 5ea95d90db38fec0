/**
 * One name, one type per document. A mention typed by a guess (a weak rule) takes the type
 * that a strong rule gave the same name elsewhere ("Matsegora" after "ambassador Matsegora"),
 * and a lone word that is part of a person's full name is that person ("Kim" after "Kim Jong Un"),
 * even a place or company-like word when it is the surname of someone named in full ("Jordan" after
 * "Michael Jordan", "Vortel" after "Gen. Joseph Vortel").
 * A name typed only by the last-resort default (an unknown word is a person) takes the type another
 * rule gave the same name elsewhere in the document ("Qarvesh" after "Qarvesh, Syria"): one name, one sense.
 * A lone word that ends the name of a ship or a storm is that ship or storm, not reported ("Marden" after "USS Marden").
 */
import type { NameType } from '../types.js';
import { foldName } from '../../rules/gazetteer.js';

export interface Typed {
  start: number;
  end: number;
  text: string;
  /** null: not a name we report (demonyms, common-word titles). */
  type: NameType | null;
  via: string;
  strong: boolean;
}

export function makeConsistent(mentions: Typed[]): Typed[] {
  const strongType = new Map<string, NameType | null>();
  for (const m of mentions) if (m.strong && !strongType.has(foldName(m.text))) strongType.set(foldName(m.text), m.type);
  // words of people's full names (two words or more), from any rule
  const personWords = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person' && m.text.includes(' ')) for (const w of m.text.split(/\s+/)) personWords.add(foldName(w));
  }
  // surnames of people named in full (first name known or after a title): "Washington" after "MaliVai Washington"
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person' && m.strong && m.text.includes(' ')) surnames.add(foldName(m.text.split(/\s+/).pop()!));
  }
  // last words of ships' and named events' names ("USS Marden", "Typhoon Sonca")
  const unreported = new Set<string>();
  for (const m of mentions) {
    if (m.strong && m.type === null && (m.via === 'rule:ship' || m.via === 'rule:event') && m.text.includes(' ')) unreported.add(foldName(m.text.split(/\s+/).pop()!));
  }
  // types given by rules other than the default guess, counted per name
  const guessed = new Map<string, Map<NameType, number>>();
  for (const m of mentions) {
    if (m.type === null || m.via === 'rule:default') continue;
    const key = foldName(m.text);
    const counts = guessed.get(key) ?? new Map<NameType, number>();
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    guessed.set(key, counts);
  }
  const likeliest = (key: string): NameType | null => {
    const counts = guessed.get(key);
    if (!counts) return null;
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  };
  return mentions.map((m) => {
    if (m.strong && (m.type === 'place' || m.via === 'rule:company-word') && !m.text.includes(' ') && surnames.has(foldName(m.text))) {
      return { ...m, type: 'person', via: `consistency:surname(${m.via})` };
    }
    if (m.strong) return m;
    const key = foldName(m.text);
    if (strongType.has(key)) return { ...m, type: strongType.get(key)!, via: `consistency:same-name(${m.via})` };
    if (!m.text.includes(' ') && unreported.has(key)) return { ...m, type: null, via: `consistency:part-of-unreported(${m.via})` };
    if (!m.text.includes(' ') && personWords.has(key) && m.type !== 'person') return { ...m, type: 'person', via: `consistency:part-of-person(${m.via})` };
    if (m.via === 'rule:default' && !personWords.has(key)) {
      const type = likeliest(key);
      if (type !== null && type !== m.type) return { ...m, type, via: `consistency:same-name(${m.via})` };
    }
    return m;
  });
}
