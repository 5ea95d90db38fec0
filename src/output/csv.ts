/**
 * `--format csv`: RFC 4180 (csv-stringify), a header row, then one row per mention:
 *   path,type,name,text,start,end,value
 * type is person, place, organization, date or casualty; name is the entity's canonical name
 * (for a casualty figure, its category; empty for a date); value is the date's TIMEX3 value or
 * the casualty figure's count. Inputs that could not be read give no rows (see stderr and the exit code).
 */
import { stringify } from 'csv-stringify/sync';
import type { Document } from '../schema.js';
import type { FormatterFactory } from './types.js';

const HEADER = ['path', 'type', 'name', 'text', 'start', 'end', 'value'];

type Row = [string, string, string, string, number, number, string | number];

export function csvRows(doc: Document): Row[] {
  const rows: Row[] = [];
  const named = (type: string, entities: Document['people']) => {
    for (const e of entities) for (const m of e.mentions) rows.push([doc.path, type, e.name, m.text, m.start, m.end, '']);
  };
  named('person', doc.people);
  named('place', doc.places);
  named('organization', doc.organizations);
  for (const d of doc.dates) rows.push([doc.path, 'date', '', d.text, d.start, d.end, d.value]);
  for (const c of doc.casualties) rows.push([doc.path, 'casualty', c.category, c.text, c.start, c.end, c.count]);
  // text order within a document, so a reader can follow the article
  return rows.sort((a, b) => a[4] - b[4] || a[5] - b[5]);
}

const csv: FormatterFactory = () => ({
  start: () => stringify([HEADER], { record_delimiter: 'windows' }),
  document: (doc) => stringify(csvRows(doc), { record_delimiter: 'windows' }),
  error: () => '',
  end: () => '',
});

export default csv;
