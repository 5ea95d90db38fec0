/** Turns a compromise match view into NameMentions with UTF-16 offsets into the document text. */
import type { NameMention, NameType } from './types.js';

export function viewMentions(text: string, view: { json(options?: object): unknown }, type: NameType, via: string): NameMention[] {
  const json = view.json({ offset: true, text: false, terms: false } as object) as Array<{
    offset: { start: number; length: number };
  }>;
  return json.map(({ offset }) => ({
    start: offset.start,
    end: offset.start + offset.length,
    text: text.slice(offset.start, offset.start + offset.length),
    type,
    via,
  }));
}
