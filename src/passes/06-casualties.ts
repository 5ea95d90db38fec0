/** Casualties: "<number> <group> (were|have been) killed|wounded" figures. */
import type { CasualtyFound, Found, Pass } from './types.js';

const FIGURE = /\b(at least |more than |about )?(\d[\d,]*) ([A-Za-z ]{0,40}?) (?:were |have been |had been )?(killed|wounded|injured|detained|arrested|captured)\b/g;
const CATEGORY: Record<string, CasualtyFound['category']> = {
  killed: 'killed', wounded: 'injured', injured: 'injured', detained: 'arrested', arrested: 'arrested', captured: 'captured',
};

export const casualtiesPass: Pass = {
  name: '06-casualties',
  serves: ['casualties'],
  run(doc, found): Found {
    const casualties: CasualtyFound[] = [];
    for (const m of doc.text.matchAll(FIGURE)) {
      const n = Number(m[2].replace(/,/g, ''));
      const qualifier = m[1]?.trim() ?? null;
      casualties.push({
        start: m.index!, end: m.index! + m[0].length, text: m[0], category: CATEGORY[m[4]], count: n,
        min: qualifier === 'more than' ? n + 1 : n, max: qualifier ? null : n, vague: false, qualifier,
        group: m[3].trim() || null, date: doc.publishedAt, place: null, source: null, superseded: false, via: 'regex',
      });
    }
    return { ...found, casualties };
  },
};
