/**
 * Internal types shared by the passes. Offsets here are UTF-16 indices into
 * `doc.text` (what JavaScript strings use); src/document/assemble.ts converts
 * them to the code-point offsets of the public schema, once, at the end.
 */
import type { CasualtyCategory, EntityType, PlaceKind, TimexType } from '../schema.js';
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

export interface DateFound extends Span {
  value: string;
  type: TimexType;
  mod: string | null;
  via: string;
}

export interface CasualtyFound extends Span {
  category: CasualtyCategory;
  count: number;
  min: number;
  max: number | null;
  vague: boolean;
  qualifier: string | null;
  group: string | null;
  date: string | null;
  place: string | null;
  source: string | null;
  superseded: boolean;
  via: string;
}

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
