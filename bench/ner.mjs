/**
 * Names benchmark: people, places and organisations on CoNLL-2003 (dev, test) and re3d.
 * Reads ../shared/benchmarks/ at run time (evaluation-only data: nothing is copied).
 *
 * CoNLL-2003: each document becomes text (tokens joined by single spaces, one sentence a line),
 * glean's extract() runs with types people/places/organizations, mentions are mapped back to
 * tokens (a mention covers every token it overlaps) and scored with conlleval rules: exact span
 * and exact type, micro P/R/F1, IOB1 read as conlleval does. MISC is neither rewarded nor punished:
 * gold MISC spans are removed, and predicted spans overlapping a gold MISC span are ignored.
 *
 * re3d: gold = Person/Organisation/Location annotations with confidence >= 0.5 whose text starts
 * with an uppercase letter and is not a pronoun (the names-only subset). Overlapping gold spans of
 * the same type all count: a prediction is right when it overlaps a gold span of its type (one-to-one,
 * exact matches paired first), as the issue's baseline measured it.
 *
 * A second re3d score ignores predictions whose span and type equal an annotation with confidence
 * below 0.5 (the crowd model doubted it: neither a confirmed name nor a confirmed non-name).
 *
 * Timings: compromise tagging alone (nlp(text) plus people()/places()/organizations()) against
 * glean's extract() for the three name types (with a fixed reference date, so that publication-date
 * detection, not a name pass, is left out), on the same texts, after one warm-up run, best of five rounds.
 *
 * Usage: node bench/ner.mjs [--only dev|test|re3d] [--errors FILE]  (npm run bench:ner)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extract } from '../dist/extract.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = join(HERE, '..', '..', 'shared', 'benchmarks');
const TYPES = ['people', 'places', 'organizations'];
const LABEL = { PER: 'PER', LOC: 'LOC', ORG: 'ORG' };
const FROM_GLEAN = { people: 'PER', places: 'LOC', organizations: 'ORG' };
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const errorsFile = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;
const errorLog = [];
/** --baseline: score compromise's own people()/places()/organizations() instead of glean. */
const baseline = args.includes('--baseline');

function compromiseMentions(text) {
  const d = nlp(text);
  const out = [];
  for (const [view, type] of [[d.people(), 'PER'], [d.places(), 'LOC'], [d.organizations(), 'ORG']]) {
    for (const { offset } of view.json({ offset: true })) out.push({ start: offset.start, end: offset.start + offset.length, type });
  }
  return out;
}

/** UTF-16 index of every code-point offset, so extract()'s offsets can index the JS string. */
function cpToUtf16(text) {
  const map = [];
  let i = 0;
  for (const ch of text) { map.push(i); i += ch.length; }
  map.push(i);
  return map;
}

/** Glean's name mentions as { start, end, type } with UTF-16 offsets. */
function gleanMentions(path, text) {
  if (baseline) return compromiseMentions(text);
  const doc = extract(path, text, { types: TYPES, explain: errorsFile !== null });
  const map = cpToUtf16(text);
  const out = [];
  for (const key of TYPES) {
    for (const entity of doc[key]) {
      for (const m of entity.mentions) out.push({ start: map[m.start], end: map[m.end], type: FROM_GLEAN[key], text: m.text, via: entity.via?.join(',') });
    }
  }
  return out;
}

// ---------- CoNLL-2003 ----------

function readConll(file) {
  const docs = [];
  let doc = null;
  let sentence = [];
  const flush = () => { if (sentence.length) { doc.sentences.push(sentence); sentence = []; } };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      if (doc) { flush(); docs.push(doc); }
      doc = { sentences: [] };
      continue;
    }
    if (line.trim() === '') { if (doc) flush(); continue; }
    const cols = line.split(' ');
    sentence.push({ token: cols[0], tag: cols[cols.length - 1] });
  }
  if (doc) { flush(); docs.push(doc); }
  return docs;
}

/** conlleval chunking of IOB1/IOB2 tags: returns [{ start, end, type }] over token indices (end exclusive). */
function chunks(tags) {
  const spans = [];
  let cur = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', null] : tag.split('-');
    const startsNew = prefix === 'B' || (prefix === 'I' && (!cur || cur.type !== type));
    if (cur && (prefix === 'O' || startsNew)) { spans.push(cur); cur = null; }
    if (prefix !== 'O' && startsNew) cur = { start: i, end: i + 1, type };
    else if (cur) cur.end = i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}

function conllDocText(doc) {
  const tokens = [];
  const lines = [];
  let offset = 0;
  for (const sentence of doc.sentences) {
    const words = [];
    for (const { token, tag } of sentence) {
      if (words.length) offset += 1;
      tokens.push({ token, tag, start: offset, end: offset + token.length });
      offset += token.length;
      words.push(token);
    }
    lines.push(words.join(' '));
    offset += 1; // newline
  }
  return { text: lines.join('\n'), tokens };
}

function newCounts() {
  return Object.fromEntries(['PER', 'LOC', 'ORG'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
}

function scoreConll(name, file) {
  const docs = readConll(file);
  const counts = newCounts();
  docs.forEach((doc, d) => {
    const { text, tokens } = conllDocText(doc);
    const gold = chunks(tokens.map((t) => t.tag));
    const misc = gold.filter((g) => g.type === 'MISC');
    const goldKeys = new Set(gold.filter((g) => g.type !== 'MISC').map((g) => `${g.start}:${g.end}:${g.type}`));
    const predKeys = new Set();
    for (const m of gleanMentions(`${name}#${d}`, text)) {
      const first = tokens.findIndex((t) => t.end > m.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
      if (first < 0) continue;
      const span = { start: first, end: last + 1, type: m.type };
      if (misc.some((g) => g.start < span.end && span.start < g.end)) continue;
      predKeys.add(`${span.start}:${span.end}:${span.type}`);
    }
    const show = (k) => { const [s, e] = k.split(':').map(Number); return tokens.slice(s, e).map((t) => t.token).join(' '); };
    for (const k of predKeys) {
      const type = k.split(':')[2];
      if (goldKeys.has(k)) counts[type].tp++;
      else { counts[type].fp++; errorLog.push(`${name}\tFP\t${type}\t${show(k)}\t${goldTypeAt(gold, k)}`); }
    }
    for (const k of goldKeys) {
      if (!predKeys.has(k)) { counts[k.split(':')[2]].fn++; errorLog.push(`${name}\tFN\t${k.split(':')[2]}\t${show(k)}\t${predTypeAt(predKeys, k)}`); }
    }
  });
  return { counts, texts: docs.map((doc) => conllDocText(doc).text) };
}

function goldTypeAt(gold, key) {
  const [s, e] = key.split(':').map(Number);
  const g = gold.find((x) => x.start === s && x.end === e);
  if (g) return `gold=${g.type}`;
  const o = gold.find((x) => x.start < e && s < x.end);
  return o ? `overlaps=${o.type}` : 'none';
}
function predTypeAt(pred, key) {
  const [s, e] = key.split(':').map(Number);
  for (const k of pred) {
    const [ps, pe, pt] = k.split(':');
    if (Number(ps) === s && Number(pe) === e) return `pred=${pt}`;
  }
  for (const k of pred) {
    const [ps, pe, pt] = k.split(':');
    if (Number(ps) < e && s < Number(pe)) return `overlap=${pt}`;
  }
  return 'missed';
}

// ---------- re3d ----------

const RE3D_TYPES = { Person: 'PER', Organisation: 'ORG', Location: 'LOC' };
const PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'me', 'us', 'him', 'her', 'them', 'his', 'its', 'their', 'our', 'my', 'your', 'who', 'whom', 'which', 'this', 'that', 'these', 'those']);

function readNdjson(file) {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function scoreRe3d() {
  const dir = join(SHARED, 're3d');
  const counts = newCounts();
  const lenient = newCounts();
  const texts = [];
  for (const subset of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const docs = readNdjson(join(dir, subset, 'documents.json'));
    const entities = readNdjson(join(dir, subset, 'entities.json'));
    for (const doc of docs) {
      texts.push(doc.text);
      const gold = entities
        .filter((e) => e.documentId === doc._id && RE3D_TYPES[e.type] && e.confidence >= 0.5)
        .filter((e) => /^\p{Lu}/u.test(e.value) && !PRONOUNS.has(e.value.toLowerCase()))
        .map((e) => ({ start: e.begin, end: e.end, type: RE3D_TYPES[e.type] }));
      // annotations the crowd model doubted (confidence < 0.5) are neither rewarded nor punished in the second score
      const doubted = entities
        .filter((e) => e.documentId === doc._id && RE3D_TYPES[e.type] && e.confidence < 0.5)
        .map((e) => `${e.begin}:${e.end}:${RE3D_TYPES[e.type]}`);
      const allPred = gleanMentions(`re3d/${subset}/${doc._id}`, doc.text);
      const pred = allPred;
      const show = (m) => doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
      const around = (m) => `${doc.text.slice(Math.max(0, m.start - 50), m.start)}[${doc.text.slice(m.start, m.end)}]${doc.text.slice(m.end, m.end + 50)}`.replace(/\s+/g, ' ');
      // one-to-one matching of same-type spans: exact matches first, then overlapping ones
      const used = new Set();
      const matched = new Set();
      const overlaps = (a, b) => a.start < b.end && b.start < a.end;
      for (const exact of [true, false]) {
        pred.forEach((m, i) => {
          if (matched.has(i)) return;
          const g = gold.findIndex((x, j) => !used.has(j) && x.type === m.type && (exact ? x.start === m.start && x.end === m.end : overlaps(x, m)));
          if (g >= 0) { used.add(g); matched.add(i); }
        });
      }
      pred.forEach((m, i) => {
        if (matched.has(i)) { counts[m.type].tp++; lenient[m.type].tp++; return; }
        if (!doubted.includes(`${m.start}:${m.end}:${m.type}`)) lenient[m.type].fp++;
        { counts[m.type].fp++; const o = gold.find((x) => overlaps(x, m)); errorLog.push(`re3d\tFP\t${m.type}\t${show(m)}\t${o ? `${o.type}\t${show(o)}` : 'none\t'}\t${m.via}\t${around(m)}`); }
      });
      gold.forEach((g, j) => {
        if (!used.has(j)) { counts[g.type].fn++; lenient[g.type].fn++; const o = pred.find((x) => overlaps(x, g)); errorLog.push(`re3d\tFN\t${g.type}\t${show(g)}\t${o ? `${o.type}\t${show(o)}` : 'missed\t'}\t${o?.via ?? ''}\t${around(g)}`); }
      });
    }
  }
  return { counts, lenient, texts };
}

// ---------- reporting ----------

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x) => x.toFixed(3);

function report(name, counts) {
  const total = { tp: 0, fp: 0, fn: 0 };
  const rows = [];
  for (const [type, c] of Object.entries(counts)) {
    for (const k of Object.keys(total)) total[k] += c[k];
    const { p, r, f } = prf(c);
    rows.push(`  ${type.padEnd(5)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
  const { p, r, f } = prf(total);
  console.log(`${name}: micro P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}`);
  for (const row of rows) console.log(row);
}

/**
 * Place countries: well-known news places with the country they are in, written for glean (not from
 * any benchmark; ambiguous names such as Paris, Birmingham, Tripoli, Georgia included on purpose).
 * Each runs through extract() in a sentence of its own; a place is right when glean's country matches.
 */
const NEWS_PLACES = `Paris FR|Birmingham GB|Cambridge GB|Tripoli LY|Valencia ES|Hyderabad IN|Santiago CL|London GB|Kursk RU|Melitopol UA|Donetsk UA|Aleppo SY|Mosul IQ|Kandahar AF|Gaza PS|Rafah PS|Sanaa YE|Tehran IR|Kabul AF|Lagos NG|Perth AU|Georgia GE|Jordan JO|Kherson UA|Bakhmut UA|Idlib SY|Raqqa SY|Fallujah IQ|Helmand AF|Khan Younis PS|Tel Aviv IL|Jerusalem IL|Beirut LB|Damascus SY|Homs SY|Kharkiv UA|Odesa UA|Odessa UA|Kyiv UA|Kiev UA|Minsk BY|Pyongyang KP|Seoul KR|Tokyo JP|Beijing CN|Hong Kong HK|Taipei TW|Manila PH|Jakarta ID|Mumbai IN|Karachi PK|Peshawar PK|Dhaka BD|Cairo EG|Khartoum SD|Mogadishu SO|Nairobi KE|Addis Ababa ET|Kinshasa CD|Johannesburg ZA|Caracas VE|Bogota CO|Mexico City MX|Washington US|New York US|Moscow RU|Belgorod RU|Bristol GB|Manchester GB|Sydney AU|Toronto CA|Vancouver CA|Dublin IE|Kingston JM|Alexandria EG|Athens GR|Rome IT|Naples IT|Florence IT|Hamburg DE|Berlin DE|Vienna AT|Istanbul TR|Ankara TR|Baghdad IQ|Basra IQ|Kirkuk IQ|Erbil IQ|Mariupol UA|Zaporizhzhia UA|Lviv UA|Sevastopol UA|Donbas UA|Crimea UA|Texas US|California US|Ontario CA|Bavaria DE|Punjab PK|Sindh PK|Helsinki FI|Oslo NO|Stockholm SE|Warsaw PL|Prague CZ|Budapest HU|Bucharest RO|Sofia BG|Belgrade RS|Sarajevo BA|Zagreb HR|Tbilisi GE|Yerevan AM|Baku AZ|Tashkent UZ|Islamabad PK|Lahore PK|New Delhi IN|Colombo LK|Kathmandu NP|Bangkok TH|Hanoi VN|Phnom Penh KH|Yangon MM|Riyadh SA|Doha QA|Dubai AE|Muscat OM|Amman JO|Benghazi LY|Tunis TN|Algiers DZ|Rabat MA|Dakar SN|Abuja NG|Accra GH|Kampala UG|Juba SS|Goma CD|Harare ZW|Lusaka ZM|Luanda AO|Maputo MZ|Lima PE|Quito EC|La Paz BO|Buenos Aires AR|Montevideo UY|Brasilia BR|Sao Paulo BR|Havana CU|Port-au-Prince HT|Panama City PA|Ottawa CA|Chicago US|Boston US|Melbourne AU|Auckland NZ|Wellington NZ|Glasgow GB|Edinburgh GB|Cardiff GB|Belfast GB|Lyon FR|Marseille FR|Barcelona ES|Madrid ES|Lisbon PT|Porto PT|Milan IT|Munich DE|Frankfurt DE|Zurich CH|Geneva CH|Brussels BE|Amsterdam NL|The Hague NL|Copenhagen DK|Reykjavik IS|Vilnius LT|Riga LV|Tallinn EE|Chisinau MD|Luhansk UA|Grozny RU|Vladivostok RU|St Petersburg RU|Novosibirsk RU|Almaty KZ|Urumqi CN|Lhasa CN|Shanghai CN|Guangzhou CN|Osaka JP|Busan KR|Kaesong KP|Wonsan KP`
  .split('|')
  .map((entry) => [entry.slice(0, entry.lastIndexOf(' ')), entry.slice(entry.lastIndexOf(' ') + 1)]);

function placeCountries() {
  let right = 0;
  const wrong = [];
  for (const [name, country] of NEWS_PLACES) {
    const doc = extract('place.txt', `Reporters arrived in ${name} on Monday.`, { types: ['places'] });
    const place = doc.places.find((p) => p.name === name);
    if (place?.country === country) right++;
    else wrong.push(`${name} (${country}): ${place ? place.country : 'not found'}`);
  }
  console.log(`place countries: ${right}/${NEWS_PLACES.length} right (${((100 * right) / NEWS_PLACES.length).toFixed(1)}%); wrong: ${wrong.join('; ')}`);
}

function timeIt(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Alternating rounds, best of each (five): the machine may be busy with other work, and the best round is the least disturbed. */
function timings(texts, rounds = 5) {
  const compromise = () => texts.forEach((t) => { const d = nlp(t); d.people().json(); d.places().json(); d.organizations().json(); });
  // a fixed reference date skips publication-date detection, which is not part of the name passes
  const glean = () => texts.forEach((t, i) => extract(`t${i}`, t, { types: TYPES, referenceDate: '2000-01-01' }));
  compromise();
  glean();
  let c = Infinity;
  let g = Infinity;
  for (let r = 0; r < rounds; r++) {
    c = Math.min(c, timeIt(compromise));
    g = Math.min(g, timeIt(glean));
  }
  const cost = ((g - c) / c) * 100;
  // glean's parse runs a trimmed tagger (src/document/parse.ts), so its whole names pass may take less than compromise's tagging
  console.log(`timing (${texts.length} texts, best of ${rounds}): compromise tagging ${c.toFixed(0)} ms, glean names ${g.toFixed(0)} ms, refinements ${cost >= 0 ? '+' : '−'}${Math.abs(cost).toFixed(1)}% on top of compromise`);
}

const timed = [];
if (!only || only === 'dev') {
  const dev = scoreConll('conll-dev', join(SHARED, 'conll2003', 'dev.conll'));
  report('CoNLL-2003 dev', dev.counts);
  timed.push(...dev.texts);
}
if (!only || only === 'test') {
  const test = scoreConll('conll-test', join(SHARED, 'conll2003', 'test.conll'));
  report('CoNLL-2003 test', test.counts);
}
if (!only || only === 're3d') {
  const re3d = scoreRe3d();
  report('re3d names (conf >= 0.5)', re3d.counts);
  report('re3d names, predictions equal to a doubted (conf < 0.5) annotation ignored', re3d.lenient);
  timed.push(...re3d.texts);
}
if (!only || only === 'places') placeCountries();
if (!args.includes('--no-timing') && timed.length) timings(timed);
if (errorsFile) writeFileSync(errorsFile, errorLog.join('\n') + '\n');
