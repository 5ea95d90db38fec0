/**
 * Attaches gazetteer facts (country, kind, coordinates) to place mentions, and drops
 * place mentions that are demonyms ("North Korean" soldiers are not a place).
 * A place written before a region word is that region: "the Kursk region" → Kursk, kind region, RU;
 * an AP abbreviation of a US state is that state: "Mo." → region, US.
 */
import type { Found, NameMention, Pass } from '../types.js';
import { demonymCountry, foldName, lookupPlace, lookupRegion, usStateWrittenAs } from '../../rules/gazetteer.js';

/** A region word right after the name ("Kursk region", "Ghazni province"). */
const REGION_AFTER = /^\s+(?:region|oblast|province|governorate|krai|prefecture|county|district)\b/i;

export const placeInfoRefiner: Pass = {
  name: 'refine/place-info',
  serves: ['places'],
  run(doc, found): Found {
    const names: NameMention[] = [];
    for (const m of found.names) {
      if (m.type !== 'place') { names.push(m); continue; }
      // the user's lexicon knows best: its country and kind win over the gazetteer
      const own = doc.lexicon.places.find((p) => foldName(p.name) === foldName(m.text));
      if (own) {
        const known = lookupPlace(m.text);
        const country = own.country ?? known?.country ?? null;
        const kind = own.country || own.kind !== 'other' ? own.kind : known?.kind ?? 'other';
        const sameFacts = known && known.country === country;
        names.push({ ...m, place: { name: own.name, country, kind, lat: sameFacts ? known.lat : null, lon: sameFacts ? known.lon : null } });
        continue;
      }
      if (demonymCountry(m.text) && !lookupPlace(m.text)) continue;
      // "LEBANON, Mo.": an AP abbreviation of a US state (its full stop follows the mention)
      const state = usStateWrittenAs(m.text, doc.text.slice(m.end, m.end + 1));
      if (state) { names.push({ ...m, place: state }); continue; }
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
