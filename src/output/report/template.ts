/**
 * The page around the data: head (styles, a Content-Security-Policy that allows only this
 * file's own style and script, by hash, and no network at all), the shell the script fills in,
 * and the data blocks. Written in three parts so the formatter can stream article data between them.
 */
import { createHash } from 'node:crypto';
import type { CorpusData, IndexEntry } from './corpus.js';
import { MARK_TYPES } from './article.js';
import { timelineSvg } from './chart.js';
import { CLIENT_SCRIPT } from './client.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { STYLES } from './styles.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Even if some text slipped through as markup, nothing but our own script and style would run or load. */
export const CSP = [
  "default-src 'none'",
  `script-src ${hash(CLIENT_SCRIPT)}`,
  `style-src ${hash(STYLES)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const LEGEND_NAMES: Record<(typeof MARK_TYPES)[number], string> = {
  person: 'person',
  place: 'place',
  organization: 'organisation',
  date: 'date',
  casualty: 'casualty figure',
};

export function pageStart(title = 'glean report'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
`;
}

/** One article's data block; the page parses it only when the article is opened. */
export function articleBlock(n: number, data: unknown): string {
  return `<script type="application/json" id="doc-${n}">${jsonForScript(data)}</script>\n`;
}

export function pageEnd(index: readonly IndexEntry[], corpus: CorpusData): string {
  const legend = MARK_TYPES.map((t) => `<li><span class="m t-${t}">${LEGEND_NAMES[t]}</span></li>`).join('');
  return `<header class="top">
<h1>glean report</h1>
<p id="summary"></p>
<nav class="tabs" aria-label="Views"><a id="tab-articles" href="#articles">Articles</a><a id="tab-corpus" href="#corpus">Corpus</a></nav>
<ul class="legend" aria-label="Highlight colours">${legend}</ul>
</header>
<main>
<section id="view-articles" aria-label="Articles">
<nav id="list" aria-label="Article list">
<input id="filter" type="search" placeholder="Filter by path" aria-label="Filter articles by path">
<ol id="article-list"></ol>
<div class="pager" id="list-pager"></div>
</nav>
<article id="article"></article>
</section>
<section id="view-corpus" aria-label="Corpus" hidden>
<h2>Most mentioned, by number of articles</h2>
<div class="tops" id="tops"></div>
<h2>Casualty timeline</h2>
<p class="note">Figures per month and category: the month of each figure's date, else of the article's publication date. Each article's figures count once (not superseded ones), summed over articles: several reports of one event count several times.</p>
<figure id="timeline">${timelineSvg(corpus.timeline)}</figure>
<p class="note" id="undated"></p>
<h2>All casualty figures</h2>
<table id="figures"></table>
<div class="pager" id="figures-pager"></div>
</section>
</main>
<div id="tooltip" role="tooltip" hidden></div>
<noscript><p>This report draws its articles with JavaScript; please allow scripts for this file.</p></noscript>
<script type="application/json" id="glean-index">${jsonForScript(index)}</script>
<script type="application/json" id="glean-corpus">${jsonForScript({ tops: corpus.tops, figures: corpus.figures, undated: corpus.undated })}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
