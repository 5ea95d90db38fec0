/**
 * The ordered list of passes. Read top to bottom to see everything glean does to a document.
 * A pass runs when one of the output types it serves was asked for (--types).
 */
import type { EntityType } from './schema.js';
import type { ArticleDocument } from './document/document.js';
import { emptyFound, type Found, type Pass } from './passes/types.js';
import { peoplePass } from './passes/02-people.js';
import { placesPass } from './passes/03-places.js';
import { organizationsPass } from './passes/04-organizations.js';
import { datesPass } from './passes/05-dates.js';
import { casualtiesPass } from './passes/06-casualties.js';
import { trimNamesRefiner } from './passes/refine/trim-names.js';
import { dropNoiseRefiner } from './passes/refine/drop-noise.js';
import { resolveOverlapsRefiner } from './passes/refine/resolve-overlaps.js';
import { placeInfoRefiner } from './passes/refine/place-info.js';
import { placeQualifierRefiner } from './passes/refine/place-qualifier.js';
import { mergeAliasesRefiner } from './passes/refine/merge-aliases.js';

export const PIPELINE: readonly Pass[] = [
  // names first: casualty figures look up the place named for the event
  peoplePass,
  placesPass,
  organizationsPass,
  // trim before overlaps, so that "Russia’s ambassador" competes as "Russia"
  trimNamesRefiner,
  // photo credits and other page furniture name nobody in the story
  dropNoiseRefiner,
  resolveOverlapsRefiner,
  placeInfoRefiner,
  // "Paris, Texas": a state or country after a comma says which namesake is meant
  placeQualifierRefiner,
  // aliases last among name refiners: they group the final spans
  mergeAliasesRefiner,
  // dates before casualties: each figure takes the date of its event
  datesPass,
  casualtiesPass,
];

/** Casualty figures need the places and dates of their events, even when only casualties are printed. */
const NEEDS: Partial<Record<EntityType, EntityType[]>> = {
  casualties: ['places', 'dates'],
};

export function neededTypes(requested: readonly EntityType[]): Set<EntityType> {
  const needed = new Set(requested);
  for (const t of requested) for (const dep of NEEDS[t] ?? []) needed.add(dep);
  return needed;
}

export function runPipeline(doc: ArticleDocument, requested: readonly EntityType[]): Found {
  const needed = neededTypes(requested);
  let found = emptyFound();
  for (const pass of PIPELINE) {
    if (pass.serves.some((t) => needed.has(t))) found = pass.run(doc, found);
  }
  return found;
}
