/**
 * Attaches gazetteer facts (country, kind, coordinates) to place mentions, and drops
 * place mentions that are demonyms ("North Korean" soldiers are not a place).
 * A place written before a region word is that region: "the Kursk region" → Kursk, kind region, RU.
 */
import type { Found, NameMention, Pass } from '../types.js';
import { demonymCountry, lookupPlace, lookupRegion } from '../../rules/gazetteer.js';

/** A region word right after the name ("Kursk region", "Ghazni province"). */
const REGION_AFTER = /^\s+(?:region|oblast|province|governorate|krai|prefecture|county|district)\b/i;

export const placeInfoRefiner: Pass = {
  name: 'refine/place-info',
  serves: ['places'],
  run(doc, found): Found {
    const names: NameMention[] = [];
    for (const m of found.names) {
      if (m.type !== 'place') { names.push(m); continue; }
      if (demonymCountry(m.text) && !lookupPlace(m.text)) continue;
      let info = lookupPlace(m.text);
      if (REGION_AFTER.test(doc.text.slice(m.end, m.end + 16))) {
        const region = lookupRegion(m.text);
        info = region ? { ...region, name: m.text } : { name: m.text, country: info?.country ?? null, kind: 'region', lat: null, lon: null };
      }
      names.push({ ...m, place: info ?? { name: m.text, country: null, kind: 'other', lat: null, lon: null } });
    }
    return { ...found, names };
  },
};
