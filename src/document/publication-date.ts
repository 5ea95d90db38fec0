/**
 * Publication date of an article, read from the article itself.
 *
 * Tried in order, over the opening lines only (a date deep in the body is an event, not a dateline):
 *  1. a "Published:", "Posted", "Updated" or "Date:" header line ("Published: 2025-10-23");
 *  2. a dateline: an upper-case place followed by a date ("KABUL, Afghanistan (Jan. 25, 2013)",
 *     "MELITOPOL, April 13. /TASS/."); a dateline without a year takes the first year the article states;
 *  3. the first full date (year, month and day) in the opening lines ("October 23, 2025").
 * Dates are recognised by chrono-node's strict English parser.
 */
import * as chrono from 'chrono-node';

/** How far into the article a publication date may stand. */
const OPENING_CHARS = 1200;
const OPENING_LINES = 12;

const HEADER_LINE = /^\s*(?:published|posted|updated|date|dated|first published)\b[^\n]{0,20}?[:\s]/i;
/** An upper-case place name (with optional ", Region") opening a line, then the date. */
const DATELINE = /^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,40})?\s*(?:[,(–—-]|\s)\s*/;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

export function detectPublicationDate(text: string): string | null {
  const opening = openingLines(text);
  for (const line of opening) {
    if (HEADER_LINE.test(line)) {
      const full = firstFullDate(line);
      if (full) return full;
    }
  }
  for (const line of opening) {
    const dateline = DATELINE.exec(line);
    if (!dateline) continue;
    const result = chrono.strict.parse(line)[0];
    if (!result || result.index > dateline[0].length + 2) continue;
    if (!result.start.isCertain('month') || !result.start.isCertain('day')) continue;
    const year = result.start.isCertain('year') ? result.start.get('year') : firstYear(text);
    if (year === null || year === undefined) continue;
    return isoDay(year, result.start.get('month')!, result.start.get('day')!);
  }
  for (const line of opening) {
    const full = firstFullDate(line);
    if (full) return full;
  }
  return null;
}

function openingLines(text: string): string[] {
  return text
    .slice(0, OPENING_CHARS)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, OPENING_LINES);
}

function firstFullDate(line: string): string | null {
  for (const result of chrono.strict.parse(line)) {
    const c = result.start;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      return isoDay(c.get('year')!, c.get('month')!, c.get('day')!);
    }
  }
  return null;
}

function firstYear(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
