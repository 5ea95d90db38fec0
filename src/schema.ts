/**
 * The public contract of glean's json and ndjson output.
 *
 * docs/schema.json is generated from these types (`npm run schema`), and a test
 * checks that the committed file matches them and that real output validates.
 * Change a type here only with a schemaVersion bump when the change is breaking.
 */

export const SCHEMA_VERSION = 1 as const;

/** The five kinds of thing glean extracts; also the values of `--types`. */
export type EntityType = 'people' | 'places' | 'organizations' | 'dates' | 'casualties';

/** Every EntityType, in output order. */
export const ENTITY_TYPES: readonly EntityType[] = ['people', 'places', 'organizations', 'dates', 'casualties'];

/**
 * One occurrence of an entity in the text.
 * `start` and `end` count Unicode code points into the decoded text (BOM removed),
 * half-open: `[...text].slice(start, end).join('')` (Python's `text[start:end]`) equals `text`.
 */
export interface Mention {
  text: string;
  /** Code-point offset of the first character. @minimum 0 */
  start: number;
  /** Code-point offset just past the last character. @minimum 0 */
  end: number;
}

/** A person or organisation: every mention of it in the document under one canonical name. */
export interface NamedEntity {
  /** The fullest form of the name found in the document ("Kim Jong Un"). */
  name: string;
  /** Other forms used for the same entity ("Kim", "KCNA"), sorted. */
  aliases: string[];
  /** Every mention, in text order. */
  mentions: Mention[];
  /** With --explain: the rules or passes that produced the mentions. */
  via?: string[];
}

export type Person = NamedEntity;
export type Organization = NamedEntity;

export type PlaceKind = 'country' | 'region' | 'city' | 'other';

export interface Place extends NamedEntity {
  /** ISO 3166-1 alpha-2 code of the country the place is in, or null when unknown. */
  country: string | null;
  kind: PlaceKind;
  /** Latitude in degrees, when the gazetteer knows it. */
  lat: number | null;
  /** Longitude in degrees, when the gazetteer knows it. */
  lon: number | null;
}

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Mention {
  /** TIMEX3 value resolved against publishedAt: "2025-10-23", "2022-02", "2024", "P1Y", "PRESENT_REF", "XXXX-10-23". */
  value: string;
  type: TimexType;
  /** TIMEX3 mod when the text qualifies the value: START, MID, END, APPROX, BEFORE, AFTER, ... */
  mod: string | null;
  /** With --explain: the rule that produced the value. */
  via?: string;
}

export type CasualtyCategory =
  | 'killed'
  | 'injured'
  | 'missing'
  | 'captured'
  | 'arrested'
  | 'displaced'
  | 'casualties';

export interface Casualty extends Mention {
  category: CasualtyCategory;
  /** The single best figure. @minimum 0 */
  count: number;
  /** The lowest figure the text allows ("at least 600" → 600, "more than 50" → 51). @minimum 0 */
  min: number;
  /** The highest figure the text allows, or null when open-ended. */
  max: number | null;
  /** True when the figure comes from a vague word ("several", "dozens") rather than a number. */
  vague: boolean;
  /** The qualifier as written and lower-cased: "at least", "more than", "about", "up to", "nearly". */
  qualifier: string | null;
  /** The victims as written ("North Korean soldiers"), or null. */
  group: string | null;
  /** TIMEX3 value of the event's date, or the publication date when the text names none. */
  date: string | null;
  /** Name of the place the text gives for the event, or null. */
  place: string | null;
  /** Who the text attributes the figure to ("South Korean intelligence"), or null. */
  source: string | null;
  /** True when a later figure in the same text updates this one; totals then use the later one. */
  superseded: boolean;
  /** With --explain: the rule that produced the figure. */
  via?: string;
}

export interface Range {
  /** @minimum 0 */
  min: number;
  max: number | null;
}

export type Totals = Partial<Record<CasualtyCategory, Range>>;

export interface Document {
  /** The path as given or discovered, "-" for stdin. */
  path: string;
  /** YYYY-MM-DD from --reference-date or the article itself, or null. */
  publishedAt: string | null;
  people: Person[];
  places: Place[];
  organizations: Organization[];
  dates: DateMention[];
  casualties: Casualty[];
  totals: Totals;
  /** Problems that did not stop the document (invalid bytes replaced, encoding guessed). */
  warnings: string[];
  /** With --emit-text: the decoded (for HTML: extracted) text that offsets index. */
  text?: string;
}

export type ErrorCode =
  | 'NOT_FOUND'
  | 'NO_MATCH'
  | 'UNREADABLE'
  | 'IS_DIRECTORY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'DECODE'
  | 'TIMEOUT'
  | 'SYMLINK_LOOP'
  | 'INTERNAL';

export interface FileError {
  path: string;
  code: ErrorCode;
  message: string;
}

/** `--format json`. */
export interface JsonOutput {
  schemaVersion: typeof SCHEMA_VERSION;
  documents: Document[];
  errors: FileError[];
}

/** `--format ndjson`: one line per document, or this for a file that could not be read. */
export interface NdjsonErrorLine {
  path: string;
  error: { code: ErrorCode; message: string };
}

export type NdjsonLine = Document | NdjsonErrorLine;
