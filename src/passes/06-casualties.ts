/**
 * Casualties: every figure of people killed, injured, missing, captured, arrested or displaced, and
 * unspecified "casualties", with its group, date, place and source. Works sentence by sentence over
 * regex tokens (no second parse: see src/passes/casualties/). Rules and word lists live in
 * src/rules/casualty-*.ts; the conventions are written down in docs/casualties.md.
 */
import type { CasualtyFound, Found, Pass } from './types.js';
import { TRIGGERS } from '../rules/casualty-triggers.js';
import { tokenize } from './casualties/tokens.js';
import { findFigures, HELD_AS, type RawFigure } from './casualties/figures.js';
import { blockOf, blockStarts, eventDates, eventPlaces, ledeDate, ownItem, pick, regionIn, sourceOf, type Located } from './casualties/context.js';
import { markSuperseded } from './casualties/updates.js';
import { FIGURE_INFO, familyOf } from './casualties/figure-info.js';

/** Sentences without any casualty word are skipped before tokenising. */
const ANY_TRIGGER = new RegExp(`\\b(?:${[...new Set([...TRIGGERS.map((t) => t.words.split(' ')[0]), ...HELD_AS])].join('|')})\\b`, 'i');

/** The first line is a headline when it is short and does not end like a sentence: "3 Killed in Kandahar Blast". */
function headlineLength(text: string): number {
  const first = /^\s*([^\n]{1,150})\n/.exec(text);
  if (!first || /[.!?:;"”]\s*$/.test(first[1])) return 0;
  return first[0].length;
}

/**
 * A headline sums up the event the body tells: its figures take the date and place of the body's first
 * figure of their family; without one, a headline figure that names no day takes the first day the body
 * names (the lede's: "Insurgents Killed in Kapisa" over "… conducted an operation on Saturday night").
 */
function inheritFromBody(figures: CasualtyFound[], dates: readonly Located[], headlineEnd: number): void {
  for (const f of figures) {
    const info = FIGURE_INFO.get(f);
    if (!info?.headline) continue;
    const body = figures.find((o) => !FIGURE_INFO.get(o)?.headline && familyOf(o.category) === familyOf(f.category));
    if (body) {
      f.date = body.date;
      f.place = body.place ?? f.place;
    } else if (info.ownDate === null) {
      f.date = dates.find((d) => d.start >= headlineEnd && d.rank === 0)?.value ?? f.date;
    }
  }
}

export const casualtiesPass: Pass = {
  name: '06-casualties',
  serves: ['casualties'],
  run(doc, found): Found {
    const text = doc.text;
    const places = eventPlaces(text, found.names);
    const dates = eventDates(text, found.dates, doc.headerEnd);
    const blocks = blockStarts(text);
    const placeSpans = found.names.filter((n) => n.type === 'place');
    const isPlace = (start: number, end: number) => placeSpans.some((p) => p.start < end && p.end > start);
    const fallbackDate = doc.publishedAt ?? dates[0]?.value ?? null;
    const headlineEnd = headlineLength(text);
    const casualties: CasualtyFound[] = [];
    // the day of the first figure whose sentence or paragraph names one: the day of the story's main event
    let mainDay: string | null = null;
    const seen = new Set<string>();
    const raws: RawFigure[] = [];

    doc.sentences.forEach((sentence, index) => {
      if (!ANY_TRIGGER.test(sentence.text)) return;
      const sText = text.slice(sentence.start, sentence.end);
      const tokens = tokenize(sText, sentence.start);
      const figures = findFigures(tokens, { isPlace });
      if (!figures.length) return;
      const source = sourceOf(tokens, text);
      const blockStart = blocks[blockOf(blocks, sentence.start)];
      let lastGroup: string | null = null;
      for (const f of figures) {
        // a figure that only points back at people already counted ("the insurgents were detained") is not a new figure
        const seenBefore = seen.has(familyOf(f.category));
        if (f.anaphoric && seenBefore) continue;
        seen.add(familyOf(f.category));
        let group = f.groupStart !== null && f.groupEnd !== null ? text.slice(f.groupStart, f.groupEnd) : null;
        // "600 soldiers have been killed and several thousand more wounded": the group carries over
        if (group === null && f.via.startsWith('passive') || group === null && f.via.startsWith('active')) group = lastGroup;
        if (group !== null) lastGroup = group;
        const ownDay = pick(dates, f.start, f.end, sentence.start, sentence.end, blockStart, true);
        mainDay ??= ownDay;
        const figure: CasualtyFound = {
          start: f.start, end: f.end, text: text.slice(f.start, f.end), category: f.category, count: f.count, min: f.min, max: f.max,
          vague: f.vague, qualifier: f.qualifier, group,
          date: ownDay ?? mainDay ?? ledeDate(dates, sentence.start) ?? fallbackDate,
          place: pick(places, f.start, f.end, sentence.start, sentence.end, blockStart),
          source, superseded: f.old, via: f.via,
        };
        FIGURE_INFO.set(figure, {
          sentence: index, additive: f.additive, headline: f.start < headlineEnd, bare: f.bare, background: f.background, aggregate: f.aggregate, region: regionIn(places, sentence.start, sentence.end),
          pointsBack: f.pointsBack && seenBefore,
          ownPlace: ownItem(places, f.start, f.end, sentence.start, sentence.end),
          ownDate: ownItem(dates, f.start, f.end, sentence.start, sentence.end, true)?.value ?? null,
        });
        casualties.push(figure);
        raws.push(f);
      }
    });
    inheritFromBody(casualties, dates, headlineEnd);
    markSuperseded(casualties, raws);
    return { ...found, casualties };
  },
};
