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
  // a headline or dateline in capitals is the same name ("GUAYAQUIL" → Guayaquil)
  if (short.toLowerCase() === long.toLowerCase()) return short === short.toUpperCase() && long !== long.toUpperCase();
  if (isAcronym(short) && initials(long) === short.replace(/\./g, '')) return true;
  if (isAcronym(short) && short.replace(/\./g, '').length <= 5) return false;
  const longWords = new Set(words(long).map((w) => w.toLowerCase()));
  const shortWords = words(short).map((w) => w.toLowerCase());
  return shortWords.length < longWords.size && shortWords.every((w) => longWords.has(w));
}

export function mergeAliases(names: NameMention[]): NameMention[] {
  const byType = new Map<string, NameMention[]>();
  for (const m of names) {
    const list = byType.get(m.type);
    if (list) list.push(m);
    else byType.set(m.type, [m]);
  }
  const canonicalOf = new Map<NameMention, string>();
  const resolved = new Map<NameMention, string>();
  for (const group of byType.values()) {
    const ordered = [...group].sort((a, b) => a.start - b.start);
    const candidatesOf = aliasIndex(ordered.map((m) => m.text));
    const firstStart = new Map<string, number>();
    for (const m of ordered) if (!firstStart.has(m.text)) firstStart.set(m.text, m.start);
    const lastSeen = new Map<string, number>();
    for (const m of ordered) {
      const candidates = candidatesOf(m.text);
      let chosen = m.text;
      if (candidates.length > 0) {
        // the nearest full form written before this mention, else the first one after it
        const before = candidates.filter((c) => lastSeen.has(c)).sort((x, y) => lastSeen.get(y)! - lastSeen.get(x)!)[0];
        chosen = before ?? candidates.sort((x, y) => firstStart.get(x)! - firstStart.get(y)!)[0];
      }
      canonicalOf.set(m, chosen);
      lastSeen.set(m.text, m.start);
    }
    // a chain ("Kim" → "Jong Un" → "Kim Jong Un") resolves to its end; a form's next step is its first mention's
    const step = new Map<string, string>();
    for (const m of ordered) if (!step.has(m.text)) step.set(m.text, canonicalOf.get(m)!);
    const resolve = (name: string): string => {
      const seen = new Set<string>();
      let current = name;
      for (;;) {
        const next = step.get(current);
        if (!next || next === current || seen.has(next)) return current;
        seen.add(current);
        current = next;
      }
    };
    for (const m of ordered) resolved.set(m, resolve(canonicalOf.get(m)!));
  }
  const merged = names.map((m) => ({ ...m, canonical: resolved.get(m) ?? m.text }));
  return mergeCountries(merged);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** For each form, the longer forms it is an alias of, found through a word index (linear in practice). */
function aliasIndex(texts: string[]): (text: string) => string[] {
  const forms = [...new Set(texts)];
  const byWord = new Map<string, string[]>();
  const byInitials = new Map<string, string[]>();
  for (const f of forms) {
    for (const w of new Set(words(f).map((x) => x.toLowerCase()))) push(byWord, w, f);
    const key = initials(f);
    if (key.length >= 2) push(byInitials, key, f);
  }
  const memo = new Map<string, string[]>();
  return (text) => {
    let found = memo.get(text);
    if (!found) {
      const pool = [
        ...(isAcronym(text) ? byInitials.get(text.replace(/\./g, '')) ?? [] : []),
        ...(byWord.get(words(text)[0]?.toLowerCase() ?? '') ?? []),
      ];
      found = [...new Set(pool)].filter((f) => isAliasOf(text, f));
      memo.set(text, found);
    }
    return [...found];
  };
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
