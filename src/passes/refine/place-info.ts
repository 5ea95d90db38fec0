/**
 * Attaches gazetteer facts (country, kind, coordinates) to place mentions, and drops
 * place mentions that are demonyms ("North Korean" soldiers are not a place).
 */
import type { Found, NameMention, Pass } from '../types.js';
import { demonymCountry, lookupPlace } from '../../rules/gazetteer.js';

export const placeInfoRefiner: Pass = {
  name: 'refine/place-info',
  serves: ['places'],
  run(_doc, found): Found {
    const names: NameMention[] = [];
    for (const m of found.names) {
      if (m.type !== 'place') { names.push(m); continue; }
      if (demonymCountry(m.text) && !lookupPlace(m.text)) continue;
      const info = lookupPlace(m.text);
      names.push({ ...m, place: info ?? { name: m.text, country: null, kind: 'other', lat: null, lon: null } });
    }
    return { ...found, names };
  },
};
