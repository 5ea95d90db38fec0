/**
 * Internal types shared by the passes. Offsets here are UTF-16 indices into
 * `doc.text` (what JavaScript strings use); src/document/assemble.ts converts
 * them to the code-point offsets of the public schema, once, at the end.
 */
import type { Casualty, DateMention, EntityType, PlaceKind } from '../schema.js';
import type { ArticleDocument } from '../document/document.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type NameType = 'person' | 'place' | 'organization';

/** A name found in the text, before mentions are grouped into entities. */
export interface NameMention extends Span {
  type: NameType;
  /** The rule or pass that produced it ("compromise:people", "rule:org-suffix"). */
  via: string;
  /** Set by the alias refiner: the canonical name of the entity this mention belongs to. */
  canonical?: string;
  /** Places only, from the gazetteer. */
  place?: PlaceInfo;
}

export interface PlaceInfo {
  /** Gazetteer name ("Kursk Oblast"), which may differ from the text. */
  name: string;
  country: string | null;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
}

/** A date as the public DateMention has it, with UTF-16 offsets and its rule always recorded. */
export type DateFound = Omit<DateMention, 'via'> & { via: string };

/** A casualty figure as the public Casualty has it, with UTF-16 offsets and its rule always recorded. */
export type CasualtyFound = Omit<Casualty, 'via'> & { via: string };

/** Everything the passes have found so far; each pass returns a new one. */
export interface Found {
  names: NameMention[];
  dates: DateFound[];
  casualties: CasualtyFound[];
}

export const emptyFound = (): Found => ({ names: [], dates: [], casualties: [] });

/**
 * One step of the pipeline: a pure function from the document and what earlier
 * passes found to what is found after it.
 */
export interface Pass {
  /** Shown by --explain and in timings ("02-people"). */
  name: string;
  /** The output types this pass contributes to; it runs when any of them is needed. */
  serves: EntityType[];
  run(doc: ArticleDocument, found: Found): Found;
}
