/**
 * A user lexicon (`--lexicon FILE.json`): names the user knows better than the taggers.
 *   { "people": ["Aleksandr Matsegora"],
 *     "organizations": ["Korean Central News Agency"],
 *     "places": ["Kursk", { "name": "Donbas", "country": "UA", "kind": "region" }] }
 * Every key is optional. Read and checked once, before any article, so a bad file is a usage error.
 */
import { readFileSync } from 'node:fs';
import type { PlaceKind } from '../schema.js';

export interface LexiconPlace {
  name: string;
  country: string | null;
  kind: PlaceKind;
}

export interface Lexicon {
  people: string[];
  organizations: string[];
  places: LexiconPlace[];
}

export const emptyLexicon = (): Lexicon => ({ people: [], organizations: [], places: [] });

const KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'other'];

export class LexiconError extends Error {}

export function parseLexicon(json: unknown, source: string): Lexicon {
  const fail = (why: string): never => {
    throw new LexiconError(`${source}: ${why}`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('expected a JSON object with people, organizations and places lists');
  const obj = json as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['people', 'organizations', 'places'].includes(key)) fail(`unknown key "${key}" (expected people, organizations, places)`);
  }
  const strings = (key: string): string[] => {
    const list = obj[key] ?? [];
    if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || s.trim() === '')) fail(`"${key}" must be a list of non-empty strings`);
    return (list as string[]).map((s) => s.trim());
  };
  const placesRaw = obj.places ?? [];
  if (!Array.isArray(placesRaw)) fail('"places" must be a list');
  const places = (placesRaw as unknown[]).map((p, i): LexiconPlace => {
    if (typeof p === 'string' && p.trim()) return { name: p.trim(), country: null, kind: 'other' };
    if (typeof p !== 'object' || p === null) return fail(`places[${i}] must be a string or { name, country, kind }`);
    const { name, country = null, kind = 'other' } = p as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) fail(`places[${i}].name must be a non-empty string`);
    if (country !== null && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) fail(`places[${i}].country must be an ISO 3166-1 alpha-2 code such as "UA"`);
    if (!KINDS.includes(kind as PlaceKind)) fail(`places[${i}].kind must be one of ${KINDS.join(', ')}`);
    return { name: (name as string).trim(), country: country as string | null, kind: kind as PlaceKind };
  });
  return { people: strings('people'), organizations: strings('organizations'), places };
}

export function loadLexicon(path: string): Lexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new LexiconError(`${path}: cannot read lexicon (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new LexiconError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  return parseLexicon(json, path);
}
