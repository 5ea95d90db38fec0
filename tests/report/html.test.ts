/** The html format without a browser: data per article, corpus aggregates, chart, escaping, CSP. */
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import html from '../../src/output/html.js';
import { FORMATTERS } from '../../src/output/index.js';
import { countryName, reportArticle } from '../../src/output/report/article.js';
import { CorpusAggregator, monthOf } from '../../src/output/report/corpus.js';
import { compact, niceStep, timelineSvg } from '../../src/output/report/chart.js';
import { CLIENT_SCRIPT } from '../../src/output/report/client.js';
import { escapeHtml, jsonForScript } from '../../src/output/report/escape.js';
import type { Document } from '../../src/schema.js';
import { ferry, harbour, hostile, mentionTexts } from './articles.js';

/** The text each mention id gets highlighted with: its fragments joined in order. */
function highlighted(doc: Document): string[] {
  const data = reportArticle(doc);
  const out: string[] = [];
  for (let k = 0; k < data.marks.length; k += 4) {
    const [start, end, id] = data.marks.slice(k, k + 3);
    out[id] = (out[id] ?? '') + data.text!.slice(start, end);
  }
  return out;
}

function render(docs: Document[], errors: Parameters<ReturnType<typeof html>['error']>[0][] = []): string {
  const f = html({ chalk: new Chalk({ level: 0 }) });
  return f.start() + docs.map((d) => f.document(d)).join('') + errors.map((e) => f.error(e)).join('') + f.end();
}

describe('reportArticle', () => {
  it.each([
    ['emoji and a place inside a casualty figure', harbour],
    ['crossing mentions and mathematical bold letters', ferry],
    ['markup in the text', hostile],
  ])('%s: every mention is highlighted with exactly its text', (_label, doc) => {
    expect(highlighted(doc)).toEqual(mentionTexts(doc));
    expect(reportArticle(doc).mentions).toBe(mentionTexts(doc).length);
  });

  it('cuts the crossing organisation into two fragments and keeps the place whole', () => {
    const marks = reportArticle(ferry).marks;
    const fragments = (id: number) => marks.filter((_, k) => k % 4 === 2 && marks[k] === id).length;
    expect([fragments(0), fragments(2)]).toEqual([1, 2]); // North Sound, Sound Lines
  });

  it('gives tooltips and side-list labels for each kind of entity', () => {
    const { entities, totals } = reportArticle(harbour);
    expect(entities.map((e) => [e.t, e.label, e.sub, e.n])).toEqual([
      ['person', 'Lena Okafor', 'Okafor', 2],
      ['place', 'Port Ellis', 'IE, PORT ELLIS', 2],
      ['organization', 'Coastal Relief Agency', '', 1],
      ['date', '11 March 2025 → 2025-03-11', '', 1],
      ['date', 'Tuesday → 2025-03-11', '', 1],
      ['date', 'February → 2025-02', '', 1],
      ['casualty', '14+ killed', 'people · 2025-03-11 · Port Ellis', 1],
      ['casualty', '30 injured', '', 1],
      ['casualty', '3 missing', '2025-02', 1],
    ]);
    expect(entities[1].rows).toEqual([['place', 'Port Ellis'], ['kind', 'city'], ['country', 'Ireland (IE)'], ['aliases', 'PORT ELLIS'], ['mentions', '2']]);
    expect(entities[3].rows).toEqual([['date', '2025-03-11'], ['type', 'DATE']]);
    expect(entities[6].rows).toEqual([
      ['category', 'killed'], ['figure', '14+'], ['min – max', '14 – open'], ['qualifier', 'at least'], ['group', 'people'],
      ['date', '2025-03-11'], ['place', 'Port Ellis'], ['source', 'Mayor Lena Okafor'],
    ]);
    expect(totals).toEqual([['killed', '14+'], ['injured', '30'], ['missing', '3']]);
  });

  it('without text: lists entities, highlights nothing', () => {
    const { text: _t, ...bare } = harbour;
    const data = reportArticle(bare);
    expect([data.text, data.marks, data.mentions, data.entities.length]).toEqual([null, [], 0, 9]);
  });

  it('counts mentions whose offsets fall outside the text as unplaced', () => {
    const broken: Document = { ...ferry, dates: [{ ...ferry.dates[0], start: 500, end: 510 }, { ...ferry.dates[1], start: 9, end: 9 }] };
    const data = reportArticle(broken);
    expect([data.mentions, data.unplaced]).toEqual([mentionTexts(ferry).length - 2, 2]);
  });

  it.each([
    ['KP', 'North Korea (KP)'],
    ['UA', 'Ukraine (UA)'],
    ['XX', 'XX'],
    ['not a code', 'not a code'],
  ])('countryName(%s) = %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});

describe('corpus aggregates', () => {
  it.each([
    ['2025-10-23', '2025-10'],
    ['2025-10', '2025-10'],
    ['2025-10-23T14:00', '2025-10'],
    ['2025', null],
    ['XXXX-10-23', null],
    ['2025-13', null],
    ['2025-W43', null],
    ['P1Y', null],
    ['PRESENT_REF', null],
    [null, null],
  ])('monthOf(%s) = %s', (value, month) => {
    expect(monthOf(value)).toBe(month);
  });

  it('sums figures per month (figure date, else publication date), lists every figure and counts documents per entity', () => {
    const corpus = new CorpusAggregator();
    const repeat: Document = { ...harbour, path: 'again.txt', casualties: [harbour.casualties[0], { ...harbour.casualties[0], superseded: true }, harbour.casualties[0]] };
    for (const d of [harbour, ferry, hostile, repeat]) corpus.addDocument(d);
    corpus.addError({ path: 'gone.txt', code: 'NOT_FOUND', message: 'no such file' });
    const result = corpus.result();
    expect(result.timeline).toEqual([
      { month: '2025-02', values: { missing: 3 } },
      { month: '2025-03', values: { killed: 28, injured: 30 } }, // 14 + 14: the repeat article's duplicate and superseded figures count once
      { month: '2025-05', values: { missing: 2, killed: 1 } },
      { month: '2025-06', values: { killed: 5 } },
    ]);
    expect(result.figures).toHaveLength(9);
    expect(result.figures[1]).toEqual([0, 'injured', 30, '30', '', '2025-03', '', '', 0, '30 more were injured', 9]);
    expect(result.figures.map((f) => f[10])).toEqual([8, 9, 10, 5, 6, 1, 8, 9, 10]);
    expect(result.tops.place.map((p) => [p.name, p.country, p.docs, p.mentions])).toEqual([
      ['Port Ellis', 'IE', 2, 4],
      ['North Sound', '', 1, 1],
      ['Skerry Point', 'GB', 1, 1],
    ]);
    expect(corpus.index.map((a) => [a.path, a.counts, a.totals, a.doc, a.error?.code ?? null])).toEqual([
      ['articles/harbour-fire.txt', [2, 2, 1, 3, 3], 'killed 14+, injured 30, missing 3', 0, null],
      ['articles/ferry.txt', [0, 2, 1, 2, 2], 'missing 2, killed 1', 1, null],
      [hostile.path, [1, 0, 0, 0, 1], 'killed 5', 2, null],
      ['again.txt', [2, 2, 1, 3, 3], 'killed 14+, injured 30, missing 3', 3, null],
      ['gone.txt', [0, 0, 0, 0, 0], '', null, 'NOT_FOUND'],
    ]);
  });

  it('counts figures with no month anywhere as undated', () => {
    const corpus = new CorpusAggregator();
    corpus.addDocument({ ...ferry, publishedAt: null, casualties: [{ ...ferry.casualties[0], date: '2025' }, ferry.casualties[1]] });
    expect([corpus.result().undated, corpus.result().timeline]).toEqual([1, [{ month: '2025-05', values: { killed: 1 } }]]);
  });
});

describe('timeline chart', () => {
  it.each([
    [0, 1],
    [3, 1],
    [10, 5],
    [44, 20],
    [1234, 500],
    [90000, 50000],
  ])('niceStep(%i) = %i', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it('draws one bar per month, one rectangle per category present, and marks gaps', () => {
    const svg = timelineSvg([
      { month: '2025-02', values: { missing: 3 } },
      { month: '2025-03', values: { killed: 14, injured: 30 } },
      { month: '2025-06', values: { killed: 5 } },
    ]);
    expect(svg.match(/<g class="bar" data-month="[^"]+"/g)).toEqual([
      '<g class="bar" data-month="2025-02"',
      '<g class="bar" data-month="2025-03"',
      '<g class="bar" data-month="2025-06"',
    ]);
    expect(svg.match(/<rect class="c-\w+" x/g)).toHaveLength(4);
    expect(svg).toContain('<title>Mar 2025: killed 14, injured 30</title>');
    expect(svg.match(/class="gap"/g)).toHaveLength(1); // March → June
  });

  it.each([
    [7, '7'],
    [950, '950'],
    [1234, '1.2K'],
    [36000, '36K'],
    [1500000, '1.5M'],
  ])('compact(%i) = %s', (n, label) => {
    expect(compact(n)).toBe(label);
  });

  it('labels each bar with its total', () => {
    const svg = timelineSvg([{ month: '2025-03', values: { killed: 14, injured: 1230 } }]);
    expect(svg.match(/<text class="total"[^>]*>[^<]*</g)).toEqual(['<text class="total" x="82" y="50.72" text-anchor="middle">1.2K<']);
  });

  it('says so when there is nothing to chart', () => {
    expect(timelineSvg([])).toBe('<p class="empty">No casualty figures with a month to chart.</p>');
  });
});

describe('the page', () => {
  const page = render([harbour, ferry, hostile], [{ path: 'gone<b>.txt', code: 'NOT_FOUND', message: 'no such <file>' }]);

  it('is registered as --format html', () => {
    expect(FORMATTERS.html).toBe(html);
  });

  it('has one executable script, one data block per article plus index and corpus, and nothing loaded from anywhere', () => {
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<script type="application\/json" id="[\w-]+">/g)).toEqual([
      '<script type="application/json" id="doc-0">',
      '<script type="application/json" id="doc-1">',
      '<script type="application/json" id="doc-2">',
      '<script type="application/json" id="glean-index">',
      '<script type="application/json" id="glean-corpus">',
    ]);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(page).not.toMatch(/@import|url\(/);
  });

  it('never writes article text, names, paths or warnings as markup', () => {
    for (const raw of ['<script>window', '<img src=x', '<b>killed', '<i onmouseover', '<svg onload', 'gone<b>', 'no such <file>', '<!--']) {
      expect(page, raw).not.toContain(raw);
    }
    expect(page.match(/<\/script>/g)).toHaveLength(6);
  });

  it('has a page script that parses as a classic script', () => {
    expect(() => new Script(CLIENT_SCRIPT)).not.toThrow();
    expect(CLIENT_SCRIPT.startsWith("(function () {\n  'use strict';")).toBe(true);
  });

  it('allows only its own script and style, by hash', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(page)![1];
    const style = /<style>([\s\S]*)<\/style>/.exec(page)![1];
    const sha = (s: string) => createHash('sha256').update(s).digest('base64');
    expect(page).toContain(`script-src 'sha256-${sha(script)}'`);
    expect(page).toContain(`style-src 'sha256-${sha(style)}'`);
    expect(page).toContain("default-src 'none'");
  });

  it.each([
    ['</script><script>x()</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ex()\\u003c/script\\u003e"'],
    ['<!-- a & b -->', '"\\u003c!-- a \\u0026 b --\\u003e"'],
    ['line\u2028sep', '"line\\u2028sep"'],
  ])('jsonForScript(%j)', (value, json) => {
    expect(jsonForScript(value)).toBe(json);
    expect(JSON.parse(jsonForScript(value))).toBe(value);
  });

  it.each([
    ['<a href="x">Tom & \'Jerry\'</a>', '&#60;a href=&#34;x&#34;&#62;Tom &#38; &#39;Jerry&#39;&#60;/a&#62;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (value, escaped) => {
    expect(escapeHtml(value)).toBe(escaped);
  });
});
