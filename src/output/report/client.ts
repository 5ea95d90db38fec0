/**
 * The report's page script, inlined at the end of the file. It reads the JSON data blocks and
 * builds every element from them with textContent, never innerHTML, so article text cannot
 * become markup. Articles are parsed and drawn one at a time, when opened (#article-N); the
 * article list and the figures table are drawn a page at a time, so 1,000 articles stay quick.
 * Plain ES2015 in a string: it runs in the reader's browser, not in Node.
 */
import { ARTICLE } from './client/article.js';
import { COMMON } from './client/common.js';
import { CORPUS } from './client/corpus.js';
import { LIST } from './client/list.js';
import { ROUTE } from './client/route.js';
import { TOOLTIP } from './client/tooltip.js';

/** One function scope, parts in this order: later parts use what earlier ones define. */
export const CLIENT_SCRIPT = ["(function () {\n  'use strict';\n", COMMON, LIST, ARTICLE, TOOLTIP, CORPUS, ROUTE, '})();\n'].join('');
