/** `--format ndjson`: one Document per line; an unreadable input is `{ "path", "error": { "code", "message" } }`. */
import type { NdjsonErrorLine } from '../schema.js';
import type { FormatterFactory } from './types.js';

const ndjson: FormatterFactory = () => ({
  start: () => '',
  document: (doc) => `${JSON.stringify(doc)}\n`,
  error: ({ path, code, message }) => `${JSON.stringify({ path, error: { code, message } } satisfies NdjsonErrorLine)}\n`,
  end: () => '',
});

export default ndjson;
