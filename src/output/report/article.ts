/**
 * One article as the report's page script needs it: the text, one entry per entity (what the
 * side list and the tooltips show) and the highlight fragments in UTF-16 indices.
 * Nothing here is HTML: the page builds elements from this data with textContent only.
 */
import type { Casualty, DateMention, Document, Mention, NamedEntity, Place } from '../../schema.js';
import { figure } from '../table.js';
import { utf16Mapper } from './offsets.js';
import { nestSpans, type Span } from './marks.js';

/** The five highlight types, in legend order; also the CSS class suffix (`t-person`). */
export const MARK_TYPES = ['person', 'place', 'organization', 'date', 'casualty'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

export interface ReportEntity {
  /** Highlight type. */
  t: MarkType;
  /** What the side list shows: a name, "yesterday → 2025-10-22", "600+ killed". */
  label: string;
  /** Second line of the side list: aliases, group, or "". */
  sub: string;
  /** Mentions of it in the text. */
  n: number;
  /** Tooltip lines: [label, value]. */
  rows: Array<[string, string]>;
}

export interface ReportArticle {
  path: string;
  publishedAt: string | null;
  warnings: string[];
  /** null when the document came without text (run without --emit-text). */
  text: string | null;
  entities: ReportEntity[];
  /** Highlight fragments, flat: start, end (UTF-16), mention id, entity index; outer before inner. */
  marks: number[];
  /** Mentions highlighted (distinct mention ids in marks). */
  mentions: number;
  /** Mentions whose offsets fall outside the text and so are listed but not highlighted. */
  unplaced: number;
  /** [category, figure] per casualty total. */
  totals: Array<[string, string]>;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "North Korea (KP)"; the code alone when the runtime does not know it. */
export function countryName(code: string): string {
  try {
    const name = regionNames.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

const optional = (label: string, value: string | null | undefined): Array<[string, string]> =>
  value === null || value === undefined || value === '' ? [] : [[label, value]];

function namedRows(kind: string, e: NamedEntity): Array<[string, string]> {
  return [[kind, e.name], ...optional('aliases', e.aliases.join(', ')), ['mentions', String(e.mentions.length)]];
}

function placeRows(p: Place): Array<[string, string]> {
  const [head, ...rest] = namedRows('place', p);
  const where = p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : null;
  return [head, ['kind', p.kind], ...optional('country', p.country && countryName(p.country)), ...optional('lat, lon', where), ...rest];
}

function dateRows(d: DateMention): Array<[string, string]> {
  return [['date', d.value], ['type', d.type], ...optional('mod', d.mod)];
}

export function casualtyRows(c: Casualty): Array<[string, string]> {
  return [
    ['category', c.category],
    ['figure', figure(c)],
    ['min – max', `${c.min} – ${c.max ?? 'open'}`],
    ...optional('qualifier', c.qualifier),
    ...optional('group', c.group),
    ...optional('date', c.date),
    ...optional('place', c.place),
    ...optional('source', c.source),
    ...optional('superseded', c.superseded ? 'yes: a later figure in the text updates this one' : null),
  ];
}

/** Entities and their mentions in report order: people, places, organisations, dates, casualties. */
export function reportEntities(doc: Document): Array<{ entity: ReportEntity; mentions: Mention[] }> {
  const named = (t: MarkType, kind: string, list: NamedEntity[]) =>
    list.map((e) => ({ entity: { t, label: e.name, sub: e.aliases.join(', '), n: e.mentions.length, rows: namedRows(kind, e) }, mentions: e.mentions }));
  return [
    ...named('person', 'person', doc.people),
    ...doc.places.map((p) => ({
      entity: { t: 'place' as const, label: p.name, sub: [p.country, ...p.aliases].filter(Boolean).join(', '), n: p.mentions.length, rows: placeRows(p) },
      mentions: p.mentions,
    })),
    ...named('organization', 'organisation', doc.organizations),
    ...doc.dates.map((d) => ({ entity: { t: 'date' as const, label: `${d.text} → ${d.value}`, sub: '', n: 1, rows: dateRows(d) }, mentions: [d] })),
    ...doc.casualties.map((c) => ({
      entity: {
        t: 'casualty' as const,
        label: `${figure(c)} ${c.category}${c.superseded ? ' (superseded)' : ''}`,
        sub: [c.group, c.date, c.place].filter(Boolean).join(' · '),
        n: 1,
        rows: casualtyRows(c),
      },
      mentions: [c],
    })),
  ];
}

export function reportArticle(doc: Document): ReportArticle {
  const text = typeof doc.text === 'string' ? doc.text : null;
  const entities: ReportEntity[] = [];
  const spans: Span[] = [];
  const entityOf: number[] = [];
  const at = text === null ? null : utf16Mapper(text);
  let unplaced = 0;
  for (const { entity, mentions } of reportEntities(doc)) {
    const e = entities.push(entity) - 1;
    for (const m of mentions) {
      const id = entityOf.push(e) - 1;
      if (at === null || text === null) continue;
      const start = at(m.start);
      const end = at(m.end);
      if (m.start < 0 || start >= end || end > text.length) unplaced++;
      else spans.push({ start, end, id });
    }
  }
  const marks: number[] = [];
  for (const [start, end, id] of nestSpans(spans)) marks.push(start, end, id, entityOf[id]);
  return {
    path: doc.path,
    publishedAt: doc.publishedAt,
    warnings: doc.warnings,
    text,
    entities,
    marks,
    mentions: spans.length,
    unplaced,
    totals: Object.entries(doc.totals).map(([category, range]) => [category, figure({ ...range!, vague: false })]),
  };
}
