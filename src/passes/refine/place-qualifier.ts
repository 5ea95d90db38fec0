/**
 * "Paris, Texas", "Tripoli, Lebanon", "LEBANON, Mo.": a place written with its state or country after a
 * comma lies in that state or country, whatever the gazetteer's most populous namesake says. The qualifier
 * decides the country of every mention of that name in the document (one name, one place); when the
 * gazetteer's pick lies in another country, its coordinates and kind are not this place's: a country name
 * qualified by a state is a town ("Lebanon, Mo."), anything else keeps its kind, without coordinates.
 * Lists are no qualifiers: "Aleppo, Turkey and Iraq" names three places, so a country followed by more
 * places qualifies nothing; two countries ("Syria, Iraq") never qualify each other.
 */
import type { Found, NameMention, Pass, PlaceInfo } from '../types.js';
import { foldName } from '../../rules/gazetteer.js';

/** After a country qualifier: more list items (", Iraq", " and Iraq", " or Iraq"). */
const LIST_GOES_ON = /^(?:,? (?:and|or) |, )$/;
/** The longest such gap, with a full stop before it (", and " after "Mo."). */
const LIST_GAP_MAX = 7;

export const placeQualifierRefiner: Pass = {
  name: 'refine/place-qualifier',
  serves: ['places'],
  run(doc, found): Found {
    const places = found.names.filter((m) => m.type === 'place' && m.place).sort((a, b) => a.start - b.start);
    const byStart = new Map(places.map((m) => [m.start, m]));
    const indexOf = new Map(places.map((m, i) => [m, i]));
    const qualified = new Map<string, PlaceInfo>();
    // mentions that are themselves qualifiers ("Tripoli, Lebanon") stay what they are
    const qualifiers = new Set<NameMention>();
    for (const m of places) {
      const q = doc.text.slice(m.end, m.end + 2) === ', ' ? byStart.get(m.end + 2) : undefined;
      if (q) qualifiers.add(q);
      const head = m.place!;
      const where = q?.place;
      if (!q || !where?.country || where.country === head.country || qualified.has(foldName(m.text))) continue;
      if (where.kind === 'country') {
        const next = places[indexOf.get(q)! + 1];
        if (head.kind === 'country' || (next && next.start - q.end <= LIST_GAP_MAX && LIST_GOES_ON.test(doc.text.slice(q.end, next.start).replace(/^\./, '')))) continue;
      } else if (where.kind !== 'region') continue;
      qualified.set(foldName(m.text), where);
    }
    if (qualified.size === 0) return found;
    const names = found.names.map((m): NameMention => {
      const where = m.type === 'place' && m.place && !qualifiers.has(m) ? qualified.get(foldName(m.text)) : undefined;
      if (!where || !m.place) return m;
      const kind = m.place.kind === 'country' ? 'city' : m.place.kind;
      return { ...m, place: { name: m.place.name, country: where.country, kind, lat: null, lon: null } };
    });
    return { ...found, names };
  },
};
