/** The formatters on a hand-made Document, exactly. */
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import type { Document } from '../../src/schema.js';
import { FORMATTERS } from '../../src/output/index.js';
import { csvRows } from '../../src/output/csv.js';
import { figure } from '../../src/output/table.js';

const doc: Document = {
  path: 'a.txt',
  publishedAt: '2025-10-23',
  people: [{ name: 'Kim Jong Un', aliases: ['Kim'], mentions: [{ text: 'Kim Jong Un', start: 0, end: 11 }, { text: 'Kim', start: 40, end: 43 }] }],
  places: [{ name: 'Kursk', aliases: [], mentions: [{ text: 'Kursk', start: 20, end: 25 }], country: 'RU', kind: 'region', lat: 51.7, lon: 36.2 }],
  organizations: [],
  dates: [{ text: 'Thursday', start: 30, end: 38, value: '2025-10-23', type: 'DATE', mod: null }],
  casualties: [
    { text: 'at least 600 "soldiers", killed', start: 50, end: 81, category: 'killed', count: 600, min: 600, max: null, vague: false, qualifier: 'at least', group: 'soldiers', date: '2025-10-23', place: 'Kursk', source: null, superseded: false },
  ],
  totals: { killed: { min: 600, max: null } },
  warnings: [],
};

const render = (name: keyof typeof FORMATTERS, docs: Document[], errors = [{ path: 'b.txt', code: 'NOT_FOUND' as const, message: 'no such file or directory' }]) => {
  const f = FORMATTERS[name]({ chalk: new Chalk({ level: 0 }) });
  return f.start() + docs.map((d) => f.document(d)).join('') + errors.map((e) => f.error(e)).join('') + f.end();
};

describe('formatters', () => {
  it('json equals JSON.stringify of the whole result', () => {
    expect(render('json', [doc, doc])).toBe(
      `${JSON.stringify({ schemaVersion: 1, documents: [doc, doc], errors: [{ path: 'b.txt', code: 'NOT_FOUND', message: 'no such file or directory' }] }, null, 2)}\n`,
    );
    expect(render('json', [], [])).toBe(`${JSON.stringify({ schemaVersion: 1, documents: [], errors: [] }, null, 2)}\n`);
  });

  it('ndjson writes a document per line and an error line', () => {
    expect(render('ndjson', [doc]).split('\n')).toEqual([
      JSON.stringify(doc),
      JSON.stringify({ path: 'b.txt', error: { code: 'NOT_FOUND', message: 'no such file or directory' } }),
      '',
    ]);
  });

  it('csv writes one row per mention in text order, quoting as RFC 4180 says', () => {
    expect(csvRows(doc).map((r) => r.slice(1, 7))).toEqual([
      ['person', 'Kim Jong Un', 'Kim Jong Un', 0, 11, ''],
      ['place', 'Kursk', 'Kursk', 20, 25, ''],
      ['date', '', 'Thursday', 30, 38, '2025-10-23'],
      ['person', 'Kim Jong Un', 'Kim', 40, 43, ''],
      ['casualty', 'killed', 'at least 600 "soldiers", killed', 50, 81, 600],
    ]);
    const lines = render('csv', [doc]).split('\r\n');
    expect(lines[0]).toBe('path,type,name,text,start,end,value');
    expect(lines[5]).toBe('a.txt,casualty,killed,"at least 600 ""soldiers"", killed",50,81,600');
  });

  it.each([
    [{ min: 600, max: null, vague: false }, '600+'],
    [{ min: 20, max: 30, vague: false }, '20–30'],
    [{ min: 3, max: 3, vague: false }, '3'],
    [{ min: 3000, max: null, vague: true }, '3000+ (vague)'],
  ])('figure %j → %s', (c, expected) => {
    expect(figure(c)).toBe(expected);
  });

  it('table shows every section, the totals and the error, without colour at level 0', () => {
    const out = render('table', [doc]);
    expect(out).not.toMatch(/\u001b\[/);
    for (const expected of ['a.txt  published 2025-10-23', 'People', 'Kim Jong Un', 'Places', 'RU', 'Dates', '2025-10-23', 'Casualties', '600+', 'Totals: killed 600+', 'b.txt', 'error NOT_FOUND: no such file or directory']) {
      expect(out).toContain(expected);
    }
    expect(out).not.toContain('Organizations');
  });
});
