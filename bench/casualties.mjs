// Casualty benchmark: glean over the ISAF press releases (../shared/benchmarks/casualties, CC BY-SA 4.0,
// Strick van Linschoten, read at run time and never copied into the repo).
// Per release: killed = totals.killed.min; captured = totals.captured.min + totals.arrested.min.
// Event date and place: of the first counted killed/captured/arrested figure, for releases where one is found.
// Mismatches go to bench/out/casualties-mismatches.txt (git-ignored).
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/extract.js';
import { countedFigures } from '../dist/passes/totals.js';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = process.env.ISAF_FILE ?? join(here, '../../shared/benchmarks/casualties/isaf_press_releases_test.jsonl');
const OUT = join(here, 'out/casualties-mismatches.txt');

const releases = readFileSync(DATA, 'utf8').trim().split('\n').map((line) => {
  const turns = JSON.parse(line).conversations;
  const gold = JSON.parse(turns[2].value);
  return { text: turns[1].value.replace(/^PRESS RELEASE TEXT: /, ''), gold };
});

const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) + '%' : 'n/a');
let killedOk = 0, capturedOk = 0, bothOk = 0, zeroKilled = 0, zeroCaptured = 0, zeroBoth = 0;
let withFigure = 0, dateOk = 0, placeOk = 0, withPub = 0, datePubOk = 0;
const mismatches = [];
const t0 = performance.now();
releases.forEach(({ text, gold }, i) => {
  const doc = extract(`isaf-${i}`, text, { types: ['casualties'] });
  const killed = doc.totals.killed?.min ?? 0;
  const captured = (doc.totals.captured?.min ?? 0) + (doc.totals.arrested?.min ?? 0);
  const k = killed === gold.min_killed, c = captured === gold.min_captured;
  killedOk += k; capturedOk += c; bothOk += k && c;
  zeroKilled += gold.min_killed === 0; zeroCaptured += gold.min_captured === 0; zeroBoth += gold.min_killed === 0 && gold.min_captured === 0;
  const first = doc.casualties.find((f) => !f.superseded && ['killed', 'captured', 'arrested'].includes(f.category));
  let dOk = true, pOk = true;
  if (first) {
    withFigure++;
    dOk = first.date === gold.start_date;
    pOk = (gold.province ?? []).some((p) => p && first.place && first.place.toLowerCase() === p.toLowerCase());
    dateOk += dOk; placeOk += pOk;
    if (doc.publishedAt) { withPub++; datePubOk += dOk; }
  }
  if (!k || !c || !dOk) {
    mismatches.push([
      `===== release ${i}: killed gold ${gold.min_killed} got ${killed}${k ? '' : '  ✗'}; captured gold ${gold.min_captured} got ${captured}${c ? '' : '  ✗'}; date gold ${gold.start_date} got ${first?.date ?? '-'}${dOk ? '' : '  ✗'}; place gold ${gold.province} got ${first?.place ?? '-'}`,
      ...doc.casualties.map((f) => `  ${f.superseded ? 'SUPERSEDED ' : ''}${f.category} ${f.min}${f.max === f.min ? '' : `..${f.max ?? ''}`} [${f.text}] group=${f.group} date=${f.date} place=${f.place} source=${f.source}`),
      text,
    ].join('\n'));
  }
});
const seconds = (performance.now() - t0) / 1000;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, mismatches.join('\n\n') + '\n');
const n = releases.length;
console.log(`ISAF press releases (${n}), per-release totals          glean     always zero   target`);
console.log(`killed exact                                          ${pct(killedOk, n).padStart(6)}     ${pct(zeroKilled, n).padStart(6)}        ≥ 90%`);
console.log(`captured exact (captured + arrested)                  ${pct(capturedOk, n).padStart(6)}     ${pct(zeroCaptured, n).padStart(6)}        ≥ 85%`);
console.log(`both right                                            ${pct(bothOk, n).padStart(6)}     ${pct(zeroBoth, n).padStart(6)}        ≥ 80%`);
console.log(`event date right (${withFigure} releases with a figure)          ${pct(dateOk, withFigure).padStart(6)}                   ≥ 80%`);
console.log(`  of which with a publication date (${withPub})              ${pct(datePubOk, withPub).padStart(6)}`);
console.log(`event province right (same releases)                  ${pct(placeOk, withFigure).padStart(6)}`);
console.log(`${mismatches.length} mismatching releases written to ${OUT} (${seconds.toFixed(1)} s)`);
