/**
 * Trims name mentions to the name itself: surrounding punctuation and quotes ("“Kim,”" → Kim),
 * a possessive ("Russia’s" → Russia) and leading titles or roles ("ambassador Matsegora" → Matsegora).
 * Mentions left empty are dropped.
 */
import type { Found, NameMention, Pass } from '../types.js';
import { TITLES } from '../../rules/titles.js';

const LEADING_JUNK = /^[\s"'“”‘’«»()[\]{},.;:!?*_–—-]+/;
const TRAILING_JUNK = /[\s"'“”‘’«»()[\]{},.;:!?*_–—-]+$/;
/** "Russia’s" → Russia; a plural possessive ("Marines’") loses its apostrophe as trailing junk. */
const POSSESSIVE = /['’]s$/;
/** Titles, plus the "By" of a byline ("By Sofía Herrera" → Sofía Herrera), which is no title elsewhere. */
const TITLE_WORDS = new Set([...TITLES, 'by']);
/** "Gen." → "gen"; "Prime Minister" is matched word by word, so two-word titles are checked as pairs. */
const normaliseWord = (word: string) => word.toLowerCase().replace(/\.$/, '');

export function trimMention(m: NameMention): NameMention | null {
  let { start, end, text } = m;
  const cut = (from: number, to: number) => {
    start += from;
    end -= text.length - to;
    text = text.slice(from, to);
  };
  let changed = true;
  while (changed && text.length > 0) {
    changed = false;
    const lead = LEADING_JUNK.exec(text);
    if (lead) { cut(lead[0].length, text.length); changed = true; }
    const trail = TRAILING_JUNK.exec(text);
    if (trail && text.length > trail[0].length) {
      // keep the full stop of an initial or abbreviation at the end ("Jr.", "U.S.")
      const keepDot = /(?:\b[A-Z]|\bJr|\bSr|\bInc|\bLtd|\bCo|\bCorp)\.$/.test(text) && trail[0] === '.';
      if (!keepDot) { cut(0, text.length - trail[0].length); changed = true; }
    } else if (trail) { text = ''; }
    const poss = POSSESSIVE.exec(text);
    if (poss && text.length > poss[0].length) {
      cut(0, text.length - poss[0].length);
      changed = true;
    }
    const words = text.split(/\s+/);
    if (words.length > 1) {
      const two = words.length > 2 ? normaliseWord(`${words[0]} ${words[1]}`) : '';
      const skip = TITLE_WORDS.has(two) ? 2 : TITLE_WORDS.has(normaliseWord(words[0])) ? 1 : 0;
      if (skip) {
        const rest = text.slice(text.indexOf(words[skip], words.slice(0, skip).join(' ').length));
        cut(text.length - rest.length, text.length);
        changed = true;
      }
    }
  }
  return text.length === 0 ? null : { ...m, start, end, text };
}

export const trimNamesRefiner: Pass = {
  name: 'refine/trim-names',
  serves: ['people', 'places', 'organizations'],
  run(_doc, found): Found {
    const names = found.names.map(trimMention).filter((m): m is NameMention => m !== null);
    return { ...found, names };
  },
};
