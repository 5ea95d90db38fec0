// Dates benchmark: TempEval-3 Task A scoring (relaxed/strict span, type and value) on
// platinum (test) and TimeBank+AQUAINT (development), each article with its creation time.
// Data is read at run time from ../shared; nothing from it is stored in the repository.
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extract } from '../dist/extract.js';
import { findDates } from '../dist/passes/dates/detect.js';
import nlp from 'compromise';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.env.TEMPEVAL3_DIR ?? join(here, '..', '..', 'shared', 'benchmarks', 'tempeval3');
const SETS = [
  { name: 'platinum (test)', dirs: ['platinum'] },
  { name: 'TimeBank+AQUAINT (dev)', dirs: ['timebank/TimeBank', 'timebank/AQUAINT'] },
];

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const unescape = (s) =>
  s.replace(/&(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (e) =>
    ENTITIES[e] ?? (e[1] === '#' ? String.fromCodePoint(e[2] === 'x' ? parseInt(e.slice(3), 16) : Number(e.slice(2))) : e),
  );
const attr = (tag, name) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
};

/** Strips the TimeML tags inside <TEXT>; returns the text, the gold TIMEX3 spans and the DCT. */
export function parseTml(xml) {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dctValue = dctTag ? attr(dctTag[1], 'value') : null;
  const dct = dctValue ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)[1];
  let text = '';
  const gold = [];
  let open = null;
  const tagRe = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let last = 0;
  for (let m; (m = tagRe.exec(body)); ) {
    text += unescape(body.slice(last, m.index));
    last = tagRe.lastIndex;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      open = { start: text.length, type: attr(m[3], 'type'), value: attr(m[3], 'value'), mod: attr(m[3], 'mod') };
      if (m[3].trim().endsWith('/')) open = null;
    } else if (open) {
      gold.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = null;
    }
  }
  text += unescape(body.slice(last));
  return { text, gold, dct };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function scoreSet(set, mismatches) {
  const c = { gold: 0, sys: 0, relaxedSys: 0, relaxedGold: 0, strict: 0, pairs: 0, type: 0, value: 0, mod: 0, ms: 0 };
  for (const dir of set.dirs) {
    const full = join(root, dir);
    for (const file of readdirSync(full).filter((f) => f.endsWith('.tml')).sort()) {
      const { text, gold, dct } = parseTml(readFileSync(join(full, file), 'utf8'));
      const t0 = performance.now();
      const doc = extract(file, text, { types: ['dates'], referenceDate: dct });
      c.ms += performance.now() - t0;
      // schema offsets are code points; convert back to UTF-16 for comparison with the gold
      const cps = [...text];
      const toUtf16 = (cp) => cps.slice(0, cp).join('').length;
      const sys = doc.dates.map((d) => ({ ...d, start: toUtf16(d.start), end: toUtf16(d.end) }));
      c.gold += gold.length;
      c.sys += sys.length;
      c.relaxedSys += sys.filter((s) => gold.some((g) => overlaps(s, g))).length;
      const used = new Set();
      for (const g of gold) {
        const hit = sys.find((s) => s.start === g.start && s.end === g.end) ?? sys.find((s) => !used.has(s) && overlaps(s, g));
        if (!hit) {
          mismatches.push(`${set.name}\t${file}\tMISSED\t${JSON.stringify(g.text)}\t${g.type}\t${g.value}\t${context(text, g)}`);
          continue;
        }
        used.add(hit);
        c.relaxedGold++;
        c.pairs++;
        if (hit.start === g.start && hit.end === g.end) c.strict++;
        else mismatches.push(`${set.name}\t${file}\tSPAN\t${JSON.stringify(g.text)}|${JSON.stringify(hit.text)}\t${g.type} ${g.value}`);
        if (hit.type === g.type) c.type++;
        if (hit.value === g.value) c.value++;
        if ((hit.mod ?? null) === (g.mod ?? null)) c.mod++;
        if (hit.value !== g.value || hit.type !== g.type)
          mismatches.push(`${set.name}\t${file}\tVALUE\t${JSON.stringify(g.text)}|${JSON.stringify(hit.text)}\tgold ${g.type} ${g.value}\tsys ${hit.type} ${hit.value} via ${hit.via ?? ''}\t${context(text, g)}`);
      }
      for (const s of sys)
        if (!gold.some((g) => overlaps(s, g)))
          mismatches.push(`${set.name}\t${file}\tSPURIOUS\t${JSON.stringify(s.text)}\t${s.type}\t${s.value} via ${s.via ?? ''}\t${context(text, s)}`);
    }
  }
  const P = c.relaxedSys / c.sys || 0;
  const R = c.relaxedGold / c.gold || 0;
  const F = (2 * P * R) / (P + R) || 0;
  // strict: counts exact-extent matches on both sides
  const sP = c.strict / c.sys || 0;
  const sR = c.strict / c.gold || 0;
  const sF = (2 * sP * sR) / (sP + sR) || 0;
  const typeAcc = c.type / c.pairs || 0;
  const valueAcc = c.value / c.pairs || 0;
  return { ...c, P, R, F, sF, typeAcc, valueAcc, typeF: F * typeAcc, valueF: F * valueAcc, modAcc: c.mod / c.pairs || 0 };
}

const mismatches = [];
const rows = SETS.map((s) => ({ name: s.name, ...scoreSet(s, mismatches) }));
const pct = (x) => (100 * x).toFixed(2).padStart(6);
console.log('TempEval-3 Task A (timex extraction + normalisation), reference date = each article\'s DCT\n');
console.log('set                       gold   sys  relaxed P    R     F1 | strict F1 | type acc  type F1 | value acc value F1 | mod acc | ms/doc');
for (const r of rows)
  console.log(
    `${r.name.padEnd(24)} ${String(r.gold).padStart(5)} ${String(r.sys).padStart(5)}   ${pct(r.P)} ${pct(r.R)} ${pct(r.F)} |   ${pct(r.sF)}  |  ${pct(r.typeAcc)}  ${pct(r.typeF)} |  ${pct(r.valueAcc)}  ${pct(r.valueF)} | ${pct(r.modAcc)}  | ${(r.ms / (r.name.startsWith('plat') ? 20 : 256)).toFixed(2)}`,
  );
console.log('\nTargets (platinum): value F1 >= 78 (HeidelTime-t 77.61), relaxed F1 >= 88, type accuracy >= 90.');
const outDir = join(here, 'out');
if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'dates-mismatches.txt'), mismatches.join('\n') + '\n');
console.log(`Mismatches written to bench/out/dates-mismatches.txt (${mismatches.length} lines).`);

// Speed: the dates pass alone against compromise's tagging of the same texts (issue 6 budget: all passes >= 0.8x).
{
  const texts = [];
  for (const set of SETS) for (const dir of set.dirs) {
    const full = join(root, dir);
    for (const file of readdirSync(full).filter((f) => f.endsWith('.tml')).sort()) {
      const { text, dct } = parseTml(readFileSync(join(full, file), 'utf8'));
      texts.push({ text, dct });
    }
  }
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  const run = (fn) => {
    fn();
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) fn();
    return (performance.now() - t0) / 3;
  };
  const datesMs = run(() => texts.forEach((t) => findDates(t.text, t.dct)));
  const nlpMs = run(() => texts.forEach((t) => nlp(t.text)));
  console.log(`\nSpeed over all ${texts.length} texts (${(chars / 1e6).toFixed(2)} MB): dates pass ${datesMs.toFixed(0)} ms (${((chars / 1e6) / (datesMs / 1e3)).toFixed(2)} MB/s), compromise tagging ${nlpMs.toFixed(0)} ms (${((chars / 1e6) / (nlpMs / 1e3)).toFixed(2)} MB/s); dates cost ${(100 * datesMs / nlpMs).toFixed(1)}% of tagging.`);
}

function context(text, span) {
  return JSON.stringify(text.slice(Math.max(0, span.start - 60), span.end + 40).replace(/\s+/g, ' '));
}
