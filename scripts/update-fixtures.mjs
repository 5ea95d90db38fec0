#!/usr/bin/env node
// Writes fixtures/articles/NAME.expected.json: glean's output for each fixture article, through the
// built CLI. tests/fixtures/fixtures.test.ts compares every run against these files exactly, so any
// change in what glean finds shows up as a diff to review (against the human keys in fixtures/keys/,
// which `npm run bench:fixtures` scores) before it is committed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles = path.join('fixtures', 'articles');
const stdout = execFileSync(process.execPath, [path.join(root, 'bin', 'glean.js'), articles, '--format', 'ndjson', '--jobs', '1'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
for (const line of stdout.trimEnd().split('\n')) {
  const doc = JSON.parse(line);
  if (doc.error) throw new Error(`${doc.path}: ${doc.error.message}`);
  const target = path.join(root, doc.path.replace(/\.[^.]+$/, '.expected.json'));
  writeFileSync(target, `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(root, target)}\n`);
}
