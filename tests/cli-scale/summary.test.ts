/** glean summary: corpus-level aggregates from NDJSON shards, in every format, exact. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFolder, glean } from './helpers.js';

const mention = (text: string, start: number) => ({ text, start, end: start + text.length });
const entity = (name: string, n: number) => ({ name, aliases: [], mentions: Array.from({ length: n }, (_, i) => mention(name, i * 100)) });
const place = (name: string, n: number) => ({ ...entity(name, n), country: null, kind: 'city', lat: null, lon: null });
const figure = (category: string, min: number, max: number | null, date: string | null, extra: object = {}) => ({
  ...mention('figure', 0),
  category,
  count: min,
  min,
  max,
  vague: false,
  qualifier: null,
  group: null,
  date,
  place: null,
  source: null,
  superseded: false,
  ...extra,
});
const doc = (p: string, publishedAt: string | null, parts: object) => ({
  path: p,
  publishedAt,
  people: [],
  places: [],
  organizations: [],
  dates: [],
  casualties: [],
  totals: {},
  warnings: [],
  ...parts,
});

const SHARD_1 = [
  doc('one.txt', '2024-03-04', {
    people: [entity('Alice Brennan', 2)],
    places: [place('Portsmouth', 1)],
    organizations: [entity('Royal Navy', 1)],
    casualties: [figure('injured', 2, 2, '2024-03-04')],
    totals: { injured: { min: 2, max: 2 } },
  }),
  { path: 'bad.bin', error: { code: 'BINARY', message: 'binary file (contains NUL bytes), not text' } },
  doc('two.txt', '2024-03-20', {
    people: [entity('Alice Brennan', 1), entity('Tomas Keller', 3)],
    places: [place('Vienna', 2), place('Portsmouth', 1)],
    casualties: [
      figure('killed', 5, 5, '2024-02-27', { superseded: true }),
      figure('killed', 10, null, '2024-02-28', { group: 'soldiers' }),
      figure('killed', 10, null, '2024-02-28T10:00', { group: 'soldiers' }),
      figure('killed', 3, 3, null),
    ],
    totals: { killed: { min: 13, max: null } },
  }),
];
const SHARD_2 = [
  doc('three.txt', null, {
    people: [entity('Tomas Keller', 1)],
    casualties: [figure('arrested', 25, 25, 'XXXX-10-01')],
    totals: { arrested: { min: 25, max: 25 } },
  }),
];

const EXPECTED = {
  schemaVersion: 1,
  documents: 3,
  errors: 1,
  people: [
    { name: 'Tomas Keller', documents: 2, mentions: 4 },
    { name: 'Alice Brennan', documents: 2, mentions: 3 },
  ],
  places: [
    { name: 'Portsmouth', documents: 2, mentions: 2 },
    { name: 'Vienna', documents: 1, mentions: 2 },
  ],
  organizations: [{ name: 'Royal Navy', documents: 1, mentions: 1 }],
  casualties: [
    { category: 'killed', min: 13, max: null, documents: 1 },
    { category: 'injured', min: 2, max: 2, documents: 1 },
    { category: 'arrested', min: 25, max: 25, documents: 1 },
  ],
  casualtiesByMonth: [
    { month: '2024-02', category: 'killed', min: 10, max: null, documents: 1 },
    { month: '2024-03', category: 'killed', min: 3, max: 3, documents: 1 },
    { month: '2024-03', category: 'injured', min: 2, max: 2, documents: 1 },
    { month: 'unknown', category: 'arrested', min: 25, max: 25, documents: 1 },
  ],
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-summary-'));
  writeFileSync(path.join(dir, 'part-1.ndjson'), SHARD_1.map((l) => JSON.stringify(l)).join('\n') + '\n');
  writeFileSync(path.join(dir, 'part-2.ndjson'), SHARD_2.map((l) => JSON.stringify(l)).join('\n') + '\n');
});

describe('glean summary', { timeout: 300_000 }, () => {
  it('aggregates shards: ranks names by documents then mentions, adds totals, by month', () => {
    const out = glean(['summary', 'part-1.ndjson', 'part-2.ndjson', '-f', 'json'], { cwd: dir });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`${JSON.stringify(EXPECTED, null, 2)}\n`);
  });

  it('reads standard input (as - or when no file is named), json when piped', () => {
    const input = [...SHARD_1, ...SHARD_2].map((l) => JSON.stringify(l)).join('\n');
    const expected = { status: 0, stdout: `${JSON.stringify(EXPECTED, null, 2)}\n`, stderr: '' };
    expect(glean(['summary'], { cwd: dir, input })).toEqual(expected);
    expect(glean(['summary', '-'], { cwd: dir, input })).toEqual(expected);
  });

  it('prints ndjson: a corpus line, then a line per row naming its section', () => {
    const out = glean(['summary', 'part-1.ndjson', 'part-2.ndjson', '-f', 'ndjson', '--top', '1'], { cwd: dir });
    expect(out.stdout).toBe(
      [
        '{"section":"corpus","documents":3,"errors":1}',
        '{"section":"people","name":"Tomas Keller","documents":2,"mentions":4}',
        '{"section":"places","name":"Portsmouth","documents":2,"mentions":2}',
        '{"section":"organizations","name":"Royal Navy","documents":1,"mentions":1}',
        '{"section":"casualties","category":"killed","min":13,"max":null,"documents":1}',
        '{"section":"casualties","category":"injured","min":2,"max":2,"documents":1}',
        '{"section":"casualties","category":"arrested","min":25,"max":25,"documents":1}',
        '{"section":"casualtiesByMonth","month":"2024-02","category":"killed","min":10,"max":null,"documents":1}',
        '{"section":"casualtiesByMonth","month":"2024-03","category":"killed","min":3,"max":3,"documents":1}',
        '{"section":"casualtiesByMonth","month":"2024-03","category":"injured","min":2,"max":2,"documents":1}',
        '{"section":"casualtiesByMonth","month":"unknown","category":"arrested","min":25,"max":25,"documents":1}',
        '',
      ].join('\n'),
    );
  });

  it('prints csv with one header and empty cells where a section has no value', () => {
    const out = glean(['summary', 'part-1.ndjson', 'part-2.ndjson', '-f', 'csv', '--top', '1'], { cwd: dir });
    expect(out.stdout).toBe(
      [
        'section,name,month,category,documents,mentions,min,max',
        'corpus,,,,3,,,',
        'people,Tomas Keller,,,2,4,,',
        'places,Portsmouth,,,2,2,,',
        'organizations,Royal Navy,,,1,1,,',
        'casualties,,,killed,1,,13,',
        'casualties,,,injured,1,,2,2',
        'casualties,,,arrested,1,,25,25',
        'casualtiesByMonth,,2024-02,killed,1,,10,',
        'casualtiesByMonth,,2024-03,killed,1,,3,3',
        'casualtiesByMonth,,2024-03,injured,1,,2,2',
        'casualtiesByMonth,,unknown,arrested,1,,25,25',
        '',
      ].join('\r\n'),
    );
  });

  it('prints tables', () => {
    const out = glean(['summary', 'part-2.ndjson', '-f', 'table'], { cwd: dir });
    expect(out.stdout).toBe(
      [
        '1 documents, 0 errors',
        'People',
        '┌──────────────┬───────────┬──────────┐',
        '│ name         │ documents │ mentions │',
        '├──────────────┼───────────┼──────────┤',
        '│ Tomas Keller │ 1         │ 1        │',
        '└──────────────┴───────────┴──────────┘',
        'Casualties',
        '┌──────────┬───────┬───────────┐',
        '│ category │ total │ documents │',
        '├──────────┼───────┼───────────┤',
        '│ arrested │ 25    │ 1         │',
        '└──────────┴───────┴───────────┘',
        'Casualties by month',
        '┌─────────┬──────────┬───────┬───────────┐',
        '│ month   │ category │ total │ documents │',
        '├─────────┼──────────┼───────┼───────────┤',
        '│ unknown │ arrested │ 25    │ 1         │',
        '└─────────┴──────────┴───────┴───────────┘',
        '',
      ].join('\n'),
    );
  });

  it('skips a line that is not glean NDJSON, names it, exit 1; an unreadable file likewise', () => {
    writeFileSync(path.join(dir, 'broken.ndjson'), `${JSON.stringify(SHARD_2[0])}\n{"oops"\n[]\n`);
    const out = glean(['summary', 'broken.ndjson', 'nowhere.ndjson', '-f', 'ndjson', '--top', '0'], { cwd: dir });
    expect(out.status).toBe(1);
    expect(out.stderr).toBe(
      'glean: broken.ndjson:2: not a line of glean NDJSON output; skipped\n' +
        'glean: broken.ndjson:3: not a line of glean NDJSON output; skipped\n' +
        'glean: nowhere.ndjson: cannot read (ENOENT)\n',
    );
    expect(out.stdout.split('\n')[0]).toBe('{"section":"corpus","documents":1,"errors":0}');
  });

  it.each([
    [['--top', 'many'], 'glean: error: --top: "many" is not a whole number\n(run glean summary --help for usage)\n'],
    [['-f', 'xml'], "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are json, ndjson, csv, table.\n(run glean summary --help for usage)\n"],
  ])('rejects %j as a usage error (exit 2)', (args, stderr) => {
    expect(glean(['summary', 'part-1.ndjson', ...args], { cwd: dir })).toEqual({ status: 2, stdout: '', stderr });
  });

  it('gives the same summary for the shards of a real run as for the whole run', () => {
    const news = articleFolder();
    const whole = glean(['news', '-f', 'ndjson'], { cwd: news }).stdout;
    writeFileSync(path.join(news, 'all.ndjson'), whole);
    for (const k of [1, 2, 3]) writeFileSync(path.join(news, `s${k}.ndjson`), glean(['news', '-f', 'ndjson', '--shard', `${k}/3`], { cwd: news }).stdout);
    const fromShards = glean(['summary', 's1.ndjson', 's2.ndjson', 's3.ndjson', '--top', '0'], { cwd: news });
    expect(fromShards.status).toBe(0);
    expect(fromShards).toEqual(glean(['summary', 'all.ndjson', '--top', '0'], { cwd: news }));
    expect(JSON.parse(fromShards.stdout).documents).toBe(7);
  });
});
