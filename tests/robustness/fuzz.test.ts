/**
 * Fuzzing the input stage and the extractor with mutated articles: the fixture articles (and two
 * written here), truncated at any byte (mid UTF-8 sequence too), with bytes flipped or inserted,
 * HTML spliced in, text doubled, BOMs and CRLFs added, read as .txt and as .html.
 * Nothing may throw; a mutated file is either text (with warnings) or a coded error; every mention
 * keeps the offset contract. Seeded, so a failure is reproducible (fast-check prints the seed and
 * the shrunk case).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeInput } from '../../src/input/read.js';
import { extract } from '../../src/extract.js';
import type { Document, ErrorCode, Mention } from '../../src/schema.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'articles');

const OWN = [
  'BEIRUT, Lebanon (AP) — At least 14 people were killed and 32 wounded on Tuesday when a car bomb exploded near a market in the southern city of Tyre, the Lebanese Red Cross said.\n\n“We heard a huge bang,” said Hassan Khalil, a shopkeeper. Dozens of families fled the area.\n',
  'By Maria Gómez\r\nPublished: 2024-06-02\r\n\r\nQUITO — Ecuador’s interior ministry said on Sunday that 3 police officers were kidnapped in Guayaquil and that two suspects were arrested. President Daniel Noboa called the attack “cowardly”.\r\n',
];
const ARTICLES: Buffer[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(path.join(FIXTURES, f))),
  ...OWN.map((t) => Buffer.from(t)),
];

const HTML_SNIPPETS = [
  '<script>var x = "</p><p>";</script>', '<p>', '</p>', '<br>', '<div class="ad">Advertisements</div>', '&amp;', '&#8220;', '&#xD800;',
  '<!--', '-->', '<![CDATA[', '<nav>Home | World</nav>', '<style>p{}</style>', '<html><body>', '</body></html>', '<!DOCTYPE html>', '<',
  '<p title="a > b">', '<table><tr><td>', '&nbsp;&nbsp;', '\u0000', '<pre>\n  x\n</pre>',
];

type Op =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'insert-bytes'; at: number; bytes: Uint8Array }
  | { kind: 'insert-html'; at: number; snippet: string }
  | { kind: 'double' }
  | { kind: 'crlf' }
  | { kind: 'bom' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('insert-bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('insert-html' as const), at: fc.nat(), snippet: fc.constantFrom(...HTML_SNIPPETS) }),
  fc.record({ kind: fc.constant('double' as const) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('bom' as const) }),
);

function mutate(input: Buffer, ops: Op[]): Buffer {
  let b = input;
  for (const o of ops) {
    const at = 'at' in o ? o.at % (b.length + 1) : 0;
    switch (o.kind) {
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'flip':
        if (b.length > 0) {
          b = Buffer.from(b);
          b[at % b.length] ^= 1 << o.bit;
        }
        break;
      case 'insert-bytes':
        b = Buffer.concat([b.subarray(0, at), o.bytes, b.subarray(at)]);
        break;
      case 'insert-html':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(o.snippet), b.subarray(at)]);
        break;
      case 'double':
        b = Buffer.concat([b, b]);
        break;
      case 'crlf':
        b = Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
        break;
      case 'bom':
        b = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
        break;
    }
  }
  return b;
}

const mutated = fc.record({
  article: fc.nat({ max: ARTICLES.length - 1 }),
  ops: fc.array(op, { minLength: 1, maxLength: 4 }),
  path: fc.constantFrom('story.txt', 'story.html', 'story.md'),
});

const CODES: ErrorCode[] = ['BINARY', 'DECODE'];

function mentions(doc: Document): Mention[] {
  return [...doc.people, ...doc.places, ...doc.organizations].flatMap((e) => e.mentions).concat(doc.dates, doc.casualties);
}

describe('fuzz: mutated articles', () => {
  it('has articles to mutate', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(2);
  });

  it('the input stage never throws: text with warnings, or a coded error (3000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ({ article, ops, path: p }) => {
        const result = await decodeInput(p, mutate(ARTICLES[article], ops));
        if (result.ok) {
          expect(typeof result.value.text).toBe('string');
          for (const w of result.value.warnings) expect(typeof w).toBe('string');
        } else {
          expect(CODES).toContain(result.error.code);
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('extract() never throws on what the input stage gives, and keeps the offset contract (200 cases; GLEAN_FUZZ_EXTRACT_RUNS for more)', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async ({ article, ops, path: p }) => {
        const result = await decodeInput(p, mutate(ARTICLES[article], ops));
        if (!result.ok) return;
        const text = result.value.text;
        const doc = extract(p, text, { warnings: result.value.warnings });
        const points = [...text];
        for (const m of mentions(doc)) expect(points.slice(m.start, m.end).join('')).toBe(m.text);
      }),
      { numRuns: Number(process.env.GLEAN_FUZZ_EXTRACT_RUNS ?? 200), seed: 7 },
    );
  });

  it.each([
    ['a file cut inside a UTF-8 sequence', Buffer.from('Zürich “', 'utf8').subarray(0, 10), 'story.txt', 'Zürich \ufffd', ['invalid UTF-8: 1 byte sequence replaced with U+FFFD']],
    ['a NUL byte inserted', Buffer.from('Kyiv\0'), 'story.txt', null, []],
    ['HTML in a .txt file that does not start like a page stays text', Buffer.from('Rain <b>fell</b>.'), 'story.txt', 'Rain <b>fell</b>.', []],
  ])('%s', async (_name, bytes, p, text, warnings) => {
    const result = await decodeInput(p, bytes);
    if (text === null) expect(result).toEqual({ ok: false, error: { path: p, code: 'BINARY', message: 'binary file (NUL bytes or mostly control characters), not text' } });
    else expect(result).toEqual({ ok: true, value: { path: p, text, warnings } });
  });
});
