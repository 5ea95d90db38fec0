/**
 * The build step after tsc: derives the lookup tables of src/rules/prebuilt.ts from the data
 * packages and writes them to data/ (git-ignored), so that glean does not derive them on every start.
 * Run by `npm run build`.
 */
import { writeTable } from '../dist/rules/prebuilt.js';
import { GAZETTEER_TABLES } from '../dist/rules/gazetteer.js';
import { COMMON_WORDS_TABLE } from '../dist/rules/common-words.js';

for (const spec of [...GAZETTEER_TABLES, COMMON_WORDS_TABLE]) writeTable(spec);
