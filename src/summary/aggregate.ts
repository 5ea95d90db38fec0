/**
 * Corpus-level aggregates over the NDJSON lines of one or many glean runs (or shards):
 * the most mentioned people, places and organisations (documents naming each, and mentions),
 * casualty totals by category, and by month and category.
 *
 * Totals follow the per-document rules of src/passes/totals.ts (superseded figures left out, a
 * figure repeated in a document counted once, different groups added up), then add up over
 * documents. The month of a figure is the YYYY-MM of its `date`; when that has no year and
 * month, the document's publishedAt; else "unknown".
 */
import type { Casualty, CasualtyCategory, Document, NdjsonLine, Range } from '../schema.js';
import type { CasualtyFound } from '../passes/types.js';
import { computeTotals } from '../passes/totals.js';

export interface EntityRow {
  name: string;
  /** Documents that name it. */
  documents: number;
  /** Mentions over all documents. */
  mentions: number;
}

export interface CategoryRow extends Range {
  category: CasualtyCategory;
  /** Documents with a total in this category. */
  documents: number;
}

export interface MonthRow extends CategoryRow {
  /** YYYY-MM, or "unknown". */
  month: string;
}

export interface Summary {
  schemaVersion: 1;
  documents: number;
  errors: number;
  people: EntityRow[];
  places: EntityRow[];
  organizations: EntityRow[];
  casualties: CategoryRow[];
  casualtiesByMonth: MonthRow[];
}

type Counts = Map<string, { documents: number; mentions: number }>;
type RangeCounts = Map<string, Range & { documents: number }>;

export class SummaryBuilder {
  private documents = 0;
  private errors = 0;
  private readonly names = { people: new Map(), places: new Map(), organizations: new Map() } as Record<
    'people' | 'places' | 'organizations',
    Counts
  >;
  private readonly byCategory: RangeCounts = new Map();
  private readonly byMonth: RangeCounts = new Map();

  add(line: NdjsonLine): void {
    if ('error' in line) {
      this.errors++;
      return;
    }
    const doc = line as Document;
    this.documents++;
    for (const key of ['people', 'places', 'organizations'] as const) {
      for (const e of doc[key] ?? []) {
        const c = this.names[key].get(e.name) ?? { documents: 0, mentions: 0 };
        // one document may list the same name twice (e.g. a person and an alias group); count it once
        c.mentions += e.mentions.length;
        this.names[key].set(e.name, c);
      }
      for (const name of new Set((doc[key] ?? []).map((e) => e.name))) this.names[key].get(name)!.documents++;
    }
    for (const [category, range] of Object.entries(doc.totals ?? {})) addRange(this.byCategory, category, range!);
    const groups = new Map<string, Casualty[]>();
    for (const c of doc.casualties ?? []) {
      if (c.superseded) continue;
      const month = monthOf(c.date) ?? monthOf(doc.publishedAt) ?? 'unknown';
      const list = groups.get(month) ?? [];
      list.push(c);
      groups.set(month, list);
    }
    for (const [month, figures] of groups) {
      const totals = computeTotals(figures as unknown as CasualtyFound[]);
      for (const [category, range] of Object.entries(totals)) addRange(this.byMonth, `${month}|${category}`, range!);
    }
  }

  /** top: how many people, places and organisations to keep (0: all). */
  result(top: number): Summary {
    const entities = (counts: Counts): EntityRow[] => {
      const rows = [...counts].map(([name, c]) => ({ name, documents: c.documents, mentions: c.mentions }));
      rows.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return top > 0 ? rows.slice(0, top) : rows;
    };
    const casualties = [...this.byCategory]
      .map(([category, r]) => ({ category: category as CasualtyCategory, min: r.min, max: r.max, documents: r.documents }))
      .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
    const casualtiesByMonth = [...this.byMonth]
      .map(([key, r]) => {
        const [month, category] = key.split('|') as [string, CasualtyCategory];
        return { month, category, min: r.min, max: r.max, documents: r.documents };
      })
      .sort((a, b) => compareMonths(a.month, b.month) || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
    return {
      schemaVersion: 1,
      documents: this.documents,
      errors: this.errors,
      people: entities(this.names.people),
      places: entities(this.names.places),
      organizations: entities(this.names.organizations),
      casualties,
      casualtiesByMonth,
    };
  }
}

const CATEGORY_ORDER: readonly CasualtyCategory[] = ['killed', 'injured', 'missing', 'captured', 'arrested', 'displaced', 'casualties'];

/** "2024-03" from "2024-03-05", "2024-03", "2024-03-05T10:00"; null for "2024", "XXXX-03-05", "P1Y", null. */
export function monthOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4})-(\d{2})(?!\d)/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Months in time order, "unknown" last. */
function compareMonths(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'unknown') return 1;
  if (b === 'unknown') return -1;
  return a < b ? -1 : 1;
}

function addRange(map: RangeCounts, key: string, range: Range): void {
  const t = map.get(key);
  if (!t) {
    map.set(key, { min: range.min, max: range.max, documents: 1 });
    return;
  }
  t.min += range.min;
  t.max = t.max === null || range.max === null ? null : t.max + range.max;
  t.documents++;
}
