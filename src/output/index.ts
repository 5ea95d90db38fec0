/** Output formats by name: the values of --format. */
import json from './json.js';
import ndjson from './ndjson.js';
import csv from './csv.js';
import table from './table.js';
import html from './html.js';
import type { FormatterFactory } from './types.js';

export const FORMATTERS = { json, ndjson, csv, table, html } satisfies Record<string, FormatterFactory>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
