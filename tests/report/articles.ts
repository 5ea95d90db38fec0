/**
 * Small articles written for these tests, with hand-made Documents (exact, independent of the
 * extraction passes): astral characters before mentions, a place inside a casualty figure,
 * two crossing mentions, and an article full of markup that must stay text.
 */
import type { Casualty, DateMention, Document, Mention, Place } from '../../src/schema.js';

/** The `nth` occurrence of `needle` in `text`, with code-point offsets as in the schema. */
export function at(text: string, needle: string, nth = 0): Mention {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  const start = [...text.slice(0, from)].length;
  return { text: needle, start, end: start + [...needle].length };
}

const place = (text: string, name: string, mentions: string[], country: string | null): Place => ({
  name,
  aliases: [...new Set(mentions.filter((m) => m !== name))].sort(),
  mentions: mentions.map((m, i) => at(text, m, mentions.slice(0, i).filter((x) => x === m).length)),
  country,
  kind: 'city',
  lat: null,
  lon: null,
});

const date = (text: string, needle: string, value: string): DateMention => ({ ...at(text, needle), value, type: 'DATE', mod: null });

const casualty = (text: string, needle: string, fields: Partial<Casualty> & Pick<Casualty, 'category' | 'count'>): Casualty => ({
  ...at(text, needle),
  min: fields.count,
  max: fields.count,
  vague: false,
  qualifier: null,
  group: null,
  date: null,
  place: null,
  source: null,
  superseded: false,
  ...fields,
});

const HARBOUR =
  '🚒 PORT ELLIS, 11 March 2025 — At least 14 people were killed in Port Ellis on Tuesday when a fire swept the harbour, ' +
  'Mayor Lena Okafor said.\n\nOkafor told the Coastal Relief Agency that 30 more were injured. 👍 Another 3 have been missing since February.';

export const harbour: Document = {
  path: 'articles/harbour-fire.txt',
  publishedAt: '2025-03-12',
  text: HARBOUR,
  people: [{ name: 'Lena Okafor', aliases: ['Okafor'], mentions: [at(HARBOUR, 'Lena Okafor'), at(HARBOUR, 'Okafor', 1)] }],
  places: [place(HARBOUR, 'Port Ellis', ['PORT ELLIS', 'Port Ellis'], 'IE')],
  organizations: [{ name: 'Coastal Relief Agency', aliases: [], mentions: [at(HARBOUR, 'Coastal Relief Agency')] }],
  dates: [date(HARBOUR, '11 March 2025', '2025-03-11'), date(HARBOUR, 'Tuesday', '2025-03-11'), date(HARBOUR, 'February', '2025-02')],
  casualties: [
    casualty(HARBOUR, 'At least 14 people were killed in Port Ellis', {
      category: 'killed', count: 14, max: null, qualifier: 'at least', group: 'people', date: '2025-03-11', place: 'Port Ellis', source: 'Mayor Lena Okafor',
    }),
    casualty(HARBOUR, '30 more were injured', { category: 'injured', count: 30 }),
    casualty(HARBOUR, '3 have been missing since February', { category: 'missing', count: 3, date: '2025-02' }),
  ],
  totals: { killed: { min: 14, max: null }, injured: { min: 30, max: 30 }, missing: { min: 3, max: 3 } },
  warnings: [],
};

const FERRY = 'The ferry firm North Sound Lines said 2 crew members were missing off Skerry Point on 1 May 2025. 𝐍𝐨𝐭𝐞: rescuers found 1 body on Friday.';

/** "North Sound" (place) and "Sound Lines" (organisation) cross: the kind of mistake the report must still draw exactly. */
export const ferry: Document = {
  path: 'articles/ferry.txt',
  publishedAt: '2025-05-02',
  text: FERRY,
  people: [],
  places: [place(FERRY, 'North Sound', ['North Sound'], null), place(FERRY, 'Skerry Point', ['Skerry Point'], 'GB')],
  organizations: [{ name: 'Sound Lines', aliases: [], mentions: [at(FERRY, 'Sound Lines')] }],
  dates: [date(FERRY, '1 May 2025', '2025-05-01'), date(FERRY, 'Friday', '2025-05-02')],
  casualties: [
    casualty(FERRY, '2 crew members were missing', { category: 'missing', count: 2, group: 'crew members', date: '2025-05-01', place: 'Skerry Point' }),
    casualty(FERRY, '1 body', { category: 'killed', count: 1, date: '2025-05-02' }),
  ],
  totals: { missing: { min: 2, max: 2 }, killed: { min: 1, max: 1 } },
  warnings: ['encoding guessed: windows-1252'],
};

const XSS =
  'Posted <script>window.__pwned = 1; alert(1)</script> and <img src=x onerror="window.__pwned = 2"> then ' +
  '</script><script>window.__pwned = 3</script> <!-- and 5 <b>killed</b> --> at <a href="javascript:alert(4)">Main St</a>.';

/** Markup in the text, a mention, a name and the path: all must show as text and run nothing. */
export const hostile: Document = {
  path: 'articles/<img src=x onerror="window.__pwned=5">.txt',
  publishedAt: '2025-06-01',
  text: XSS,
  people: [{ name: '<script>window.__pwned = 1; alert(1)</script>', aliases: ['<img src=x onerror="window.__pwned = 2">'], mentions: [at(XSS, '<script>window.__pwned = 1; alert(1)</script>')] }],
  places: [],
  organizations: [],
  dates: [],
  casualties: [casualty(XSS, '5 <b>killed</b>', { category: 'killed', count: 5, group: '<i onmouseover="window.__pwned=6">x</i>' })],
  totals: { killed: { min: 5, max: 5 } },
  warnings: ['<svg onload="window.__pwned=7">'],
};

/** Every mention of a document in the order the report numbers them (data-m): people, places, organisations, dates, casualties. */
export function mentionTexts(doc: Document): string[] {
  return [
    ...[...doc.people, ...doc.places, ...doc.organizations].flatMap((e) => e.mentions.map((m) => m.text)),
    ...doc.dates.map((d) => d.text),
    ...doc.casualties.map((c) => c.text),
  ];
}
