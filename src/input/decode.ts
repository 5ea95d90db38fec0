/**
 * Bytes → text. The order of evidence:
 *  1. `--encoding` (forced) wins;
 *  2. a byte-order mark (UTF-8, UTF-16 LE/BE) decides and is removed, so offsets index the text without it;
 *  3. a charset the file declares itself (HTML `<meta charset>`), passed in as `declared`;
 *  4. valid UTF-8 is UTF-8;
 *  5. otherwise: mostly-valid UTF-8 with a few bad bytes is UTF-8 with the bad bytes replaced by
 *     U+FFFD (and a warning); anything else is decoded as the encoding chardet detects.
 * Labels follow the WHATWG Encoding Standard, as browsers do: "iso-8859-1", "latin1" and "ascii"
 * mean windows-1252, so 0x93 is “ and never an invisible C1 control character.
 * Never throws on bad bytes; throws only for an unknown forced encoding name (checked by the CLI).
 */
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import type Chardet from 'chardet';

// loaded on first use: valid UTF-8, which is nearly every news file, needs neither
const require = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
let chardetModule: typeof Chardet | undefined;
const iconv = (): typeof Iconv => (iconvModule ??= require('iconv-lite') as typeof Iconv);
const chardet = (): typeof Chardet => (chardetModule ??= require('chardet') as typeof Chardet);

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** WHATWG label aliases that matter for news text: each of these decodes as windows-1252. */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'cp1252', 'windows-1252', 'cp819', 'ibm819']);

export function normalizeEncoding(name: string): string {
  const lower = name.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(lower)) return 'windows-1252';
  if (lower === 'utf8') return 'utf-8';
  return lower;
}

export function encodingExists(name: string): boolean {
  return iconv().encodingExists(normalizeEncoding(name));
}

export function decodeBytes(bytes: Uint8Array, forced?: string, declared?: string): Decoded {
  if (forced) {
    const name = normalizeEncoding(forced);
    if (!iconv().encodingExists(name)) throw new Error(`unknown encoding ${forced}`);
    return decodeAs(bytes, name, []);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf16le', { stripBOM: false }), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf16be', { stripBOM: false }), encoding: 'utf-16be', warnings: [] };
  if (declared) {
    const name = normalizeEncoding(declared);
    // a page that declares a charset iconv does not know is read as if it declared none
    if (iconv().encodingExists(name) && !name.startsWith('utf-16')) return decodeAs(bytes, name, []);
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // not valid UTF-8: damaged UTF-8, or a legacy encoding?
  }
  if (mostlyUtf8(bytes)) return decodeUtf8(bytes);
  const guess = chardet().detect(bytes);
  const name = guess ? normalizeEncoding(guess) : 'windows-1252';
  const encoding = name !== 'utf-8' && iconv().encodingExists(name) ? name : 'windows-1252';
  return decodeAs(bytes, encoding, [`not valid UTF-8; decoded as ${encoding} (detected)`]);
}

function decodeAs(bytes: Uint8Array, encoding: string, warnings: string[]): Decoded {
  if (encoding === 'utf-8') {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return decodeUtf8(bytes.subarray(start));
  }
  return { text: stripBom(iconv().decode(Buffer.from(bytes), encoding)), encoding, warnings };
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const text = utf8Lenient.decode(bytes);
    const bad = countReplacements(text);
    return { text, encoding: 'utf-8', warnings: [`invalid UTF-8: ${bad} byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`] };
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * True when the bytes read as UTF-8 with only a few bad sequences: at least as many well-formed
 * multi-byte characters as invalid sequences. Text in a legacy single-byte encoding has
 * almost no well-formed multi-byte sequences (é in windows-1252 is one byte, 0xE9, followed by ASCII).
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = utf8Lenient.decode(bytes);
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) good++;
  }
  return good >= bad;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Binary, not text: a NUL byte in the first 8 KiB (as git and ripgrep decide), or more than one
 * byte in ten being a control character that text does not use (anything below 0x20 but tab,
 * line feed, form feed, carriage return and escape). UTF-16 with a BOM has NULs and is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let controls = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  return controls * 10 > sample.length;
}
