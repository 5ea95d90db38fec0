/**
 * Bytes → text. A byte-order mark decides first (UTF-8, UTF-16 LE/BE) and is removed, so that
 * offsets index the text without it. Without one, valid UTF-8 is UTF-8; anything else is decoded
 * as the encoding chardet detects (Windows-1252 for typical Western news), through iconv-lite.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) {
    if (!iconv.encodingExists(forced)) throw new Error(`unknown encoding ${forced}`);
    return { text: stripBom(iconv.decode(Buffer.from(bytes), forced)), encoding: forced, warnings: [] };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be'), encoding: 'utf-16be', warnings: [] };
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const guess = chardet.detect(bytes);
    if (guess && guess !== 'UTF-8' && iconv.encodingExists(guess)) {
      return { text: iconv.decode(Buffer.from(bytes), guess), encoding: guess.toLowerCase(), warnings: [`not valid UTF-8; decoded as ${guess}`] };
    }
    return decodeUtf8(bytes);
  }
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, encoding: 'utf-8', warnings: ['invalid UTF-8 bytes replaced with U+FFFD'] };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Binary files hold NUL bytes, which no text encoding glean reads (outside UTF-16) produces. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}
