/**
 * The HTML report in headless Chromium (issue 8): loads with no errors and no requests, every
 * mention highlighted with exactly its text, tooltips on hover and keyboard focus, one chart bar
 * per month with casualties, a sortable figures table, readable in light and dark schemes, and
 * an article full of markup that shows as text and runs nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema.js';
import { ferry, harbour, hostile, mentionTexts } from './articles.js';
import { fileUrl, highlightedTexts, openArticle, openBrowser, writeReport, type Session } from './browser.js';

const DOCS: Document[] = [harbour, ferry, hostile];
const mentionTextsIndex = mentionTexts(ferry).indexOf('2 crew members were missing');
const ERROR = { path: 'articles/gone.txt', code: 'NOT_FOUND' as const, message: 'no such file' };

let dir: string;
let file: string;
let session: Session;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-report-'));
  file = writeReport(dir, 'report.html', DOCS, [ERROR]);
  session = await openBrowser();
  await session.page.goto(fileUrl(file));
  await session.page.waitForSelector('#article-text');
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openCorpus(): Promise<void> {
  await session.page.evaluate(() => {
    location.hash = '#corpus';
  });
  await session.page.waitForSelector('#figures tbody tr');
}

describe('report in Chromium', () => {
  it('lists every input with its counts, and the unreadable one with its code', async () => {
    const items = await session.page.$$eval('#article-list li', (lis) => lis.map((li) => li.textContent));
    expect(items).toEqual([
      'articles/harbour-fire.txt22133killed 14+, injured 30, missing 3',
      'articles/ferry.txt2122missing 2, killed 1',
      `${hostile.path}11killed 5`,
      'articles/gone.txt NOT_FOUND',
    ]);
    expect(await session.page.textContent('#summary')).toBe('3 articles · 6 casualty figures · 1 unreadable');
  });

  it.each(DOCS.map((doc, i) => [doc.path, i, doc] as const))('%s: one highlight per mention, each exactly its text', async (p, i, doc) => {
    await openArticle(session.page, i, p);
    expect(await highlightedTexts(session.page)).toEqual(mentionTexts(doc));
    expect(await session.page.textContent('#article-text')).toBe(doc.text);
    const label = await session.page.textContent('#article .meta');
    expect(label).toContain(`${mentionTexts(doc).length} mentions highlighted`);
  });

  it('shows a date value when a date is hovered, and hides it on Escape', async () => {
    await openArticle(session.page, 0, harbour.path);
    const tuesday = mentionTexts(harbour).indexOf('Tuesday');
    await session.page.hover(`#article-text .m[data-m="${tuesday}"]`);
    await expect.poll(() => session.page.isVisible('#tooltip')).toBe(true);
    expect(await session.page.textContent('#tooltip')).toBe('date2025-03-11typeDATE');
    const span = (await session.page.locator(`#article-text .m[data-m="${tuesday}"]`).boundingBox())!;
    const tip = (await session.page.locator('#tooltip').boundingBox())!;
    expect([tip.x, tip.y]).toEqual([span.x, span.y + span.height + 6]); // just below the date
    await session.page.keyboard.press('Escape');
    expect(await session.page.isVisible('#tooltip')).toBe(false);
  });

  it('shows the tooltip above a mention when the window has no room below it', async () => {
    const page = session.page;
    await openArticle(page, 0, harbour.path);
    await page.setViewportSize({ width: 1280, height: 300 });
    try {
      const selector = `#article-text .m[data-m="${mentionTexts(harbour).indexOf('3 have been missing since February')}"]`;
      await page.focus(selector);
      const span = (await page.locator(selector).boundingBox())!;
      const tip = (await page.locator('#tooltip').boundingBox())!;
      expect(span.y + span.height + 6 + tip.height).toBeGreaterThan(300); // no room below
      expect(tip.y + tip.height).toBe(span.y - 6);
    } finally {
      await page.setViewportSize({ width: 1280, height: 820 });
    }
  });

  it('reaches a nested date with the keyboard and shows its value, and a casualty figure its details', async () => {
    await openArticle(session.page, 0, harbour.path);
    const february = String(mentionTexts(harbour).indexOf('February'));
    await session.page.focus('#filter');
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== february; presses++) {
      await session.page.keyboard.press('Tab');
      focused = await session.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.m ?? '');
    }
    expect(focused).toBe(february);
    expect(await session.page.textContent('#tooltip')).toBe('date2025-02typeDATE');
    const killed = mentionTexts(harbour).indexOf('At least 14 people were killed in Port Ellis');
    await session.page.focus(`#article-text .m[data-m="${killed}"]`);
    expect(await session.page.textContent('#tooltip')).toBe(
      'categorykilledfigure14+min – max14 – openqualifierat leastgrouppeopledate2025-03-11placePort EllissourceMayor Lena Okafor',
    );
    const place = mentionTexts(harbour).indexOf('PORT ELLIS');
    await session.page.focus(`#article-text .m[data-m="${place}"]`);
    expect(await session.page.textContent('#tooltip')).toBe('placePort ElliskindcitycountryIreland (IE)aliasesPORT ELLISmentions2');
  });

  it('charts one bar per month with casualties, with the sums in its title', async () => {
    await openCorpus();
    const bars = await session.page.$$eval('#timeline g.bar', (gs) => gs.map((g) => [g.getAttribute('data-month'), g.querySelector('title')!.textContent]));
    expect(bars).toEqual([
      ['2025-02', 'Feb 2025: missing 3'],
      ['2025-03', 'Mar 2025: killed 14, injured 30'],
      ['2025-05', 'May 2025: killed 1, missing 2'],
      ['2025-06', 'Jun 2025: killed 5'],
    ]);
    const months = new Set(DOCS.flatMap((d) => d.casualties.map((c) => (c.date ?? d.publishedAt)!.slice(0, 7))));
    expect(bars.length).toBe(months.size);
  });

  it('sorts the table of all casualty figures by figure, category and date', async () => {
    const page = session.page;
    await openCorpus();
    const column = (n: number) => page.$$eval(`#figures tbody tr td:nth-child(${n})`, (tds) => tds.map((td) => td.textContent));
    await page.click('#figures th button:text-is("figure")');
    expect(await column(3)).toEqual(['1', '2', '3', '5', '14+', '30']);
    await page.click('#figures th button:text-is("figure")');
    expect(await column(3)).toEqual(['30', '14+', '5', '3', '2', '1']);
    expect(await page.getAttribute('#figures th:nth-child(3)', 'aria-sort')).toBe('descending');
    await page.click('#figures th button:text-is("category")');
    expect(await column(2)).toEqual(['injured', 'killed', 'killed', 'killed', 'missing', 'missing']);
    await page.click('#figures th button:text-is("date")');
    expect(await column(1)).toEqual(['2025-02', '2025-03 (published)', '2025-03-11', '2025-05-01', '2025-05-02', '2025-06 (published)']);
  });

  it('goes from a figure in the table to that figure in its article, focused with its tooltip', async () => {
    const page = session.page;
    await openCorpus();
    await page.click('#figures td a:text-is("2 crew members were missing")');
    await page.waitForFunction(() => document.querySelector('#article h2')?.textContent === 'articles/ferry.txt');
    const focused = await page.evaluate(() => [document.activeElement?.textContent, (document.activeElement as HTMLElement).dataset.m]);
    expect(focused).toEqual(['2 crew members were missing', String(mentionTextsIndex)]);
    expect(await page.textContent('#tooltip')).toContain('groupcrew members');
    expect(await page.evaluate(() => location.hash)).toBe(`#article-1/${mentionTextsIndex}`);
  });

  it('lists the most mentioned people, places and organisations with article and mention counts', async () => {
    await openCorpus();
    const rows = await session.page.$$eval('#tops table', (tables) => tables.map((t) => t.textContent));
    expect(rows).toEqual([
      'namearticlesmentions' + 'Lena Okafor12' + '<script>window.__pwned = 1; alert(1)</script>11',
      'namearticlesmentions' + 'Port Ellis IE12' + 'North Sound11' + 'Skerry Point GB11',
      'namearticlesmentions' + 'Coastal Relief Agency11' + 'Sound Lines11',
    ]);
  });

  it('shows the hostile article as text: no script ran, no dialog, no element from it, no event handler anywhere', async () => {
    const page = session.page;
    await openArticle(page, 2, hostile.path);
    await page.hover('#article-text .m[data-m="0"]');
    expect(await page.textContent('#tooltip')).toContain('<script>window.__pwned = 1; alert(1)</script>');
    expect(await page.textContent('#article-text')).toBe(hostile.text);
    expect(await page.textContent('#article')).toContain('warning: <svg onload="window.__pwned=7">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('#article img, #article script, #article b, #article a, #article svg, #article i', (els) => els.length)).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    );
    expect(handlers).toEqual([]);
  });

  it('is readable in light and dark schemes: every highlight and the tooltip keep a contrast of at least 4.5:1', async () => {
    const page = session.page;
    const contrasts = () =>
      page.evaluate(() => {
        const rgb = (s: string) => s.match(/[\d.]+/g)!.slice(0, 3).map(Number);
        const lum = (c: number[]) =>
          c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (el: Element) => {
          const style = getComputedStyle(el);
          const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
          return Math.round(((a + 0.05) / (b + 0.05)) * 10) / 10;
        };
        return { body: getComputedStyle(document.body).backgroundColor, ratios: [...document.querySelectorAll('.legend .m'), document.getElementById('tooltip')!].map(ratio) };
      });
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await contrasts();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await contrasts();
    await page.emulateMedia({ colorScheme: 'light' });
    expect([light.body, dark.body]).toEqual(['rgb(255, 255, 255)', 'rgb(13, 17, 23)']);
    for (const r of [...light.ratios, ...dark.ratios]) expect(r).toBeGreaterThanOrEqual(4.5);
    expect(light.ratios).toHaveLength(6);
  });

  it('draws a report with no readable article: the error in the list, an empty corpus, no script errors', async () => {
    const empty = writeReport(dir, 'empty.html', [], [ERROR]);
    const before = session.requests.length;
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(fileUrl(empty));
    await page.waitForSelector('#article h2');
    expect(await page.textContent('#article')).toBe('articles/gone.txtCould not be read: no such file (NOT_FOUND)');
    expect(await page.textContent('#summary')).toBe('0 articles · 0 casualty figures · 1 unreadable');
    await page.evaluate(() => {
      location.hash = '#corpus';
    });
    expect(await page.textContent('#timeline')).toBe('No casualty figures with a month to chart.');
    expect(await page.textContent('#figures-pager')).toBe('0 figures');
    await page.close();
    expect(errors).toEqual([]);
    expect(session.requests.slice(before)).toEqual([fileUrl(empty)]);
    session.requests.length = before; // the last test checks the main page's requests
  });

  it('asked for nothing but the file itself, and logged no errors', () => {
    expect(session.requests).toEqual([fileUrl(file)]);
    expect(session.problems).toEqual([]);
  });
});
