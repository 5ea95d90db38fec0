/**
 * Groups the mentions of one entity under a canonical name, per type:
 *  - a shorter name whose words all occur in a longer one joins it ("Kim" → "Kim Jong Un");
 *  - an acronym joins the name whose initials it spells ("KCNA" → "Korean Central News Agency").
 * The canonical name is the longest form in the document. A short form that fits two
 * longer names ("Kim" with "Kim Jong Un" and "Kim Yo Jong") joins the nearest one before it.
 */
import type { Found, NameMention, Pass } from '../types.js';

const words = (name: string) => name.split(/\s+/).filter(Boolean);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'al', '&']);

/** "Korean Central News Agency" → "KCNA"; "North Atlantic Treaty Organization" → "NATO". */
export function initials(name: string): string {
  return words(name)
    .filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z.&]{1,9}$/.test(text.replace(/\./g, '')) && text.replace(/\./g, '').length >= 2;
}

/** True when `short` is another way of writing `long` (word subset or acronym). */
export function isAliasOf(short: string, long: string): boolean {
  if (short === long) return false;
  if (isAcronym(short)) return initials(long) === short.replace(/\./g, '');
  const longWords = new Set(words(long).map((w) => w.toLowerCase()));
  const shortWords = words(short).map((w) => w.toLowerCase());
  return shortWords.length < longWords.size && shortWords.every((w) => longWords.has(w));
}

export function mergeAliases(names: NameMention[]): NameMention[] {
  const byType = new Map<string, NameMention[]>();
  for (const m of names) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
  const canonicalOf = new Map<NameMention, string>();
  for (const group of byType.values()) {
    const forms = [...new Set(group.map((m) => m.text))].sort(
      (a, b) => words(b).length - words(a).length || b.length - a.length || a.localeCompare(b),
    );
    for (const m of group) {
      const candidates = forms.filter((f) => isAliasOf(m.text, f));
      if (candidates.length === 0) { canonicalOf.set(m, m.text); continue; }
      // the nearest full form written before this mention, else the first one after it
      const before = group.filter((o) => candidates.includes(o.text) && o.start < m.start).pop();
      const chosen = before?.text ?? group.find((o) => candidates.includes(o.text))!.text;
      canonicalOf.set(m, chosen);
    }
  }
  // a chain ("Kim" → "Jong Un" → "Kim Jong Un") resolves to its end
  const resolve = (name: string, seen = new Set<string>()): string => {
    const next = [...canonicalOf.entries()].find(([m]) => m.text === name)?.[1];
    return next && next !== name && !seen.has(next) ? resolve(next, seen.add(name)) : name;
  };
  const merged = names.map((m) => ({ ...m, canonical: resolve(canonicalOf.get(m) ?? m.text) }));
  return mergeCountries(merged);
}

/**
 * Names of one country are one place: "DPRK" joins "North Korea". The canonical name is the
 * form mentioned most often (the first one on a tie).
 */
function mergeCountries(names: NameMention[]): NameMention[] {
  const counts = new Map<string, Map<string, number>>();
  for (const m of names) {
    if (m.type !== 'place' || m.place?.kind !== 'country' || !m.place.country) continue;
    const forms = counts.get(m.place.country) ?? new Map<string, number>();
    forms.set(m.canonical!, (forms.get(m.canonical!) ?? 0) + 1);
    counts.set(m.place.country, forms);
  }
  return names.map((m) => {
    if (m.type !== 'place' || m.place?.kind !== 'country' || !m.place.country) return m;
    const forms = [...counts.get(m.place.country)!];
    const best = forms.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    return { ...m, canonical: best };
  });
}

export const mergeAliasesRefiner: Pass = {
  name: 'refine/merge-aliases',
  serves: ['people', 'places', 'organizations'],
  run(_doc, found): Found {
    return { ...found, names: mergeAliases(found.names) };
  },
};
