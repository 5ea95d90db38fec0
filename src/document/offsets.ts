/**
 * UTF-16 index → Unicode code-point index. The passes work on JavaScript string indices;
 * the public schema counts code points so that Python's text[start:end] gives the same text.
 */
export type OffsetMapper = (utf16Index: number) => number;

export function codePointMapper(text: string): OffsetMapper {
  // fast path: no astral characters, both index spaces agree
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    const lowHalfOfPair = isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    // the low half of a surrogate pair belongs to the code point its high half started
    table[i] = lowHalfOfPair ? cp - 1 : cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
