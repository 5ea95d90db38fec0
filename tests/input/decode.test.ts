/** Bytes → text: BOMs, UTF-16, windows-1252, damaged UTF-8, forced encodings, binary detection. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, encodingExists, looksBinary, normalizeEncoding } from '../../src/input/decode.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const BOM8 = [0xef, 0xbb, 0xbf];
const RU = 'В Москве в понедельник погибли три человека, сообщила полиция. Мэр города заявил, что расследование продолжается.';
const JA = '東京で月曜日、三人が死亡したと警察が発表した。市長は調査が続いていると述べた。';

describe('decodeBytes', () => {
  const cases: { name: string; input: Uint8Array; forced?: string; declared?: string; text: string; encoding: string; warnings: string[] }[] = [
    { name: 'plain ASCII', input: utf8('Kabul, Jan. 25'), text: 'Kabul, Jan. 25', encoding: 'utf-8', warnings: [] },
    { name: 'UTF-8 without BOM', input: utf8('Zürich “quoted” 😀'), text: 'Zürich “quoted” 😀', encoding: 'utf-8', warnings: [] },
    { name: 'UTF-8 with BOM: BOM removed', input: Buffer.concat([Buffer.from(BOM8), utf8('Kyiv')]), text: 'Kyiv', encoding: 'utf-8', warnings: [] },
    { name: 'UTF-16 LE with BOM', input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kraków “x”', 'utf16le')]), text: 'Kraków “x”', encoding: 'utf-16le', warnings: [] },
    { name: 'UTF-16 BE with BOM', input: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Kraków', 'utf16le').swap16()]), text: 'Kraków', encoding: 'utf-16be', warnings: [] },
    { name: 'CRLF kept', input: utf8('one\r\ntwo\r\n'), text: 'one\r\ntwo\r\n', encoding: 'utf-8', warnings: [] },
    { name: 'empty', input: Buffer.alloc(0), text: '', encoding: 'utf-8', warnings: [] },
    {
      name: 'windows-1252 curly quotes 0x91-0x94 detected',
      input: bytes('He said ', [0x93], 'we will rebuild', [0x94], ' and the mayor', [0x92], 's office agreed ', [0x97], ' in Montr', [0xe9], 'al.'),
      text: 'He said “we will rebuild” and the mayor’s office agreed — in Montréal.',
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8; decoded as windows-1252 (detected)'],
    },
    {
      name: 'latin-1 accents read as windows-1252 (chardet says ISO-8859-1)',
      input: bytes('Caf', [0xe9], ' na', [0xef], 've in Montr', [0xe9], 'al, Z', [0xfc], 'rich and S', [0xe3], 'o Paulo.'),
      text: 'Café naïve in Montréal, Zürich and São Paulo.',
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8; decoded as windows-1252 (detected)'],
    },
    {
      name: 'damaged UTF-8: bad bytes replaced, warning',
      input: Buffer.concat([utf8('Café in Zürich '), Buffer.from([0xff, 0xc3]), utf8(' and more')]),
      text: 'Café in Zürich \ufffd\ufffd and more',
      encoding: 'utf-8',
      warnings: ['invalid UTF-8: 2 byte sequences replaced with U+FFFD'],
    },
    {
      name: 'damaged UTF-8 after a BOM',
      input: Buffer.concat([Buffer.from(BOM8), utf8('ok '), Buffer.from([0x80])]),
      text: 'ok \ufffd',
      encoding: 'utf-8',
      warnings: ['invalid UTF-8: 1 byte sequence replaced with U+FFFD'],
    },
    { name: 'KOI8-R detected', input: iconv.encode(RU, 'koi8-r'), text: RU, encoding: 'koi8-r', warnings: ['not valid UTF-8; decoded as koi8-r (detected)'] },
    { name: 'windows-1251 detected', input: iconv.encode(RU, 'windows-1251'), text: RU, encoding: 'windows-1251', warnings: ['not valid UTF-8; decoded as windows-1251 (detected)'] },
    { name: 'Shift_JIS detected', input: iconv.encode(JA, 'shift_jis'), text: JA, encoding: 'shift_jis', warnings: ['not valid UTF-8; decoded as shift_jis (detected)'] },
    { name: '--encoding windows-1252 forced', input: bytes([0x93], 'Hi', [0x94]), forced: 'windows-1252', text: '“Hi”', encoding: 'windows-1252', warnings: [] },
    { name: '--encoding latin1 means windows-1252 (WHATWG)', input: bytes([0x93], 'Hi', [0x94]), forced: 'latin1', text: '“Hi”', encoding: 'windows-1252', warnings: [] },
    { name: '--encoding iso-8859-1 means windows-1252 (WHATWG)', input: bytes([0x91], 'x', [0x92]), forced: 'ISO-8859-1', text: '‘x’', encoding: 'windows-1252', warnings: [] },
    { name: '--encoding utf-8 on valid text', input: utf8('Zürich'), forced: 'utf8', text: 'Zürich', encoding: 'utf-8', warnings: [] },
    { name: '--encoding utf-8 on bad bytes warns', input: bytes('a', [0x93]), forced: 'utf-8', text: 'a\ufffd', encoding: 'utf-8', warnings: ['invalid UTF-8: 1 byte sequence replaced with U+FFFD'] },
    { name: '--encoding koi8-r', input: iconv.encode('Москва', 'koi8-r'), forced: 'koi8-r', text: 'Москва', encoding: 'koi8-r', warnings: [] },
    { name: 'declared charset (HTML meta) used', input: bytes([0x93], 'Hi', [0x94]), declared: 'windows-1252', text: '“Hi”', encoding: 'windows-1252', warnings: [] },
    { name: 'declared iso-8859-1 means windows-1252', input: bytes([0x93], 'Hi', [0x94]), declared: 'iso-8859-1', text: '“Hi”', encoding: 'windows-1252', warnings: [] },
    { name: 'a BOM wins over a declared charset', input: Buffer.concat([Buffer.from(BOM8), utf8('“Hi”')]), declared: 'windows-1252', text: '“Hi”', encoding: 'utf-8', warnings: [] },
    { name: 'an unknown declared charset is ignored', input: utf8('“Hi”'), declared: 'x-made-up', text: '“Hi”', encoding: 'utf-8', warnings: [] },
  ];
  it.each(cases)('$name', ({ input, forced, declared, text, encoding, warnings }) => {
    expect(decodeBytes(input, forced, declared)).toEqual({ text, encoding, warnings });
  });

  it('throws only for an unknown forced encoding', () => {
    expect(() => decodeBytes(utf8('x'), 'no-such-encoding')).toThrow('unknown encoding no-such-encoding');
  });
});

describe('normalizeEncoding and encodingExists', () => {
  it.each([
    ['latin1', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['cp1252', 'windows-1252'],
    ['UTF8', 'utf-8'],
    ['Shift_JIS', 'shift_jis'],
  ])('%s → %s', (label, name) => expect(normalizeEncoding(label)).toBe(name));
  it.each([
    ['windows-1252', true],
    ['utf-16le', true],
    ['nope-42', false],
  ])('%s exists: %s', (label, exists) => expect(encodingExists(label)).toBe(exists));
});

describe('looksBinary', () => {
  const cases: [string, Uint8Array, boolean][] = [
    ['text', utf8('plain text\r\nwith lines\tand tabs\f'), false],
    ['empty', Buffer.alloc(0), false],
    ['a NUL byte', utf8('abc\0def'), true],
    ['PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), true],
    ['mostly control characters, no NUL', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))), true],
    ['one control character in ten is not enough', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 0x07 : 0x61))), false],
    ['ANSI colour escapes are text', utf8('\u001b[31mred\u001b[0m text'), false],
    ['UTF-16 LE with BOM has NULs but is text', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('text', 'utf16le')]), false],
    ['UTF-16 LE without BOM is not read as text', Buffer.from('text', 'utf16le'), true],
  ];
  it.each(cases)('%s', (_name, input, binary) => expect(looksBinary(input)).toBe(binary));
});
