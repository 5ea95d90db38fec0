/** Output formats by name: the values of --format. */
import json from './json.js';
import ndjson from './ndjson.js';
import csv from './csv.js';
import table from './table.js';
import html from './html.js';
import type { FormatterFactory } from './types.js';
import type { FormatName } from './names.js';

export { FORMAT_NAMES, type FormatName } from './names.js';

export const FORMATTERS: Record<FormatName, FormatterFactory> = { json, ndjson, csv, table, html };
