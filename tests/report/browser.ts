/** Headless Chromium for the report tests: Debian's `chromium` package driven by playwright-core. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import html from '../../src/output/html.js';
import type { Document, FileError } from '../../src/schema.js';

export const CHROMIUM = '/usr/bin/chromium';

export const MISSING_CHROMIUM =
  `Chromium is not installed at ${CHROMIUM}; the HTML report tests need a real browser. ` +
  'Install it with: apt-get update && apt-get install -y chromium';

/** Writes the html format's output for these inputs to a file; returns its path. */
export function writeReport(dir: string, name: string, docs: readonly Document[], errors: readonly FileError[] = []): string {
  const f = html({ chalk: new Chalk({ level: 0 }) });
  const file = path.join(dir, name);
  writeFileSync(file, f.start() + docs.map((d) => f.document(d)).join('') + errors.map((e) => f.error(e)).join('') + f.end());
  return file;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors, uncaught exceptions and dialogs (alert, confirm, prompt). */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh profile each time, no network services, no GPU. */
export async function openBrowser(): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  const profile = mkdtempSync(path.join(tmpdir(), 'glean-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 820 },
    colorScheme: 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return {
    context,
    page,
    requests,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const fileUrl = (file: string) => pathToFileURL(file).href;

/** In the page: the text each mention id (data-m) is highlighted with, fragments joined in order. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const span of document.querySelectorAll<HTMLElement>('#article-text .m')) {
      const id = Number(span.dataset.m);
      out[id] = (out[id] ?? '') + span.textContent;
    }
    return out;
  });
}

/** Opens article `i` the way a link does, and waits until it is drawn. */
export async function openArticle(page: Page, i: number, path: string): Promise<void> {
  await page.evaluate((n) => {
    location.hash = `#article-${n}`;
  }, i);
  await page.waitForFunction((p) => document.querySelector('#article h2')?.textContent === p, path);
}
