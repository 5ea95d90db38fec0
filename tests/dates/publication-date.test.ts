/** Publication date from the article text: header lines, datelines in many styles, the first full date. */
import { describe, expect, it } from 'vitest';
import { detectPublicationDate, headerEnd } from '../../src/document/publication-date.js';
import { createDocument } from '../../src/document/document.js';

describe('detectPublicationDate', () => {
  it.each([
    // datelines
    ['KABUL, Afghanistan (Jan. 25, 2013) — A joint force detained two men.', '2013-01-25'],
    ['MELITOPOL, April 13. /TASS/. Three people died. It was the fifth attack since 2024 began.', '2024-04-13'],
    ['NEW YORK, Oct. 23, 2025 /PRNewswire/ -- Acme Corp reported results.', '2025-10-23'],
    ['BEIRUT, Oct 23 (Reuters) - Strikes hit the south, the worst since 2024.', '2024-10-23'],
    ['Oct 23, 2025 (Reuters) - Strikes hit the south.', '2025-10-23'],
    ['LONDON, 23 October 2025 — A fire broke out.', '2025-10-23'],
    ['PORT-AU-PRINCE, Haiti, March 3, 2024 — Gangs attacked a prison.', '2024-03-03'],
    // datelines without a date fall through to a later full date in the opening lines
    ['WASHINGTON — The Senate voted on Thursday.\nFiled March 3, 2022.', '2022-03-03'],
    ['LONDON (Reuters) - A fire.\n\nBy Jane Roe\nMarch 11, 2025\n', '2025-03-11'],
    // header lines: a publication line wins over an update line, wherever they stand in the opening
    ['Headline\nUpdated: 24 October 2025\nPublished: 23 October 2025 14:05 BST', '2025-10-23'],
    ['Headline\nBy Marcus Hale\nUpdated Nov. 7, 2024\nThe strike on Tuesday, Nov. 5, 2024 hit a camp.', '2024-11-07'],
    ['Posted on 2 August 2024 by Hannah Lindqvist\nText.', '2024-08-02'],
    ['Title\nPosted 2024-11-06T10:00:00Z\nBody', '2024-11-06'],
    ['Title\nDate: 23.10.2025\nBody', '2025-10-23'],
    ['Title\nBy Jane Doe | 10/23/2025\nBody', '2025-10-23'],
    // the first full date in the opening lines
    ['The Laclede Ledger | Local News\nSaturday, June 14, 2025\n\nTwo dead in crash', '2025-06-14'],
    ['Headline\nThursday 23 October 2025 06.00 BST\nBody', '2025-10-23'],
    ['Headline\nOctober 23, 2025 at 4:30 p.m. EDT\nBody', '2025-10-23'],
    ['SEOUL, Oct. 23 (Yonhap) -- North Korea fired a missile, the first since May 2025.', '2025-10-23'],
    ['Dateline: Kabul, 25 January 2013\nBody', '2013-01-25'],
    ['(CNN) — Officials met on Monday.\nMore on 3 March 2024.', '2024-03-03'],
    // a dateline without a year takes the year of a press-release number when no date states one
    ['2011-03-CA-017\nKABUL, Afghanistan (March 4) - A joint force detained a suspect.', '2011-03-04'],
    ['KABUL, Afghanistan (Sept. 1) - A joint force detained a suspect.\nRelease 2010-09-CA-005', '2010-09-01'],
    ['KABUL, Afghanistan (Sept. 1) - A raid in 2009 is recalled.\nRelease 2010-09-CA-005', '2009-09-01'],
    // Unicode line separators end lines; a headline may open with the date and a colon
    ['Operational Update\u2028For Immediate Release\u2028KABUL, Afghanistan (Jan. 10, 2011) – A patrol was attacked.', '2011-01-10'],
    ['June 20: Operations in the South\u20282010-06-CA-074\u2028A joint force detained two men last night.', '2010-06-20'],
    // nothing usable
    ['No date here, only words.', null],
    ['KABUL (Sept. 1) - Order CA-005 states no year.', null],
    ['MELITOPOL, April 13. /TASS/. No year is stated anywhere.', null],
    ['WASHINGTON — Lawmakers met on Thursday.', null],
  ] as Array<[string, string | null]>)('%j → %s', (text, want) => {
    expect(detectPublicationDate(text)).toBe(want);
  });

  it('reads only the opening lines: a full date deep in the body is an event', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} of plain text.`).join('\n');
    expect(detectPublicationDate(`${body}\nThe treaty was signed on March 3, 1999.`)).toBeNull();
  });
});

describe('headerEnd', () => {
  // the text up to the returned offset is the header; '|' marks where it should end
  it.each([
    // after the dateline's date, which may share its line with the lede
    ['Operational Update, Jan. 5, 2011\u2028KABUL, Afghanistan (Jan. 4, 2011|) – A patrol killed two insurgents on Jan. 3.'],
    ['BEIRUT, Oct 23| (Reuters) - Strikes hit the south on Monday, the worst since 2024.'],
    // after the header line or the date line the publication date was read from
    ['Headline\nBy Marcus Hale\nUpdated Nov. 7, 2024|\nA strike on Tuesday hit a camp.'],
    ['Gang attack leaves 15 dead\n\nBy Jean Pierre\nOct. 31, 2025|\n\nPORT-AU-PRINCE, Haiti — Gunmen stormed the town on Thursday.'],
    // a full date in a sentence of the body is the event's: no header
    ['|On Jan. 5, 2013, a bomb killed five people in Kabul.'],
    // no publication date: no header
    ['|WASHINGTON — Lawmakers met on Thursday.'],
    ['|'],
  ])('%j', (marked) => {
    const text = marked.replace('|', '');
    expect(headerEnd(text)).toBe(marked.indexOf('|'));
  });
});

describe('createDocument', () => {
  it('--reference-date wins over the article', () => {
    expect(createDocument('a.txt', 'KABUL, Afghanistan (Jan. 25, 2013) — Text.', { referenceDate: '2020-01-01' }).publishedAt).toBe('2020-01-01');
    expect(createDocument('a.txt', 'KABUL, Afghanistan (Jan. 25, 2013) — Text.').publishedAt).toBe('2013-01-25');
  });
});
