/**
 * Dates: every date, time, duration and set expression, with a TIMEX3 value resolved against
 * publishedAt. The rules live in src/passes/dates/ (one table per kind of expression); this pass
 * only runs them over the document text. It needs no compromise parse, which keeps it fast.
 */
import type { Found, Pass } from './types.js';
import { findDates } from './dates/detect.js';

export const datesPass: Pass = {
  name: '05-dates',
  serves: ['dates', 'casualties'],
  run(doc, found): Found {
    return { ...found, dates: findDates(doc.text, doc.publishedAt) };
  },
};
