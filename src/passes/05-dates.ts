/** Dates: chrono-node finds date expressions; values are days resolved against publishedAt. */
import * as chrono from 'chrono-node';
import type { DateFound, Found, Pass } from './types.js';
import { isoDay } from '../document/publication-date.js';

export const datesPass: Pass = {
  name: '05-dates',
  serves: ['dates', 'casualties'],
  run(doc, found): Found {
    const ref = doc.publishedAt ? new Date(`${doc.publishedAt}T12:00:00Z`) : undefined;
    const dates: DateFound[] = chrono.parse(doc.text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false }).map((r) => {
      const c = r.start;
      const value = isoDay(c.get('year')!, c.get('month')!, c.get('day')!);
      return { start: r.index, end: r.index + r.text.length, text: r.text, value, type: 'DATE', mod: null, via: 'chrono' };
    });
    return { ...found, dates };
  },
};
