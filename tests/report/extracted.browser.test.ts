/**
 * The report of glean's real extraction (not hand-made Documents), checked in Chromium: two
 * articles written for this test, an HTML page, and the shared seed article (read at run time);
 * and the screenshot the README shows (docs/report-screenshot.png with GLEAN_UPDATE_SCREENSHOT=1), of the first article.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema.js';
import { mentionTexts } from './articles.js';
import { fileUrl, highlightedTexts, openArticle, openBrowser, writeReport, type Session } from './browser.js';
import { ROOT, SEED } from '../helpers/cli.js';

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

/**
 * The test writes its screenshot to bench/out/ (git-ignored), so a test run never changes a tracked file;
 * GLEAN_UPDATE_SCREENSHOT=1 writes the README's docs/report-screenshot.png instead.
 */
export const SCREENSHOT = process.env.GLEAN_UPDATE_SCREENSHOT
  ? path.join(ROOT, 'docs', 'report-screenshot.png')
  : path.join(ROOT, 'bench', 'out', 'report-screenshot.png');

let dir: string;
let file: string;
let sources: Array<[string, string, string]>;
let docs: Document[];
let session: Session;

/** An HTML page: the report shows the article text glean extracted from it, with entities decoded. */
const PAGE =
  '<!doctype html><html><head><title>Footbridge</title><script>window.__pwned = 1</script></head><body><nav>Home | World</nav>' +
  '<article><h1>Footbridge closed</h1><p>DRESDEN — Engineers said on Tuesday that 2 inspectors were injured &amp; the bridge stays shut. ' +
  '&lt;img src=x onerror=alert(1)&gt; was posted by a reader.</p></article></body></html>';

beforeAll(async () => {
  const { extract } = await import('../../src/extract.js');
  const { readInput } = await import('../../src/input/read.js');
  dir = mkdtempSync(path.join(tmpdir(), 'glean-report-'));
  const htmlPath = path.join(dir, 'bridge.html');
  writeFileSync(htmlPath, PAGE);
  const read = await readInput(htmlPath);
  if (!read.ok) throw new Error(read.error.message);
  const seed = await readInput(SEED); // read at run time, never copied: see /work/shared
  if (!seed.ok) throw new Error(seed.error.message);
  sources = [...ARTICLES, ['bridge.html', '2023-11-21', read.value.text], ['seed.txt', '2025-10-23', seed.value.text]];
  docs = sources.map(([p, date, text]) => extract(p, text, { referenceDate: date, emitText: true }));
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
  it.each([0, 1, 2, 3])('article %i: one highlight per mention, each exactly its text', async (i) => {
    await openArticle(session.page, i, sources[i][0]); // 3: the seed article, the longest
    const expected = mentionTexts(docs[i]);
    expect(expected.length).toBeGreaterThan(2);
    expect(await highlightedTexts(session.page)).toEqual(expected);
    expect(await session.page.textContent('#article-text')).toBe(sources[i][2]);
  });

  it('shows the text extracted from an HTML page: no page furniture, entities decoded, markup as text', async () => {
    const text = sources[2][2];
    expect(text).toContain('2 inspectors were injured & the bridge');
    expect(text).toContain('<img src=x onerror=alert(1)> was posted');
    expect(text).not.toContain('Home | World');
    await openArticle(session.page, 2, 'bridge.html');
    expect(await session.page.textContent('#article-text')).toBe(text);
    expect(await session.page.$$eval('#article img', (imgs) => imgs.length)).toBe(0);
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
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
