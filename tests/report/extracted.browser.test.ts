/**
 * The report of glean's real extraction (not hand-made Documents) for two articles written for
 * this test, checked in Chromium, and the screenshot the README shows: docs/report-screenshot.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema.js';
import { mentionTexts } from './articles.js';
import { fileUrl, highlightedTexts, openArticle, openBrowser, writeReport, type Session } from './browser.js';
import { ROOT } from '../helpers/cli.js';

/** Invented events, written for this test. */
const ARTICLES: Array<[string, string, string]> = [
  [
    'articles/river-flood.txt',
    '2024-04-08',
    'WINNIPEG, Manitoba — Flooding along the Red River killed at least 7 people and injured 23 others on Sunday, ' +
      'the Royal Canadian Mounted Police said on Monday.\n\n' +
      'Mayor Anita Sharma told CBC News that 4 residents were still missing after the water broke through a dike north of Selkirk. ' +
      '"We have never seen the river rise this fast," Sharma said.\n\n' +
      'The Canadian Red Cross said more than 1,200 people had been displaced since March 3, when the ice jam first formed. ' +
      'Premier Tomas Lindqvist said the province would ask Ottawa for help.',
  ],
  [
    'articles/footbridge.txt',
    '2023-11-20',
    'BERLIN, 20 November 2023 — Two people were killed and 11 wounded when a footbridge collapsed in Dresden overnight, police said. ' +
      'Police spokeswoman Katrin Vogel said 3 workers had been arrested on Saturday. 🚧 The bridge had been closed for repairs since October.',
  ],
];

export const SCREENSHOT = path.join(ROOT, 'docs', 'report-screenshot.png');

let dir: string;
let file: string;
let docs: Document[];
let session: Session;

beforeAll(async () => {
  const { extract } = await import('../../src/extract.js');
  docs = ARTICLES.map(([p, date, text]) => extract(p, text, { referenceDate: date, emitText: true }));
  dir = mkdtempSync(path.join(tmpdir(), 'glean-report-'));
  file = writeReport(dir, 'report.html', docs);
  session = await openBrowser();
  await session.page.goto(fileUrl(file));
  await session.page.waitForSelector('#article-text');
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('report of real extraction', () => {
  it.each(ARTICLES.map(([p], i) => [p, i] as const))('%s: one highlight per mention, each exactly its text', async (p, i) => {
    await openArticle(session.page, i, p);
    const expected = mentionTexts(docs[i]);
    expect(expected.length).toBeGreaterThan(5);
    expect(await highlightedTexts(session.page)).toEqual(expected);
    expect(await session.page.textContent('#article-text')).toBe(ARTICLES[i][2]);
  });

  it('writes the screenshot: the first article with a date tooltip showing', async () => {
    const page = session.page;
    await openArticle(page, 0, ARTICLES[0][0]);
    const date = mentionTexts(docs[0]).indexOf(docs[0].dates[0].text);
    await page.hover(`#article-text .m[data-m="${date}"]`);
    expect(await page.textContent('#tooltip')).toContain(docs[0].dates[0].value);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });

  it('asked for nothing but the file itself, and logged no errors', () => {
    expect(session.requests).toEqual([fileUrl(file)]);
    expect(session.problems).toEqual([]);
  });
});
