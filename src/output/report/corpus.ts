/**
 * What the corpus view needs, gathered one document at a time so the formatter never holds the
 * corpus: per-article counts for the list, mention and document counts per entity, every casualty
 * figure (one small row each) and casualty sums per month for the timeline.
 */
import type { CasualtyCategory, Document, FileError } from '../../schema.js';
import { figure } from '../table.js';

export interface IndexEntry {
  path: string;
  publishedAt: string | null;
  /** Mentions per type: people, places, organisations, dates, casualty figures. */
  counts: [number, number, number, number, number];
  /** "killed 12, injured 30+" */
  totals: string;
  /** Number of the document's data block, or null for an input that could not be read. */
  doc: number | null;
  error: { code: string; message: string } | null;
}

/**
 * One casualty figure: article index, category, count, figure as shown, date, month, group, place,
 * superseded (0/1), text, and its mention number in the article (the report's data-m).
 */
export type FigureRow = [number, CasualtyCategory, number, string, string, string, string, string, 0 | 1, string, number];

export interface TopEntity {
  name: string;
  /** ISO country code for places, "" otherwise. */
  country: string;
  mentions: number;
  docs: number;
}

export interface MonthTotals {
  /** YYYY-MM */
  month: string;
  values: Partial<Record<CasualtyCategory, number>>;
}

export interface CorpusData {
  tops: { person: TopEntity[]; place: TopEntity[]; organization: TopEntity[] };
  figures: FigureRow[];
  timeline: MonthTotals[];
  /** Figures counted in the timeline that had neither a dated month nor a publication date. */
  undated: number;
}

/** Month of a TIMEX3 value: "2025-10-23" and "2025-10" → "2025-10"; "2025", "XXXX-10-23", "P1Y" → null. */
export function monthOf(value: string | null): string | null {
  const m = value === null ? null : /^(\d{4})-(0[1-9]|1[0-2])(?!\d)/.exec(value);
  return m ? `${m[1]}-${m[2]}` : null;
}

type EntityKind = keyof CorpusData['tops'];

export class CorpusAggregator {
  readonly index: IndexEntry[] = [];
  private readonly figures: FigureRow[] = [];
  private readonly entities = new Map<string, TopEntity & { kind: EntityKind }>();
  private readonly months = new Map<string, Map<CasualtyCategory, number>>();
  private undated = 0;
  private docs = 0;

  addDocument(doc: Document): number {
    const article = this.index.length;
    const n = this.docs++;
    const mentions = (list: Document['people']) => list.reduce((sum, e) => sum + e.mentions.length, 0);
    this.index.push({
      path: doc.path,
      publishedAt: doc.publishedAt,
      counts: [mentions(doc.people), mentions(doc.places), mentions(doc.organizations), doc.dates.length, doc.casualties.length],
      totals: Object.entries(doc.totals)
        .map(([category, range]) => `${category} ${figure({ ...range!, vague: false })}`)
        .join(', '),
      doc: n,
      error: null,
    });
    this.countEntities('person', doc.people);
    this.countEntities('place', doc.places);
    this.countEntities('organization', doc.organizations);
    this.addFigures(article, doc);
    return n;
  }

  addError(error: FileError): void {
    const { path, code, message } = error;
    this.index.push({ path, publishedAt: null, counts: [0, 0, 0, 0, 0], totals: '', doc: null, error: { code, message } });
  }

  private countEntities(kind: EntityKind, list: Document['places'] | Document['people']): void {
    for (const e of list) {
      const country = 'country' in e && e.country ? e.country : '';
      const key = `${kind}\u0000${e.name}\u0000${country}`;
      const entry = this.entities.get(key) ?? { kind, name: e.name, country, mentions: 0, docs: 0 };
      entry.mentions += e.mentions.length;
      entry.docs += 1; // an entity appears once per document, so this counts documents
      this.entities.set(key, entry);
    }
  }

  private addFigures(article: number, doc: Document): void {
    const counted = new Set<string>();
    // mentions are numbered people, places, organisations, dates, casualties (see reportEntities)
    let mention = [doc.people, doc.places, doc.organizations].flat().reduce((n, e) => n + e.mentions.length, doc.dates.length);
    for (const c of doc.casualties) {
      const month = monthOf(c.date) ?? monthOf(doc.publishedAt);
      const row: FigureRow = [article, c.category, c.count, figure(c), c.date ?? '', month ?? '', c.group ?? '', c.place ?? '', c.superseded ? 1 : 0, c.text, mention++];
      this.figures.push(row);
      if (c.superseded) continue; // the update replaces it, as in the document's totals
      // the same figure repeated in one article ("12 killed ... the 12 killed") counts once, as in its totals
      const key = [c.category, c.count, c.group ?? '', month ?? ''].join('\u0000');
      if (counted.has(key)) continue;
      counted.add(key);
      if (month === null) {
        this.undated++;
        continue;
      }
      const byCategory = this.months.get(month) ?? new Map<CasualtyCategory, number>();
      byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + c.count);
      this.months.set(month, byCategory);
    }
  }

  result(top = 25): CorpusData {
    const tops: CorpusData['tops'] = { person: [], place: [], organization: [] };
    for (const { kind, ...entry } of this.entities.values()) tops[kind].push(entry);
    for (const kind of Object.keys(tops) as EntityKind[]) {
      tops[kind] = tops[kind].sort((a, b) => b.docs - a.docs || b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, top);
    }
    const timeline = [...this.months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, values]) => ({ month, values: Object.fromEntries(values) }));
    return { tops, figures: this.figures, timeline, undated: this.undated };
  }
}
