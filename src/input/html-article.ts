/**
 * The extraction half of html.ts (which describes it): a page's HTML → its article text.
 * Loaded on demand by read.ts, the first time an HTML page is read.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

export interface HtmlText {
  text: string;
  warnings: string[];
}

type Node = { nodeType: number; nodeName: string; nodeValue?: string | null; childNodes: ArrayLike<Node> };

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
/**
 * Page furniture, removed before readability looks at the page (on a short page it may otherwise
 * take the navigation for the article). A <header> inside the article holds the headline and stays.
 */
const FURNITURE = ['nav', 'footer', 'aside', 'form', 'menu', 'dialog', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[aria-hidden="true"]'];
const PAGE_HEADER = 'header';
/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'LEGEND',
]);

export function htmlToText(source: string): HtmlText {
  // parse5 repairs the tree; linkedom alone would leave a fragment without <html> and <body>
  const html = serialize(parse(source));
  let article: { title: string; byline: string; body: string } | null = null;
  try {
    const { document } = parseHTML(html);
    removeFurniture(document);
    const parsed = new Readability(document as unknown as Document, { serializer: (el) => el as unknown as string }).parse();
    const body = parsed?.content ? blocksToText(parsed.content as unknown as Node) : '';
    if (parsed && body.trim() !== '') article = { title: clean(parsed.title ?? ''), byline: clean(parsed.byline ?? ''), body };
  } catch {
    // readability gave up on this page: use the whole body below
  }
  if (article) {
    const parts: string[] = [];
    const head = article.body.slice(0, 2 * article.title.length + 200);
    if (article.title && !head.includes(article.title)) parts.push(article.title);
    if (article.byline && !head.includes(article.byline)) parts.push(article.byline);
    parts.push(article.body);
    return { text: parts.join('\n\n'), warnings: [] };
  }
  return { text: wholeBody(html), warnings: ['no main article found in the HTML; the text of the whole page body is used'] };
}

function removeFurniture(document: ReturnType<typeof parseHTML>['document']): void {
  for (const el of [...document.querySelectorAll(FURNITURE.join(','))]) el.remove();
  for (const el of [...document.querySelectorAll(PAGE_HEADER)]) if (!el.closest('article, main, [role="main"]')) el.remove();
}

function wholeBody(html: string): string {
  const { document } = parseHTML(html);
  removeFurniture(document);
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  return root ? blocksToText(root) : '';
}

/** Collapses runs of HTML whitespace (and no-break spaces) to one space. */
function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The element tree as text: blocks separated by blank lines, <br> as a line break, <pre> verbatim. */
function blocksToText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current.split('\n').map(clean).filter(Boolean);
    if (lines.length > 0) blocks.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += pre ? value.replace(/\r\n?|\n/g, '\u2028') : value.replace(/[\n\r]/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'PRE') {
      // kept verbatim: line breaks survive (U+2028 stands in for them until the block is written)
      for (const child of Array.from(node.childNodes)) walk(child, true);
      const lines = current.split('\u2028').map((l) => l.trimEnd());
      current = '';
      while (lines.length > 0 && lines[0] === '') lines.shift();
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      if (lines.length > 0) blocks.push(lines.join('\n'));
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child, pre);
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks.join('\n\n');
}
