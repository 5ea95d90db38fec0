/**
 * Speed benchmark (issue 6): compromise alone against glean, side by side, in one run.
 *
 * Builds corpora under bench/out/speed/ (git-ignored) from the texts in ../shared/benchmarks/
 * (ISAF press releases, CoNLL-2003 documents joined from their tokens, re3d documents), repeated
 * to the sizes needed, one article a file; each copy ends with a line naming its copy number, so
 * that no two files have the same content (the cache keys results by content).
 * Nothing from the benchmarks is copied into the repository.
 *
 * Then times, each as a whole process (start-up included, output to /dev/null):
 *  - compromise alone: nlp(text) + people() / places() / organizations() per document, in one process;
 *  - glean --jobs 1 and --jobs 2 (all five passes, --format json);
 *  - glean --cache, cold (empty cache) then warm (unchanged corpus);
 *  - start-up: glean on one small file against `node -e "import('compromise')"` (median of 9, alternating);
 *  - peak RSS (the process's high-water mark, worker threads included) of glean --jobs 2
 *    on a 5 MB and a 20 MB corpus;
 *  - where glean's time goes: GLEAN_TIMINGS=1 on a slice of the corpus.
 * Prints MB/s, documents/s, peak RSS and the ratios next to the targets; writes bench/out/speed.json.
 *
 * The throughput corpus is a folder of 10,000 articles, the size of folder the issue names (about
 * 9 MB); --docs N or --mb M measure another. On a small corpus the fixed costs weigh more: start-up
 * (about 0.4 s) and each worker's JIT warm-up (its first few hundred documents run slower).
 *
 * Usage: node bench/speed.mjs [--docs 10000 | --mb M] [--rss 5,20] [--skip-rss]   (npm run bench:speed)
 * Internal: node bench/speed.mjs --compromise-alone DIR
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const SHARED = process.env.GLEAN_SHARED_BENCHMARKS ?? join(ROOT, '..', 'shared', 'benchmarks');
const OUT = join(HERE, 'out', 'speed');
const GLEAN = join(ROOT, 'bin', 'glean.js');
const MB = 1024 * 1024;

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (args[0] === '--compromise-alone') {
  await compromiseAlone(args[1]);
  process.exit(0);
}

/** The baseline the issue names: compromise's tagger and its three name methods, per document. */
async function compromiseAlone(dir) {
  const { default: nlp } = await import('compromise');
  let names = 0;
  for (const file of readdirSync(dir).sort()) {
    const doc = nlp(readFileSync(join(dir, file), 'utf8'));
    names += doc.people().length + doc.places().length + doc.organizations().length;
  }
  process.stderr.write(`names ${names}\n`);
}

// ---------------------------------------------------------------- corpus

function isafTexts() {
  const file = join(SHARED, 'casualties', 'isaf_press_releases_test.jsonl');
  const texts = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const human = JSON.parse(line).conversations.find((c) => c.from === 'human');
    if (human) texts.push(human.value.replace(/^PRESS RELEASE TEXT:\s*/, ''));
  }
  return texts;
}

/** CoNLL documents: tokens joined by spaces (no space before closing punctuation), a sentence a line. */
function conllTexts() {
  const texts = [];
  for (const name of ['dev.conll', 'test.conll']) {
    let sentences = [];
    let tokens = [];
    const flushSentence = () => {
      if (tokens.length) sentences.push(tokens.join(' ').replace(/ ([.,;:!?)'"]|'s|n't)(?= |$)/g, '$1'));
      tokens = [];
    };
    const flushDoc = () => {
      flushSentence();
      if (sentences.length) texts.push(sentences.join('\n'));
      sentences = [];
    };
    for (const line of readFileSync(join(SHARED, 'conll2003', name), 'utf8').split('\n')) {
      if (line.startsWith('-DOCSTART-')) flushDoc();
      else if (line.trim() === '') flushSentence();
      else tokens.push(line.split(' ')[0]);
    }
    flushDoc();
  }
  return texts;
}

function re3dTexts() {
  const dir = join(SHARED, 're3d');
  const texts = [];
  for (const subset of readdirSync(dir).sort()) {
    const file = join(dir, subset, 'documents.json');
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) texts.push(JSON.parse(line).text);
    }
  }
  return texts;
}

let baseTexts = null;

/** A folder of about `mb` MB of articles, or of `docs` articles; reused when it already exists with that size. */
function buildCorpus({ mb, docs: wanted }) {
  const dir = join(OUT, wanted ? `corpus-${wanted}docs` : `corpus-${mb}mb`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return { dir, ...JSON.parse(readFileSync(marker, 'utf8')) };
  baseTexts ??= [...isafTexts(), ...conllTexts(), ...re3dTexts()].filter((t) => t.trim().length > 0);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let docs = 0;
  while (wanted ? docs < wanted : bytes < mb * MB) {
    const base = baseTexts[docs % baseTexts.length];
    const text = `${base}\n\nBench copy ${Math.floor(docs / baseTexts.length) + 1}.\n`;
    writeFileSync(join(dir, `${String(docs).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    docs++;
  }
  const info = { bytes, docs, sources: baseTexts.length };
  writeFileSync(marker, JSON.stringify(info));
  return { dir, ...info };
}

// ---------------------------------------------------------------- measuring

const HAVE_TIME = existsSync('/usr/bin/time');

/** Runs a command with stdout to /dev/null; wall seconds, peak RSS in MB (kernel high-water mark), exit code, stderr. */
function measure(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    const rssFile = join(OUT, `rss-${process.pid}.txt`);
    const [cmd, cmdArgs] = HAVE_TIME ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, command, ...commandArgs]] : [command, commandArgs];
    const devnull = openSync('/dev/null', 'w');
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', devnull, 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let hwm = 0;
    const poll = HAVE_TIME
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {}
        }, 20);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      let rssKb = hwm;
      if (HAVE_TIME) {
        rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        rmSync(rssFile, { force: true });
      }
      resolve({ seconds, rssMb: rssKb / 1024, code, stderr });
    });
  });
}

const glean = (corpus, extra, env) => measure(process.execPath, [GLEAN, corpus.dir, '--format', 'json', '--quiet', ...extra], env);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---------------------------------------------------------------- the run

const corpusSize = args.includes('--mb') ? { mb: Number(arg('--mb')) } : { docs: Number(arg('--docs', '10000')) };
const rssSizes = args.includes('--skip-rss') ? [] : arg('--rss', '5,20').split(',').map(Number);
mkdirSync(OUT, { recursive: true });
const corpus = buildCorpus(corpusSize);
const cores = availableParallelism();
console.log(
  `glean speed benchmark: ${(corpus.bytes / MB).toFixed(2)} MB, ${corpus.docs} documents ` +
    `(${corpus.sources} ISAF, CoNLL and re3d texts, repeated), ${cores} cores, Node ${process.version}`,
);
console.log('(each time is a whole process: start-up, reading, extraction, JSON to /dev/null)\n');

const rows = [];
const results = {};
const show = (name, r) => {
  const mbs = corpus.bytes / MB / r.seconds;
  const dps = corpus.docs / r.seconds;
  rows.push([name, r.seconds.toFixed(2), mbs.toFixed(3), dps.toFixed(1), r.rssMb.toFixed(0), r.code === 0 ? '' : `exit ${r.code}`]);
  results[name] = { seconds: r.seconds, mbPerSecond: mbs, docsPerSecond: dps, peakRssMb: r.rssMb, exitCode: r.code };
  process.stderr.write(`  done: ${name} ${r.seconds.toFixed(2)} s\n`);
};

show('compromise alone', await measure(process.execPath, [join(HERE, 'speed.mjs'), '--compromise-alone', corpus.dir]));
show('glean --jobs 1', await glean(corpus, ['--jobs', '1']));
show('glean --jobs 2', await glean(corpus, ['--jobs', '2']));
const cacheDir = join(OUT, 'cache');
rmSync(cacheDir, { recursive: true, force: true });
show('glean --cache (cold)', await glean(corpus, ['--cache', '--cache-location', cacheDir]));
show('glean --cache (warm)', await glean(corpus, ['--cache', '--cache-location', cacheDir]));

const table = (head, body) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
};
console.log(table(['run', 'seconds', 'MB/s', 'docs/s', 'peak RSS MB', ''], rows));

// start-up: one small file, against loading compromise
const small = join(OUT, 'small.txt');
writeFileSync(small, 'Officials in Kyiv said on Monday that two people were killed.\n');
const startGlean = [];
const startCompromise = [];
for (let i = 0; i < 9; i++) {
  startGlean.push((await measure(process.execPath, [GLEAN, small, '--format', 'json'])).seconds);
  startCompromise.push((await measure(process.execPath, ['-e', "import('compromise')"])).seconds);
}
results.startup = { gleanSeconds: median(startGlean), compromiseLoadSeconds: median(startCompromise) };

// peak memory on bigger corpora
const rss = {};
for (const size of rssSizes) {
  const c = buildCorpus({ mb: size });
  const r = await glean(c, ['--jobs', '2']);
  rss[size] = { ...r, docs: c.docs, bytes: c.bytes };
  process.stderr.write(`  done: RSS ${size} MB corpus ${r.seconds.toFixed(1)} s, ${r.rssMb.toFixed(0)} MB\n`);
}
results.peakRss = Object.fromEntries(Object.entries(rss).map(([k, v]) => [`${k}MB`, { peakRssMb: v.rssMb, seconds: v.seconds, exitCode: v.code }]));

// where the time goes: per pass, over a slice of the corpus, in one worker
const sliceDir = join(OUT, 'timings-slice');
rmSync(sliceDir, { recursive: true, force: true });
mkdirSync(sliceDir, { recursive: true });
const files = readdirSync(corpus.dir).filter((f) => f.endsWith('.txt')).sort();
let sliceBytes = 0;
for (const f of files) {
  if (sliceBytes > 0.25 * MB) break;
  const text = readFileSync(join(corpus.dir, f));
  writeFileSync(join(sliceDir, f), text);
  sliceBytes += text.length;
}
const timed = await measure(process.execPath, [GLEAN, sliceDir, '--format', 'json', '--quiet', '--jobs', '1'], { GLEAN_TIMINGS: '1' });

// ratios against the targets
const r = results;
const base = r['compromise alone'].seconds;
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const ratio1 = base / r['glean --jobs 1'].seconds;
const ratio2 = base / r['glean --jobs 2'].seconds;
const warm = r['glean --cache (cold)'].seconds / r['glean --cache (warm)'].seconds;
const start = results.startup.gleanSeconds / results.startup.compromiseLoadSeconds;
const targets = [
  ['glean --jobs 1 throughput / compromise alone', `${ratio1.toFixed(2)}×`, '≥ 0.8×', verdict(ratio1 >= 0.8)],
  ['glean --jobs 2 throughput / compromise alone', `${ratio2.toFixed(2)}×`, '≥ 1.5×', verdict(ratio2 >= 1.5)],
  ['--cache warm run speed-up over cold', `${warm.toFixed(1)}×`, '≥ 20×', verdict(warm >= 20)],
  [
    `start-up, one small file: ${results.startup.gleanSeconds.toFixed(2)} s vs compromise load ${results.startup.compromiseLoadSeconds.toFixed(2)} s`,
    `${start.toFixed(2)}×`,
    '≤ 1.5×',
    verdict(start <= 1.5),
  ],
];
for (const size of rssSizes) {
  targets.push([`peak RSS, ${size} MB corpus, --jobs 2 (${rss[size].seconds.toFixed(0)} s)`, `${rss[size].rssMb.toFixed(0)} MB`, '≤ 400 MB', verdict(rss[size].rssMb <= 400)]);
}
if (rssSizes.length >= 2) {
  const [a, b] = [rssSizes[0], rssSizes[rssSizes.length - 1]];
  const growth = rss[b].rssMb / rss[a].rssMb;
  targets.push([`peak RSS growth ${a} MB → ${b} MB corpus`, `${growth.toFixed(2)}×`, 'flat (≤ 1.25×)', verdict(growth <= 1.25)]);
  results.rssGrowth = growth;
}
console.log(`\n${table(['target', 'measured', 'target', ''], targets)}`);
console.log(`\nwhere glean's time goes (GLEAN_TIMINGS=1, --jobs 1, ${(sliceBytes / MB).toFixed(2)} MB slice):\n${timed.stderr.trim()}`);
results.ratios = { jobs1: ratio1, jobs2: ratio2, cacheWarm: warm, startup: start };
results.timings = timed.stderr;
results.corpus = { mb: corpus.bytes / MB, docs: corpus.docs, cores, node: process.version, loadavg: spawnSync('cat', ['/proc/loadavg']).stdout?.toString().trim() };
writeFileSync(join(HERE, 'out', 'speed.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nload average during the run: ${results.corpus.loadavg} (other processes skew absolute numbers; compare ratios)`);
