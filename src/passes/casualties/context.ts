/**
 * What a figure is attached to: the date and place of its event and the source it is attributed to.
 *
 * Date: the nearest day-level date (found.dates) in the figure's sentence; else the nearest one before
 * it in the same block of text (blank-line separated); else (in 06-casualties.ts) the day of the first
 * figure before it that has one; else the first one of the article, when it stands before the figure
 * (the lede's); else the publication date. Datelines
 * ("KABUL, Afghanistan (Jan. 25, 2013)") are the publication, not the event, and are skipped, as are
 * the dates of the header: the lines down to the one the publication date was read from
 * ("Operational Update, Jan. 5, 2011", "Updated Nov. 7, 2024");
 * month- or year-level dates ("in February 2022") are background and are skipped; a day right after a
 * reporting verb ("the Pentagon said on Wednesday") is the report's, and any other day in the sentence wins over it.
 * Place: in the same way, preferring a province or region ("Andar district, Ghazni province" → Ghazni)
 * over a city, a city over other places, any of them over a country.
 * Source: "according to X", "X said" or "said X" in the figure's sentence.
 */
import type { DateFound, NameMention } from '../types.js';
import { AUXILIARIES, SOURCE_TAIL_WORDS, SOURCE_VERBS, PRONOUNS } from '../../rules/casualty-words.js';
import type { Token } from './tokens.js';

export interface Located { start: number; end: number; value: string; rank: number }

/** "KABUL, Afghanistan (" or "MELITOPOL, April 13." just before a mention: a dateline. */
const DATELINE_BEFORE = /\b[A-Z]{3,}[A-Z .'’-]*,[^\n()]{0,40}[(–—-]\s*$|\b[A-Z]{3,}[A-Z .'’-]*,?\s*$/;
const REGION_SUFFIX = /\s+(?:province|region|oblast|governorate|prefecture|state|county|district|city|village|valley|town)$/i;
const REGION_WORD = /\s(?:province|region|oblast|governorate|prefecture|state)$/i;
/** The kind word after a name: "Ghazni province" ranks first, "Andar district" below a city. */
const REGION_NEXT = /^\s+(?:province|region|oblast|governorate|prefecture)s?\b/i;
const DISTRICT_NEXT = /^\s+(?:district|village|valley)\b/i;
/** "Ghazni province", "Kursk region": a region named before its kind word, when the names pass missed it. */
const REGION_PHRASE = /\b(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?) (?:[Pp]rovince|[Rr]egion|[Oo]blast|[Gg]overnorate)\b/gu;

export function isDateline(text: string, start: number): boolean {
  return DATELINE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** "the Pentagon said on Wednesday", "told reporters Tuesday": a date right after a reporting verb is the report's. */
const REPORT_VERB_BEFORE = new RegExp(`\\b(?:${[...SOURCE_VERBS].join('|')})(?: (?:reporters|journalists|the press|[A-Z][\\w.]+))?(?: on)? $`);
/** "the 60th leader captured since Oct. 1": the day a period began. */
const PERIOD_START_BEFORE = /\bsince $/i;
const secondary = (before: string): boolean => REPORT_VERB_BEFORE.test(before) || PERIOD_START_BEFORE.test(before);

/**
 * Day-level dates of events: those of the header (before `bodyStart`) and datelines name the report and
 * are left out; a date of the report ("said on Wednesday") or the start of a period ("since Oct. 1")
 * ranks below the others (rank 1): it is a figure's date only when its sentence names no other day.
 */
export function eventDates(text: string, dates: readonly DateFound[], bodyStart = 0): Located[] {
  return dates
    .filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d.value) && d.start >= bodyStart && !isDateline(text, d.start))
    .map((d) => ({ start: d.start, end: d.end, value: d.value.slice(0, 10), rank: secondary(text.slice(Math.max(0, d.start - 40), d.start)) ? 1 : 0 }));
}

/**
 * The first event day (rank 0) the article names, when it stands before `sStart` (dates as eventDates
 * gives them, in text order), or null. News tells its event first: a figure whose sentence and paragraph
 * name no day belongs to the event of the lede ("Gunmen stormed the town on Thursday …" then "A handful
 * of police officers were wounded").
 */
export function ledeDate(dates: readonly Located[], sStart: number): string | null {
  const first = dates.find((d) => d.rank === 0);
  return first && first.end <= sStart ? first.value : null;
}

export function eventPlaces(text: string, names: readonly NameMention[]): Located[] {
  const out: Located[] = [];
  for (const n of names) {
    if (n.type !== 'place' || isDateline(text, n.start) || /^[A-Z]{3,}\b/.test(n.text)) continue;
    const kind = n.place?.kind ?? 'other';
    const next = text.slice(n.end, n.end + 16);
    const rank = REGION_WORD.test(n.text) || REGION_NEXT.test(next) ? 0 : DISTRICT_NEXT.test(next) ? 3
      : kind === 'region' ? 1 : kind === 'city' ? 2 : kind === 'other' ? 3 : 4;
    out.push({ start: n.start, end: n.end, value: placeName(n.text), rank });
  }
  for (const m of text.matchAll(REGION_PHRASE)) {
    const start = m.index!;
    if (!out.some((p) => p.start <= start && p.end > start)) out.push({ start, end: start + m[0].length, value: m[1], rank: 0 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Ghazni province" → Ghazni; "the Kursk region" → Kursk. */
export function placeName(written: string): string {
  let name = written.replace(/^(?:the|in|at|near|from)\s+/i, '').trim();
  for (let k = 0; k < 2 && REGION_SUFFIX.test(name) && name.split(/\s+/).length > 1; k++) name = name.replace(REGION_SUFFIX, '');
  return name;
}

/** Start offsets of blocks of text (paragraphs separated by a blank line). */
export function blockStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n[ \t]*\r?\n/g)) starts.push(m.index! + m[0].length);
  return starts;
}

export function blockOf(starts: number[], offset: number): number {
  let lo = 0;
  for (let i = 0; i < starts.length && starts[i] <= offset; i++) lo = i;
  return lo;
}

/**
 * The best located value for a figure at [start, end) in the sentence [sStart, sEnd): the best-ranked
 * nearest one in the sentence, else the nearest before it in the same block.
 */
export function pick(items: readonly Located[], start: number, end: number, sStart: number, sEnd: number, blockStart: number, after = false): string | null {
  const inSentence = items.filter((x) => x.start >= sStart && x.end <= sEnd);
  const distance = (x: Located) => (x.end <= start ? start - x.end : x.start >= end ? x.start - end : 0);
  // dates: the event's date follows its verb ("detained two men in Kandahar yesterday"); one before it may be the report's ("Today, officials confirmed …")
  const following = after ? inSentence.filter((x) => x.start >= end && x.rank === 0) : [];
  if (following.length) return following[0].value;
  if (inSentence.length) {
    const best = Math.min(...inSentence.map((x) => x.rank));
    return inSentence.filter((x) => x.rank === best).sort((a, b) => distance(a) - distance(b))[0].value;
  }
  const before = items.filter((x) => x.end <= sStart && x.start >= blockStart);
  if (!before.length) return null;
  const best = Math.min(...before.map((x) => x.rank));
  return before.filter((x) => x.rank === best).pop()!.value;
}

/** The best-ranked item in the sentence [sStart, sEnd) nearest the figure, with its rank, or null. */
export function ownItem(items: readonly Located[], start: number, end: number, sStart: number, sEnd: number, after = false): { value: string; rank: number } | null {
  const value = pick(items, start, end, sStart, sEnd, sEnd, after);
  if (value === null) return null;
  const rank = Math.min(...items.filter((x) => x.value === value && x.start >= sStart && x.end <= sEnd).map((x) => x.rank));
  return { value, rank };
}

/** The province or region named in the sentence [sStart, sEnd), or null. */
export function regionIn(items: readonly Located[], sStart: number, sEnd: number): string | null {
  const regions = new Set(items.filter((x) => x.rank === 0 && x.start >= sStart && x.end <= sEnd).map((x) => x.value));
  // a sentence that names two regions ("in Khost and Paktiya provinces") sums up more than one event
  return regions.size === 1 ? [...regions][0] : null;
}

const BREAK_SOURCE = new Set([',', '.', ';', ':', '"', '“', '”', '(', ')', '\n', '–', '—']);

/** Who the sentence attributes its figures to: "according to South Korean intelligence", "a police spokesman said". */
export function sourceOf(tokens: Token[], text: string): string | null {
  const span = (from: number, to: number) => (to > from ? text.slice(tokens[from].start, tokens[to - 1].end) : null);
  const trimSource = (from: number, to: number) => {
    while (from < to && ['the', 'a', 'an', 'but', 'and', 'while', 'however'].includes(tokens[from].lower)) from++;
    while (to > from && SOURCE_TAIL_WORDS.has(tokens[to - 1].lower)) to--;
    return span(from, to);
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') {
      let j = i + 2;
      while (j < tokens.length && j - i < 10 && !BREAK_SOURCE.has(tokens[j].lower) && tokens[j].kind !== 'number') j++;
      const s = trimSource(i + 2, j);
      if (s) return s;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!SOURCE_VERBS.has(tokens[i].lower) || AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && !SOURCE_VERBS.has(tokens[i - 1]?.lower ?? '')) continue;
    // "a police spokesman said"; "a hospital director, Dr. Wilner Joseph, said" names the role before the name
    let end = i;
    if (tokens[i - 1]?.lower === ',') {
      let c = i - 2;
      while (c > 0 && i - c < 10 && tokens[c].lower !== ',' && (tokens[c].lower === '.' || !BREAK_SOURCE.has(tokens[c].lower))) c--;
      const name = tokens.slice(c + 1, i - 1).filter((t) => t.lower !== '.');
      if (tokens[c]?.lower === ',' && name.length && name.every((t) => /^\p{Lu}/u.test(t.text))) end = c;
    }
    let s = end;
    while (s > 0 && end - s < 7 && !BREAK_SOURCE.has(tokens[s - 1].lower) && tokens[s - 1].kind === 'word') s--;
    if (s < end && !(end - s === 1 && PRONOUNS[tokens[s].lower]) && !['it', 'he', 'she', 'they', 'we', 'i'].includes(tokens[s].lower)) {
      const src = trimSource(s, end);
      if (src) return src;
    }
    // "…," said Col. Rafael Torres, director
    let e = i + 1;
    while (e < tokens.length && e - i < 10 && !BREAK_SOURCE.has(tokens[e].lower)) e++;
    if (e > i + 1 && !['it', 'he', 'she', 'they', 'we', 'i', 'that'].includes(tokens[i + 1].lower) && /^\p{Lu}|^(?:a|an|the)$/u.test(tokens[i + 1].text)) {
      const src = trimSource(i + 1, e);
      if (src) return src;
    }
  }
  return null;
}
