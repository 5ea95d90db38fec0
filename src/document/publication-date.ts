/**
 * Publication date of an article, read from the article itself (`--reference-date` wins over it, in document.ts).
 *
 * Tried in order, over the opening lines only (a date deep in the body is an event, not a dateline):
 *  1. a "Published:", "Posted", "Date:" header line ("Published: 23 October 2025 14:05 BST"), then an
 *     "Updated" or "Last modified" one ("Updated Nov. 7, 2024");
 *  2. a dateline: an upper-case place, then the date ("KABUL, Afghanistan (Jan. 25, 2013) —",
 *     "MELITOPOL, April 13. /TASS/.", "NEW YORK, Oct. 23, 2025 /PRNewswire/ --"), or a line that opens with the
 *     date and an agency ("Oct 23 (Reuters) -"); a dateline without a year takes the first year the article states
 *     (or, when no date states one, the year of a press-release number such as "2010-09-CA-005");
 *  3. the first full date (year, month and day) in the opening lines ("Saturday, June 14, 2025").
 * Datelines without a date ("WASHINGTON —", "LONDON (Reuters) -") fall through to the next rule.
 * Dates are recognised by the same rules as the dates pass (src/passes/dates/), with no anchor, so only
 * what the text states is used. headerEnd says where the header (what comes down to that date) ends.
 */
import { findDates, type Expression } from '../passes/dates/detect.js';

/** How far into the article a publication date may stand. */
const OPENING_CHARS = 1500;
const OPENING_LINES = 12;

export interface PublicationRule {
  name: string;
  /** Which opening lines the rule reads. */
  line: RegExp;
  example: string;
}

/** Header lines, in order of preference: a publication line beats an update line. */
const HEADER_LINES: PublicationRule[] = [
  {
    name: 'published-line',
    line: /^\W{0,3}(?:published|first published|posted|date|dated|dateline|released|issued|publication date)\b/i,
    example: 'Published: 23 October 2025 14:05 BST',
  },
  {
    name: 'updated-line',
    line: /^\W{0,3}(?:updated|last updated|last modified|modified)\b/i,
    example: 'Updated Nov. 7, 2024',
  },
];

/** An upper-case place opening a line ("KABUL", "NEW YORK"): the start of a dateline. */
const DATELINE_PLACE = /^[\s*_]{0,3}[A-Z][A-Z.'’-]{1,30}(?: [A-Z][A-Z.'’-]{1,30}){0,3}(?![a-z])/;
/** What may stand between the place and the date: ", Region" or ", Country", then a comma, a parenthesis or a dash. */
const DATELINE_GAP = /^\s{0,3}(?:,\s{0,3}(?:[A-Z][\w.'’-]{0,30}\s{0,2}){1,3})?[,(–—-]?\s{0,3}$/;
/** A line that opens with the date and then an agency, a dash or a colon ("Oct 23 (Reuters) -", "June 20: Operations in the south"). */
const DATE_FIRST_TAIL = /^\s{0,3}(?:\([^)]{1,40}\)|\/[^/]{1,40}\/)?\s{0,3}[.,]?\s{0,3}[-–—:]/;

/** A value naming a day, perhaps with a time ("2025-10-23T14:05"): the day is what counts. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}(?=$|T)/;
const MONTH_DAY = /^XXXX-(\d{2})-(\d{2})(?=$|T)/;

type DatesIn = (line: string) => Expression[];

export function detectPublicationDate(text: string): string | null {
  return findPublication(text)?.value ?? null;
}

/**
 * Where the article's header ends: after the dateline's date, or after the header line or the date line
 * the publication date was read from ("Published: …", "Oct. 31, 2025"); 0 when the publication date
 * stands in a sentence of the body ("On Jan. 5, 2013, a bomb …") or was not found. Dates before it
 * name the report, not an event.
 */
export function headerEnd(text: string): number {
  return findPublication(text)?.headerEnd ?? 0;
}

export interface Publication {
  /** YYYY-MM-DD */
  value: string;
  /** See headerEnd(). */
  headerEnd: number;
}

/** The publication date and where the header ends, read once for both (document.ts keeps it). */
export function findPublication(text: string): Publication | null {
  const opening = openingLines(text);
  // each opening line is read by the dates rules once, however many of the steps below look at it
  const memo = new Map<string, Expression[]>();
  const datesIn: DatesIn = (line) => {
    let dates = memo.get(line);
    if (!dates) memo.set(line, (dates = findDates(line, null)));
    return dates;
  };
  for (const rule of HEADER_LINES) {
    for (const line of opening) {
      if (!rule.line.test(line.text)) continue;
      const date = dateIn(line.text, text, datesIn);
      if (date) return { value: date, headerEnd: line.end };
    }
  }
  for (const line of opening) {
    const date = datelineDate(line.text, text, datesIn);
    if (date) return { value: date, headerEnd: line.start + datesIn(line.text)[0].end };
  }
  for (const line of opening) {
    const full = datesIn(line.text).find((d) => FULL_DAY.test(d.value));
    if (full) return { value: full.value.slice(0, 10), headerEnd: SENTENCE_END.test(line.text) ? 0 : line.end };
  }
  return null;
}

/** The date of a dateline, or null when the line is not one or carries no date. */
export function datelineDate(line: string, text: string, datesIn: DatesIn = (l) => findDates(l, null)): string | null {
  const first = datesIn(line)[0];
  if (!first || !isCalendarDay(first)) return null;
  const place = DATELINE_PLACE.exec(line);
  const afterPlace = !!place && /[A-Z]{2}/.test(place[0]) && first.start >= place[0].length && DATELINE_GAP.test(line.slice(place[0].length, first.start));
  const dateFirst = /^[\s*_]{0,3}$/.test(line.slice(0, first.start)) && DATE_FIRST_TAIL.test(line.slice(first.end));
  if (!afterPlace && !dateFirst) return null;
  return complete(first.value, text);
}

/** The first full date in a header line, or a day-month completed with the article's first year. */
function dateIn(line: string, text: string, datesIn: DatesIn): string | null {
  const dates = datesIn(line).filter(isCalendarDay);
  const full = dates.find((d) => FULL_DAY.test(d.value));
  if (full) return full.value.slice(0, 10);
  return dates.length ? complete(dates[0].value, text) : null;
}

const isCalendarDay = (d: Expression): boolean => FULL_DAY.test(d.value) || MONTH_DAY.test(d.value);

/** XXXX-04-13 → 2024-04-13 with the first year the article states; null when it states none. */
function complete(value: string, text: string): string | null {
  if (FULL_DAY.test(value)) return value.slice(0, 10);
  const m = MONTH_DAY.exec(value);
  if (!m) return null;
  const year = firstYear(text);
  if (year === null) return null;
  const iso = `${year}-${m[1]}-${m[2]}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/**
 * A press-release number that opens with its year and month ("Release 2010-09-CA-005", as military
 * and government press offices number them): it states the year when no date in the text does.
 */
const RELEASE_NUMBER = /\b((?:19|20)\d\d)-(?:0[1-9]|1[0-2])-[A-Z]{1,5}-\d{1,5}\b/;

function firstYear(text: string): string | null {
  for (const d of findDates(text, null)) {
    const m = /^(\d{4})(?:$|-)/.exec(d.value);
    if (m) return m[1];
  }
  return RELEASE_NUMBER.exec(text)?.[1] ?? null;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

/** A line that ends like a sentence is body text, not a header line. */
const SENTENCE_END = /[.!?]["'”’)]?\s*$/;

function openingLines(text: string): Line[] {
  const lines: Line[] = [];
  // Unicode line and paragraph separators end lines too (press releases pasted from PDFs use them)
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  const opening = text.slice(0, OPENING_CHARS);
  let start = 0;
  while (lines.length < OPENING_LINES && start <= opening.length) {
    const m = breaks.exec(opening);
    const end = m ? m.index : opening.length;
    const line = opening.slice(start, end);
    if (line.trim() !== '') lines.push({ text: line, start, end });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
