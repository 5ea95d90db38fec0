/**
 * Document totals per casualty category (docs/casualties.md, "Totals"):
 *  1. superseded figures are left out: an updated toll counts, the figure it updates does not; so are figures
 *     of a past attack the text looks back on ("linked to an attack that killed four soldiers");
 *  2. a figure repeated in a later sentence counts once: same category and the same min and max, not
 *     marked as new people ("also", "additional", "others") and not for another place; a vague figure
 *     is a repeat of an earlier one at least as large ("several" after "three"), and a precise figure
 *     replaces an earlier vague one it does not fall short of ("four" after "several"); a figure that names
 *     people already counted ("the leader and three associates" after "a leader") replaces the figure it covers;
 *  3. when sources conflict (two or more sources give figures for the same place) the lowest minimum counts;
 *  4. a bare plural ("insurgents were detained", minimum 2) counts only when the category has no other figure;
 *  5. everything left adds up: figures for different groups, places or events.
 */
import type { CasualtyCategory, Range, Totals } from '../schema.js';
import type { CasualtyFound } from './types.js';
import { FIGURE_INFO, familyOf, type FigureInfo } from './casualties/figure-info.js';

const CATEGORY_ORDER: readonly CasualtyCategory[] = ['killed', 'injured', 'missing', 'captured', 'arrested', 'displaced', 'casualties'];

function infoOf(f: CasualtyFound, index: number): FigureInfo {
  // figures built outside the pass (tests, other callers) count as separate sentences, not new people
  return FIGURE_INFO.get(f) ?? { sentence: index, additive: false, bare: false, pointsBack: false, background: false, aggregate: false, headline: false, region: null, ownPlace: null, ownDate: null };
}

const headOf = (group: string | null) => group?.toLowerCase().split(/\s+/).pop()?.replace(/s$/, '') ?? null;

interface Entry { f: CasualtyFound; info: FigureInfo }

/**
 * Two figures are of different events when their sentences name different provinces or regions, or different
 * places of the same rank (two towns); a sentence that names none takes its event from the text around it.
 * (Different days were tried too: press releases report "today" what happened "yesterday", so they are not used.)
 */
function samePlace(a: Entry, b: Entry): boolean {
  if (a.info.region && b.info.region && a.info.region !== b.info.region) return false;
  const pa = a.info.ownPlace;
  const pb = b.info.ownPlace;
  if (pa && pb && pa.rank === pb.rank && pa.value !== pb.value) return false;
  return true;
}

/** Past this many figures in one family (a table, a list of incidents) repeats are found by exact value only: the full analysis is quadratic. */
const ANALYSED_FIGURES = 500;

export function countedFigures(figures: readonly CasualtyFound[]): CasualtyFound[] {
  const byFamily = new Map<string, Entry[]>();
  figures.forEach((f, index) => {
    const info = infoOf(f, index);
    if (f.superseded || info.background) return;
    const family = familyOf(f.category);
    const list = byFamily.get(family) ?? [];
    list.push({ f, info });
    byFamily.set(family, list);
  });
  const kept = new Set<CasualtyFound>();
  for (const entries of byFamily.values()) {
    const counted = entries.length > ANALYSED_FIGURES ? exactRepeatsOnce(entries) : lowestOfConflicts(countFamily(entries));
    for (const c of applyPriorities(counted)) kept.add(c.f);
  }
  return figures.filter((f) => kept.has(f));
}

function countFamily(entries: Entry[]): Entry[] {
  const counted: Entry[] = [];
  for (const entry of entries) {
    const { f, info } = entry;
    if (!info.additive) {
      const earlier = counted.filter((c) => c.info.sentence !== info.sentence && samePlace(c, entry)
        && c.info.aggregate === info.aggregate && c.info.headline === info.headline);
      // "more than 10 suspects" then "11 suspects": the same figure told again
      if (earlier.some((c) => c.f.min === f.min && (c.f.max === f.max || c.f.max === null || f.max === null))) continue;
      // "detained the leader and three associates" after "captured a Taliban leader": the later figure restates and completes it
      if (info.pointsBack) {
        const covered = earlier.filter((c) => c.f.min <= f.min);
        if (covered.length) {
          counted.splice(counted.indexOf(covered[0]), 1, entry);
          for (const c of covered.slice(1)) counted.splice(counted.indexOf(c), 1);
          continue;
        }
      }
      if (f.vague && earlier.some((c) => c.f.min >= f.min)) continue;
      // "three men were arrested … the patrol detained two men": the same people told again, not more
      if (!f.vague && earlier.some((c) => !c.f.vague && headOf(c.f.group) !== null && headOf(c.f.group) === headOf(f.group) && f.min < c.f.min)) continue;
      const vagueEarlier = earlier.find((c) => c.f.vague && !f.vague && f.min >= c.f.min);
      if (vagueEarlier) {
        counted.splice(counted.indexOf(vagueEarlier), 1, entry);
        continue;
      }
    }
    counted.push(entry);
  }
  return counted;
}

function exactRepeatsOnce(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((c) => {
    const key = `${c.f.category}|${c.f.min}|${c.f.max}|${c.info.region ?? ''}`;
    if (seen.has(key) && !c.info.additive) return false;
    seen.add(key);
    return true;
  });
}

/** Conflicting sources: per category and place, the lowest minimum among attributed figures. */
function lowestOfConflicts(counted: Entry[]): Entry[] {
  let kept = counted;
  for (const c of counted) {
    if (!c.f.source || !kept.includes(c)) continue;
    const rivals = kept.filter((o) => o !== c && o.f.category === c.f.category && o.f.source && o.f.source !== c.f.source && samePlace(o, c) && !o.info.additive);
    if (!rivals.length) continue;
    const all = [c, ...rivals];
    const lowest = all.reduce((a, b) => (b.f.min < a.f.min ? b : a));
    kept = kept.filter((o) => o === lowest || !all.includes(o));
  }
  return kept;
}

/** Bare plurals, running counts and headline figures count only when the family has no better figure. */
function applyPriorities(entries: Entry[]): Entry[] {
  let kept = entries;
  if (kept.some((o) => !o.info.bare)) kept = kept.filter((c) => !c.info.bare || c.info.additive);
  if (kept.some((o) => !o.info.aggregate)) kept = kept.filter((c) => !c.info.aggregate);
  if (kept.some((o) => !o.info.headline)) kept = kept.filter((c) => !c.info.headline);
  return kept;
}

export function computeTotals(figures: readonly CasualtyFound[]): Totals {
  const totals: Totals = {};
  for (const f of countedFigures(figures)) {
    const t: Range = totals[f.category] ?? { min: 0, max: 0 };
    totals[f.category] = { min: t.min + f.min, max: t.max === null || f.max === null ? null : t.max + f.max };
  }
  const ordered: Totals = {};
  for (const c of CATEGORY_ORDER) if (totals[c]) ordered[c] = totals[c];
  return ordered;
}
