/** `glean summary` output in each format: json, ndjson, csv and table. */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import type { EntityRow, Summary } from './aggregate.js';

export const SUMMARY_FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

const ENTITY_SECTIONS = ['people', 'places', 'organizations'] as const;

/** ndjson: a "corpus" line, then one line per row, each naming its section. */
function ndjson(s: Summary): string {
  const lines: object[] = [{ section: 'corpus', documents: s.documents, errors: s.errors }];
  for (const section of ENTITY_SECTIONS) for (const row of s[section]) lines.push({ section, ...row });
  for (const row of s.casualties) lines.push({ section: 'casualties', ...row });
  for (const row of s.casualtiesByMonth) lines.push({ section: 'casualtiesByMonth', ...row });
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}

const CSV_HEADER = ['section', 'name', 'month', 'category', 'documents', 'mentions', 'min', 'max'];

/** csv: one row per row of every section; columns a section does not use are empty. */
function csv(s: Summary): string {
  const rows: (string | number)[][] = [CSV_HEADER, ['corpus', '', '', '', s.documents, '', '', '']];
  for (const section of ENTITY_SECTIONS) for (const r of s[section]) rows.push([section, r.name, '', '', r.documents, r.mentions, '', '']);
  for (const r of s.casualties) rows.push(['casualties', '', '', r.category, r.documents, '', r.min, r.max ?? '']);
  for (const r of s.casualtiesByMonth) rows.push(['casualtiesByMonth', '', r.month, r.category, r.documents, '', r.min, r.max ?? '']);
  return stringify(rows, { record_delimiter: 'windows' });
}

const range = (r: { min: number; max: number | null }) => (r.max === null ? `${r.min}+` : r.max === r.min ? `${r.min}` : `${r.min}–${r.max}`);

function table(s: Summary, chalk: ChalkInstance): string {
  const newTable = (head: string[]) =>
    new Table({ head: head.map((h) => chalk.bold(h)), style: { head: [], border: [], compact: true }, wordWrap: true });
  const parts = [chalk.bold(`${s.documents} documents, ${s.errors} errors`) + '\n'];
  const section = (title: string, head: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    const t = newTable(head);
    t.push(...rows);
    parts.push(`${chalk.bold(title)}\n${t.toString()}\n`);
  };
  const entityRows = (rows: EntityRow[]) => rows.map((r) => [r.name, String(r.documents), String(r.mentions)]);
  section('People', ['name', 'documents', 'mentions'], entityRows(s.people));
  section('Places', ['name', 'documents', 'mentions'], entityRows(s.places));
  section('Organizations', ['name', 'documents', 'mentions'], entityRows(s.organizations));
  section('Casualties', ['category', 'total', 'documents'], s.casualties.map((r) => [r.category, range(r), String(r.documents)]));
  section(
    'Casualties by month',
    ['month', 'category', 'total', 'documents'],
    s.casualtiesByMonth.map((r) => [r.month, r.category, range(r), String(r.documents)]),
  );
  return parts.join('');
}

export function formatSummary(s: Summary, format: SummaryFormat, chalk: ChalkInstance): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(s, null, 2)}\n`;
    case 'ndjson':
      return ndjson(s);
    case 'csv':
      return csv(s);
    case 'table':
      return table(s, chalk);
    default:
      throw new Error(`unknown format ${String(format)}`);
  }
}
