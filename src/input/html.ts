/**
 * Saved web pages → the article's text. parse5 builds the tree as the HTML standard says browsers
 * must (implied <html>/<body>, unclosed and misnested tags, entities), linkedom turns it into a DOM
 * that @mozilla/readability (Firefox Reader View) picks the main article and drops
 * scripts, styles, navigation, sidebars and footers, and the element tree it keeps is written out
 * as plain text: one paragraph per block element, separated by blank lines, whitespace collapsed
 * as a browser renders it, <br> as a line break, <pre> kept as it is. The headline (readability's
 * title) comes first when the article body does not already start with it.
 *
 * When readability finds no article, the whole <body> is used, without scripts, styles,
 * navigation, headers, footers, asides and forms, and a warning says so.
 * Offsets in glean's output index this extracted text (`--emit-text` shows it).
 *
 * This module only tells HTML apart; the extraction itself is html-article.ts, loaded when a page
 * is read (its packages take about 0.1 s to load, which a run over plain text never pays).
 */
import { HTML_EXTENSIONS } from './defaults.js';

export { HTML_EXTENSIONS };

/** By extension, or by content: a document that starts (after a BOM, whitespace and comments) with <!doctype html> or <html>. */
export function isHtml(path: string, text: string): boolean {
  const dot = path.lastIndexOf('.');
  if (dot > path.lastIndexOf('/') && HTML_EXTENSIONS.includes(path.slice(dot + 1).toLowerCase())) return true;
  const head = text.slice(0, 4096);
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < head.length && /\s/.test(head[i])) i++;
    if (!head.startsWith('<!--', i)) break;
    const end = head.indexOf('-->', i + 4);
    if (end === -1) return false;
    i = end + 3;
  }
  return /^<(?:!doctype\s+html|html)[\s>]/i.test(head.slice(i, i + 64));
}

/**
 * The charset an HTML file declares in its first 1024 bytes (`<meta charset="...">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=...">`), as browsers look for it.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = /<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return m?.[1];
}

