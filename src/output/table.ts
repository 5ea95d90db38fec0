/**
 * `--format table` (the default on a terminal): per document a heading, one table per type
 * and a totals line, drawn by cli-table3 and coloured by chalk (off when piped or NO_COLOR is set).
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Casualty, Document, NamedEntity, Place } from '../schema.js';
import type { FormatterFactory } from './types.js';

const newTable = (chalk: ChalkInstance, head: string[]) =>
  new Table({ head: head.map((h) => chalk.bold(h)), style: { head: [], border: [], compact: true }, wordWrap: true });

const aliasList = (e: NamedEntity) => e.aliases.join(', ');

/** "600+" for at least 600, "20–30" for a range, "3000+ (vague)" for "several thousand". */
export function figure(c: Pick<Casualty, 'min' | 'max' | 'vague'>): string {
  const base = c.max === null ? `${c.min}+` : c.max === c.min ? `${c.min}` : `${c.min}–${c.max}`;
  return c.vague ? `${base} (vague)` : base;
}

function section(chalk: ChalkInstance, title: string, colour: (s: string) => string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const table = newTable(chalk, head);
  table.push(...rows);
  return `${colour(chalk.bold(title))}\n${table.toString()}\n`;
}

function renderDocument(chalk: ChalkInstance, doc: Document): string {
  const named = (entities: NamedEntity[]) => entities.map((e) => [e.name, String(e.mentions.length), aliasList(e)]);
  const places = doc.places.map((p: Place) => [p.name, p.kind, p.country ?? '', String(p.mentions.length), aliasList(p)]);
  const parts = [
    chalk.bold.underline(doc.path) + chalk.dim(`  published ${doc.publishedAt ?? 'unknown'}`) + '\n',
    ...doc.warnings.map((w) => chalk.yellow(`warning: ${w}`) + '\n'),
    section(chalk, 'People', chalk.cyan, ['name', 'mentions', 'aliases'], named(doc.people)),
    section(chalk, 'Places', chalk.green, ['name', 'kind', 'country', 'mentions', 'aliases'], places),
    section(chalk, 'Organizations', chalk.magenta, ['name', 'mentions', 'aliases'], named(doc.organizations)),
    section(chalk, 'Dates', chalk.blue, ['text', 'value', 'type'], doc.dates.map((d) => [d.text, d.value, d.type])),
    section(
      chalk,
      'Casualties',
      chalk.red,
      ['category', 'figure', 'group', 'date', 'place', 'text'],
      doc.casualties.map((c) => [
        c.superseded ? chalk.dim(`${c.category} (superseded)`) : c.category,
        figure(c),
        c.group ?? '',
        c.date ?? '',
        c.place ?? '',
        c.text,
      ]),
    ),
  ];
  const totals = Object.entries(doc.totals).map(([category, range]) => `${category} ${figure({ ...range!, vague: false })}`);
  if (totals.length > 0) parts.push(`${chalk.bold('Totals:')} ${totals.join(', ')}\n`);
  const empty = doc.people.length + doc.places.length + doc.organizations.length + doc.dates.length + doc.casualties.length === 0;
  if (empty) parts.push(chalk.dim('(nothing found)\n'));
  return parts.join('');
}

const table: FormatterFactory = ({ chalk }) => {
  let count = 0;
  return {
    start: () => '',
    document: (doc) => `${count++ > 0 ? '\n' : ''}${renderDocument(chalk, doc)}`,
    error: (e) => `${count++ > 0 ? '\n' : ''}${chalk.bold.underline(e.path)}\n${chalk.red(`error ${e.code}: ${e.message}`)}\n`,
    end: () => '',
  };
};

export default table;
