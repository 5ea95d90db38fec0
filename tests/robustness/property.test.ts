/**
 * Property tests on arbitrary Unicode text (surrogate pairs, lone surrogates, combining marks,
 * right-to-left text, control characters) mixed with news-like pieces so that the passes fire:
 * extract() never throws, every mention of every type satisfies the offset contract
 * ([...text].slice(start, end).join('') === mention.text, counting code points), and the output
 * validates against docs/schema.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import { extract } from '../../src/extract.js';
import type { Document, Mention } from '../../src/schema.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(JSON.parse(readFileSync(path.join(ROOT, 'docs', 'schema.json'), 'utf8')), 'glean');
const validateJson = ajv.getSchema('glean#/definitions/JsonOutput')!;

/** Pieces that make the passes work: names, places, dates, figures, punctuation. */
const NEWS = [
  'Kim Jong Un', 'Kim', 'President Joe Biden', 'Pyongyang', 'Kursk', 'North Korea', 'the United Nations', 'KCNA', 'Gen. Smith',
  'KABUL, Afghanistan (Jan. 25, 2013) — ', 'MELITOPOL, April 13. /TASS/. ', 'Published: 2025-10-23\n', 'on Thursday', 'last year',
  'February 2022', 'about a year', 'at around 4:30 a.m.', 'the 1990s', 'now', 'every week', 'at least 600', 'more than 50', 'dozens',
  'were killed', 'killed', 'wounded', 'injured', 'missing', 'were detained', 'displaced', 'casualties', 'a 45-year-old man was killed',
  'the death toll rose to 27, up from 20', 'two paramedics and their patient', '1,000', 'three', 'soldiers', 'said', "'s", '’s',
  '.', ',', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '“', '”', '(', ')', '-', '—', '%', '$', 'Advertisements',
];
/** Unicode that breaks naive code: astral characters, combining marks, RTL, controls, lone surrogates, odd spaces. */
const UNICODE = [
  '😀', '👩‍👩‍👧', '𝔘𝔫𝔦', '𠜎', 'e\u0301', '\u0308', 'A\u030a', 'مرحبا بكم في بغداد', 'שלום ירושלים', '\u200f', '\u202e', '\u200b', '\u00a0',
  '\u2028', '\u0000', '\u0007', '\u001b', '\u007f', '\ufeff', '\ufffd', '\ud800', '\udc00', 'Ωmega', 'İstanbul', 'Ağrı', 'Kraków', 'Zürich',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

function allMentions(doc: Document): Mention[] {
  return [
    ...doc.people.flatMap((e) => e.mentions),
    ...doc.places.flatMap((e) => e.mentions),
    ...doc.organizations.flatMap((e) => e.mentions),
    ...doc.dates,
    ...doc.casualties,
  ];
}

function checkOffsets(source: string, doc: Document): void {
  const points = [...source];
  for (const m of allMentions(doc)) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThanOrEqual(m.start);
    expect(m.end).toBeLessThanOrEqual(points.length);
    expect(points.slice(m.start, m.end).join('')).toBe(m.text);
  }
}

const RUNS = Number(process.env.GLEAN_PROPERTY_RUNS ?? 150);

describe('extract() on arbitrary Unicode', () => {
  it('never throws, keeps the offset contract, validates against docs/schema.json', () => {
    fc.assert(
      fc.property(text, (source) => {
        const doc = extract('prop.txt', source, { emitText: true, referenceDate: '2025-10-23' });
        expect(doc.text).toBe(source);
        checkOffsets(source, doc);
        const output = { schemaVersion: 1, documents: [doc], errors: [] };
        if (!validateJson(output)) throw new Error(`schema: ${ajv.errorsText(validateJson.errors)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('also without a reference date (the article decides, or nothing does)', () => {
    fc.assert(
      fc.property(text, (source) => {
        const doc = extract('prop.txt', source);
        checkOffsets(source, doc);
        if (!validateJson({ schemaVersion: 1, documents: [doc], errors: [] })) throw new Error(`schema: ${ajv.errorsText(validateJson.errors)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['surrogate pairs before a name', '😀😀 Kim Jong Un visited Pyongyang on Thursday.', 'Kim Jong Un', 3],
    ['combining marks before a figure', 'Cafe\u0301 re\u0301sume\u0301: at least 600 were killed.', 'at least 600', 16],
  ])('offsets count code points: %s', (_name, source, needle, start) => {
    const doc = extract('x.txt', source, { referenceDate: '2025-10-23' });
    const hit = allMentions(doc).find((m) => m.text.startsWith(needle));
    expect(hit?.start).toBe(start);
    checkOffsets(source, doc);
  });
});
