#!/usr/bin/env node
// Scores glean against the human answer keys of our own fixture articles (fixtures/keys/*.key.json):
// a check, in other styles than CoNLL, re3d, TempEval and ISAF, that the gains are real.
// Usage: npm run bench:fixtures   (prints per-type precision/recall/F1 and per-article misses)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/extract.js';
import { readInput } from '../dist/input/read.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keysDir = path.join(root, 'fixtures', 'keys');
const verbose = process.argv.includes('--verbose');

const score = { };
const add = (type, gold, predicted) => {
  const s = (score[type] ??= { tp: 0, fp: 0, fn: 0, misses: [] });
  const g = new Map(), p = new Map();
  for (const x of gold) g.set(x, (g.get(x) ?? 0) + 1);
  for (const x of predicted) p.set(x, (p.get(x) ?? 0) + 1);
  for (const [x, n] of p) {
    const hit = Math.min(n, g.get(x) ?? 0);
    s.tp += hit;
    s.fp += n - hit;
    if (n > hit) s.misses.push(`+ ${x}`);
  }
  for (const [x, n] of g) {
    const hit = Math.min(n, p.get(x) ?? 0);
    s.fn += n - hit;
    if (n > hit) s.misses.push(`- ${x}`);
  }
};

const range = (r) => (r ? `${r.min}..${r.max ?? ''}` : 'none');

for (const file of readdirSync(keysDir).filter((f) => f.endsWith('.key.json')).sort()) {
  const key = JSON.parse(readFileSync(path.join(keysDir, file), 'utf8'));
  const read = await readInput(path.join(root, 'fixtures', 'articles', key.article));
  if (!read.ok) throw new Error(`${key.article}: ${read.error.message}`);
  let doc;
  try {
    doc = extract(key.article, read.value.text);
  } catch (err) {
    console.log(`${key.article}: extraction failed: ${err.message}`);
    doc = { publishedAt: null, people: [], places: [], organizations: [], dates: [], casualties: [], totals: {} };
  }
  const tag = (s) => `${key.article}: ${s}`;
  add('publishedAt', [tag(key.publishedAt)], [tag(doc.publishedAt)]);
  add('people', key.people.map((e) => tag(e.name)), doc.people.map((e) => tag(e.name)));
  add('people aliases', key.people.flatMap((e) => e.aliases.map((a) => tag(`${a} → ${e.name}`))), doc.people.flatMap((e) => e.aliases.map((a) => tag(`${a} → ${e.name}`))));
  add('places', key.places.map((e) => tag(e.name)), doc.places.map((e) => tag(e.name)));
  add('place countries', key.places.map((e) => tag(`${e.name} ${e.country}`)), doc.places.map((e) => tag(`${e.name} ${e.country}`)));
  add('organizations', key.organizations.map((e) => tag(e.name)), doc.organizations.map((e) => tag(e.name)));
  add('dates (text)', key.dates.map((d) => tag(d.text)), doc.dates.map((d) => tag(d.text)));
  add('dates (text=value)', key.dates.map((d) => tag(`${d.text}=${d.value}`)), doc.dates.map((d) => tag(`${d.text}=${d.value}`)));
  add('casualty figures', key.casualties.map((c) => tag(`${c.category} ${c.min}..${c.max ?? ''}`)), doc.casualties.map((c) => tag(`${c.category} ${c.min}..${c.max ?? ''}`)));
  add('casualty figures + date', key.casualties.map((c) => tag(`${c.category} ${c.min}..${c.max ?? ''} ${c.date}`)), doc.casualties.map((c) => tag(`${c.category} ${c.min}..${c.max ?? ''} ${c.date}`)));
  const categories = new Set([...Object.keys(key.totals), ...Object.keys(doc.totals)]);
  add('casualty totals', [...categories].map((c) => tag(`${c} ${range(key.totals[c])}`)), [...categories].map((c) => tag(`${c} ${range(doc.totals[c])}`)));
}

const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
console.log('type                  gold  found  P      R      F1');
for (const [type, s] of Object.entries(score)) {
  const p = s.tp / (s.tp + s.fp), r = s.tp / (s.tp + s.fn), f = (2 * p * r) / (p + r);
  console.log(`${type.padEnd(20)} ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(6)}  ${pct(p)}  ${pct(r)}  ${pct(f)}`);
}
if (verbose) for (const [type, s] of Object.entries(score)) if (s.misses.length) console.log(`\n## ${type}\n${s.misses.join('\n')}`);
