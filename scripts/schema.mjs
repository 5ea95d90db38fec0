#!/usr/bin/env node
// Generates docs/schema.json from the output types in src/schema.ts (the one source of truth).
// `node scripts/schema.mjs --check` exits 1 when the committed file differs from the types.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'docs', 'schema.json');

export function buildSchema() {
  const generated = createGenerator({
    path: path.join(root, 'src', 'schema.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    type: '*',
    expose: 'export',
    jsDoc: 'extended',
    skipTypeCheck: true,
    sortProps: true,
  }).createSchema('*');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:glean:output-schema:1',
    title: 'glean output',
    description:
      'glean --format json prints one JsonOutput; --format ndjson prints one NdjsonLine per line (#/definitions/NdjsonLine). ' +
      'Offsets (start, end) count Unicode code points into the decoded text, half-open: [...text].slice(start, end).join("") equals the mention text.',
    $ref: '#/definitions/JsonOutput',
    definitions: generated.definitions,
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = `${JSON.stringify(buildSchema(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== text) {
      process.stderr.write('docs/schema.json is out of date with src/schema.ts: run npm run schema\n');
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    process.stdout.write(`wrote ${path.relative(root, target)}\n`);
  }
}
