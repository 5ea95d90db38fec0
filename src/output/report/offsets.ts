/**
 * Code-point offset → UTF-16 index, the inverse of src/document/offsets.ts. The schema counts
 * code points ("👍 Kim": Kim starts at 2); the browser slices JavaScript strings (Kim starts at 3).
 */
export type Utf16Mapper = (codePointIndex: number) => number;

export function utf16Mapper(text: string): Utf16Mapper {
  // fast path: no astral characters, both index spaces agree
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // a high surrogate followed by a low one is one code point, two UTF-16 units
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  table.push(text.length);
  // past the end stays past the end, so a bad offset is caught by the caller's range check
  return (cp) => (cp < table.length ? table[cp] : text.length + (cp - table.length) + 1);
}
