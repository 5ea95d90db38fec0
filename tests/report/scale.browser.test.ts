/** 1,000 articles: the page opens quickly and draws one article and one page of each list at a time. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Document } from '../../src/schema.js';
import { ferry, harbour, mentionTexts } from './articles.js';
import { fileUrl, highlightedTexts, openArticle, openBrowser, writeReport, type Session } from './browser.js';

const COUNT = 1000;
/** About 4 kB of plain text after each article, so the file is the size of a real corpus's (about 5 MB). */
const FILLER = '\n\nResidents gathered by the water as the afternoon went on, and volunteers handed out tea. '.repeat(45);
const docs: Document[] = Array.from({ length: COUNT }, (_, i) => {
  const doc = i % 2 ? ferry : harbour;
  return { ...doc, path: `corpus/${String(i).padStart(4, '0')}.txt`, text: doc.text + FILLER };
});

let dir: string;
let file: string;
let session: Session;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-report-'));
  file = writeReport(dir, 'big.html', docs);
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('opens a 1,000-article report within 5 seconds, drawing one article and 100 list entries', async () => {
  const page = session.page;
  const started = Date.now();
  await page.goto(fileUrl(file));
  await page.waitForSelector('#article-text .m');
  const elapsed = Date.now() - started;
  expect(elapsed, `${statSync(file).size} bytes opened in ${elapsed} ms`).toBeLessThan(5000);
  expect(await page.$$eval('#article-list li', (lis) => lis.length)).toBe(100);
  expect(await page.textContent('#list-pager')).toBe('‹ Prevpage 1 of 10 · 1000 of 1000 inputsNext ›');
  expect(await page.$$eval('.m[data-m]', (spans) => new Set(spans.map((s) => s.getAttribute('data-m'))).size)).toBe(mentionTexts(harbour).length);
});

it('opens the last article from its link and moves the list to its page', async () => {
  const page = session.page;
  await openArticle(page, COUNT - 1, 'corpus/0999.txt');
  expect(await highlightedTexts(page)).toEqual(mentionTexts(ferry));
  expect(await page.textContent('#list-pager')).toBe('‹ Prevpage 10 of 10 · 1000 of 1000 inputsNext ›');
  expect(await page.getAttribute('#article-list a[aria-current="true"]', 'href')).toBe('#article-999');
});

it('filters the list by path', async () => {
  const page = session.page;
  await page.fill('#filter', '099');
  expect(await page.$$eval('#article-list li .path', (els) => els.map((e) => e.textContent))).toEqual(
    ['0099', '0990', '0991', '0992', '0993', '0994', '0995', '0996', '0997', '0998', '0999'].map((n) => `corpus/${n}.txt`),
  );
  await page.fill('#filter', '');
});

it('shows 100 of the 2,500 casualty figures at a time, and one chart bar per month', async () => {
  const page = session.page;
  await page.evaluate(() => {
    location.hash = '#corpus';
  });
  await page.waitForSelector('#figures tbody tr');
  expect(await page.$$eval('#figures tbody tr', (rows) => rows.length)).toBe(100);
  expect(await page.textContent('#figures-pager')).toBe('‹ Prevpage 1 of 25 · 2500 figuresNext ›');
  expect(await page.$$eval('#timeline g.bar', (gs) => gs.map((g) => g.getAttribute('data-month')))).toEqual(['2025-02', '2025-03', '2025-05']);
  expect(session.problems).toEqual([]);
  expect(session.requests).toEqual([fileUrl(file)]);
});
