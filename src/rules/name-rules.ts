/**
 * How a candidate name gets its type, as data: an ordered list of { name, reason, example, type, test }.
 * The first rule whose test passes decides; its name becomes the mention's `via` ("rule:org-cue").
 * `strong` rules rest on the name itself or a cue next to it; the others are guesses that
 * document-level consistency may overrule (refine/type-consistency).
 */
import type { NameType } from '../passes/types.js';
import type { Token } from '../passes/name-tokens.js';
import type { Lexicon } from './lexicon.js';
import { demonymCountry, foldName, isCountryName, isMajorPlace, lookupPlace, usStateWrittenAs } from './gazetteer.js';
import { isKnownOrganisation, isOrgCue, KNOWN_ACRONYMS } from './org-cues.js';
import { compromiseTags, isCommonWord, isFirstName, isLastName } from './common-words.js';

export interface Candidate {
  text: string;
  /** The candidate's tokens, and the tokens around it on the same line (null at the edges). */
  words: Token[];
  prev: Token | null;
  prev2: Token | null;
  next: Token | null;
  /** The gap of text between the candidate and the previous / next token. */
  gapBefore: string;
  gapAfter: string;
  /** What compromise's people()/places()/organizations() said about these words, if anything. */
  compromise: NameType | null;
  lexicon: Lexicon;
  /** The previous word is a title or role ("President", "Gen.", "ambassador"). */
  afterTitle: boolean;
  /** The rest of the line before and after the candidate. */
  lineBefore: string;
  lineAfter: string;
}

export interface NameRule {
  name: string;
  reason: string;
  example: string;
  /** The type given, or null: "this is no name we report" (a demonym, an event). */
  type: NameType | null;
  strong: boolean;
  test(c: Candidate): boolean;
}

/**
 * Peoples, faiths and languages that world-countries has no country for, as data
 * (reason: they describe people, like demonyms; example: "Kurdish fighters", "Yazidi families").
 */
const PEOPLES = new Set(['houthi', 'houthis', 'rohingya', 'arab', 'arabic', 'kurd', 'kurdish', 'yazidi', 'yezidi', 'sunni', 'shia', 'shiite', "shi'ite", 'alawite', 'druze', 'muslim', 'christian', 'jewish', 'jew', 'assyrian', 'turkmen', 'pashtun', 'tajik', 'uzbek', 'hazara', 'baluch', 'tamil', 'sikh', 'hindu', 'buddhist', 'catholic', 'orthodox', 'protestant', 'latino', 'hispanic', 'european', 'african', 'asian', 'western', 'eastern', 'soviet', 'nazi', 'islamist', 'jihadist', 'basque', 'catalan', 'flemish', 'walloon', 'chechen', 'palestinian', 'english', 'scottish', 'welsh', 'british', 'american']);
const isDemonym = (text: string) => demonymCountry(text) !== null || PEOPLES.has(text.toLowerCase()) || compromiseTags(text.toLowerCase()).includes('Demonym');
const isDemonymOrPlural = (text: string) => isDemonym(text) || (/s$/.test(text) && isDemonym(text.slice(0, -1)));
/** Compass adjectives that may open a phrase of demonyms ("Western Armenian"). */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);
/** A phrase of demonyms and peoples only: "Sunni Muslim", "Alawite Arabs", "Western Armenian"; not a country ("South Sudan"). */
const isDemonymPhrase = (c: Candidate) =>
  c.words.length >= 2 && c.words.some((w) => isDemonymOrPlural(w.text)) && c.words.every((w, k) => isDemonymOrPlural(w.text) || (k === 0 && COMPASS_ADJECTIVES.has(w.lower)));
/**
 * Religious festivals and faiths, as data (reason: a festival is a date and a faith a belief, not a
 * person, place or organisation; CoNLL-2003 calls them MISC). Example: "busy before Eid", "studied Islam".
 */
const FESTIVALS_AND_FAITHS = new Set(['eid', 'ramadan', 'christmas', 'easter', 'passover', 'hanukkah', 'diwali', 'ashura', 'nowruz', 'lent', 'pentecost', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism']);
/** Prefixes of ships' names (navies' ship prefixes): a ship is a vehicle, not a person. */
/**
 * Acronyms of things, not of organisations, people or places, as data. Reason: "an unknown acronym is
 * most often an organisation" (rule:acronym) made weapons and everyday abbreviations organisations in
 * conflict reporting ("a VBIED", "an RPG", "the GDP").
 */
const THING_ACRONYMS = new Set([
  // weapons, vehicles and military jargon
  'IED', 'VBIED', 'SVBIED', 'PBIED', 'EFP', 'HME', 'UXO', 'RPG', 'ATGM', 'MANPADS', 'SAM', 'ICBM', 'SLBM', 'WMD', 'UAV', 'UAS',
  'MRAP', 'APC', 'IFV', 'HIMARS', 'KIA', 'WIA', 'MIA', 'POW', 'FOB', 'QRF', 'ISR', 'EOD', 'HQ',
  // everyday abbreviations
  'CEO', 'CFO', 'COO', 'GDP', 'GNP', 'VAT', 'TV', 'DNA', 'HIV', 'AIDS', 'COVID', 'SUV', 'VIP', 'PDF', 'URL', 'ATM', 'SMS', 'GPS',
  'GMT', 'UTC', 'BST', 'CET', 'EST', 'EDT', 'PST', 'PDT', 'MPH', 'KPH', 'MHZ', 'GHZ', 'USD', 'EUR', 'GBP',
]);
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'FS', 'INS', 'RFS', 'ROKS', 'TCG', 'HNLMS', 'HDMS']);
/** Compass words before "of": "north of Qarvash", "8 km northwest of Qarvash". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Kinds of place before "of": "the town of Azmarin", "the outskirts of Azmarin". */
const PLACE_KIND_OF = new Set(['town', 'towns', 'city', 'cities', 'village', 'villages', 'province', 'provinces', 'suburb', 'suburbs', 'outskirts', 'vicinity', 'district', 'districts', 'region', 'governorate', 'island', 'port', 'hamlet', 'municipality']);
/**
 * Words before a name that say where someone goes, comes from or lives, as data: one word ("fled Brovnia",
 * "near Brovnia") or two ("a native of Brovnia", "flew to Brovnia"). People are rarely fled, or flown to.
 */
const PLACE_MOTION_BEFORE = new Set(['near', 'fled']);
const PLACE_MOTION_BEFORE_TWO = new Set([
  'native of', 'natives of', 'resident of', 'residents of', 'inhabitants of', 'hails from', 'hail from', 'hailed from',
  'fled to', 'fled from', 'fled into', 'flew to', 'flown to', 'travelled to', 'traveled to', 'deployed to', 'redeployed to',
  'reassigned to', 'relocated to', 'evacuated from', 'evacuated to', 'withdrew from', 'withdrawn from', 'retreated from',
  'retreated to', 'expelled from', 'out of',
]);
/**
 * After the name, an apposition that calls it a kind of place ("Sabdoura, a farming area east of Homs",
 * "Karnaz, a small town in the north"); the kind noun must end the phrase or lead on to where it is,
 * so "Varsk, a town councillor" is no place.
 */
const PLACE_APPOSITION = /^, (?:an?|the) (?:[\p{Ll}-]+ ){0,3}(?:town|city|village|area|district|suburb|neighbou?rhood|region|province|hamlet|settlement|port|island|enclave|governorate|municipality|valley|oasis)(?=[,.;:)]|$| (?:in|near|outside|of|on|north|south|east|west|about|some|just|close|along|around|where|that|which|and|with|held|controlled|located|bordering|overlooking|home)\b)/u;
/** After the name: a compass point ("Brovnia to the north") or a lower-case kind of place ("the Dorvala district"). */
const PLACE_AFTER = /^(?: to the (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b| (?:district|province|governorate|region|area|village|town|city|valley|mountains|river|border|suburb|neighbourhood|neighborhood|countryside|oblast)\b)/;

/** Every word of the candidate is a common English word ("West", "Reading"). */
const isCommonPhrase = (c: Candidate) => c.words.every((w) => isCommonWord(w.lower));
const inList = (list: readonly string[], text: string) => list.some((n) => foldName(n) === foldName(text));
const plain = (c: Candidate) => c.words.every((w) => !w.allCaps || w.text.length > 5);
/** Words said right after a person's name ("Kim said"). */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'announced', 'declared', 'insisted', 'argued', 'explained', 'noted', 'replied', 'warned', 'urged', 'denied', 'confirmed', 'asked']);
/** A score or figure right after a team's name ("Wigan 42", "Surrey 429-7"); not a year or date. */
const SCORE_AFTER = /^\s+(?:\d{1,3}(?:-\d{1,3})?)(?:\s|$|[,.;)])/;
/** A line of results or standings: name, figures, and nothing but names and figures ("Wigan 42 Bradford Bulls 36"). */
const NAME = "[\\p{L}'’.&-]+(?: [\\p{L}'’.&-]+)*";
const RESULTS_LINE = new RegExp(`^${NAME} \\d{1,3}(?: ${NAME} \\d{1,3}| [\\d.]+(?: [\\d.]+)+)$`, 'u');
/** Lines longer than this are prose, not results. */
const RESULTS_LINE_MAX = 120;
const isResultsLine = (line: string) => line.length <= RESULTS_LINE_MAX && RESULTS_LINE.test(line.replace(/\s+/g, ' ').trim());
/** Words around a sports team's name: "beat Nice", "Surrey captain". */
const TEAM_BEFORE = new Set(['beat', 'beats', 'against', 'side', 'club', 'champions', 'hosts', 'visitors', 'rivals', 'with', 'v', 'vs', 'versus', 'at']);
/** Words before a name that make it no subject of the verb after it ("attacks in Paris have", "cities such as Aleppo have"). */
const NOT_SUBJECT_BEFORE = new Set(['in', 'at', 'of', 'from', 'to', 'on', 'for', 'by', 'near', 'like', 'including']);
const notSubject = (c: Candidate) => c.prev !== null && (NOT_SUBJECT_BEFORE.has(c.prev.lower) || (c.prev.lower === 'as' && c.prev2?.lower === 'such'));
const TEAM_AFTER = new Set(['captain', 'coach', 'striker', 'goalkeeper', 'midfielder', 'defender', 'manager', 'beat', 'won', 'lost', 'drew', 'defeated', 'have', 'scored', 'v', 'vs', 'at']);
/** An inner capital after lower-case letters, not a Mc/Mac/O'/De/La/Le/Di/Van name ("KeyCorp" yes, "McCain" no). */
const CAMEL_CASE = /^(?!Mc|Mac|O'|O’|De|La|Le|Di|Van|Von|Du|Da|Al|El|Ben|Abu)\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
const COMPANY_ENDING = /\p{Ll}(?:bank|corp|tel|com|soft|tech|net)$/iu;
/** Last words that make a name a place (venues and geography). */
const PLACE_CUES = new Set(['dam', 'barrage', 'airfield', 'gate', 'prison', 'penitentiary', 'jail', 'camp', 'base', 'airbase', 'barracks', 'mosque', 'cathedral', 'temple', 'square', 'park', 'stadium', 'street', 'avenue', 'road', 'bridge', 'airport', 'river', 'mountains', 'mountain', 'island', 'islands', 'valley', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'canal', 'desert', 'peninsula', 'coast', 'hills', 'province', 'county', 'district', 'oblast', 'governorate', 'arena', 'circuit', 'racecourse', 'ground']);
/** A fixture line, nothing but "Team at Team" or "Team v Team" ("KANSAS CITY AT NEW YORK"). */
const FIXTURE_LINE = new RegExp(`^${NAME} (?:at|AT|v|vs|VS)\\.? ${NAME}$`, 'u');
const isFixtureLine = (c: Candidate) => {
  const line = `${c.lineBefore}${c.text}${c.lineAfter}`.replace(/\s+/g, ' ').trim();
  return line.length <= 60 && FIXTURE_LINE.test(line);
};
/** After a dateline's place: an optional ", Country" then a date ("1996-08-22", "(Jan. 25, 2013)", "April 13."). */
const DATELINE_AFTER = /^(?:,? ?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?,? ?\(?(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/u;
/** First words of named events. */
const EVENT_WORDS = new Set(['typhoon', 'hurricane', 'cyclone', 'storm', 'tropical', 'operation']);
/** ", Iraq" right after the name, then the end of the phrase. */
const COMMA_NAME = /^, ((?:\p{Lu}[\p{L}.’'-]*)(?: \p{Lu}[\p{L}.’'-]*){0,2})(?=$|[\s,.;:)])/u;
const countryAfterComma = (after: string) => {
  const m = COMMA_NAME.exec(after);
  // a full stop ending the sentence is not part of the country ("Qarvesh, Iraq."), the dots of "U.S." are
  return m !== null && (isCountryName(m[1]) || isCountryName(m[1].replace(/\.$/, '')));
};
/** Lower-case nouns for kinds of organisation written right before its name ("carmaker Kia", "club Torino"). */
const ORG_KIND_BEFORE = new Set(['firm', 'company', 'group', 'maker', 'carmaker', 'automaker', 'carrier', 'airline', 'daily', 'newspaper', 'weekly', 'paper', 'agency', 'club', 'side', 'team', 'insurer', 'bank', 'conglomerate', 'giant', 'retailer', 'operator', 'brewer', 'chain', 'broker', 'lender', 'publisher', 'distributor', 'manufacturer', 'producer', 'supplier', 'subsidiary', 'unit', 'rival', 'champions', 'outfit', 'magazine', 'broadcaster', 'station', 'network', 'party']);
/** Lower-case nouns right after an organisation's name ("Ericsson shares", "Pirelli's stake"). */
const ORG_THING_AFTER = new Set(['shares', 'stock', 'stake', 'subsidiary', 'unit', 'chairman', 'shareholders', 'board', 'executives', 'spokesman', 'spokeswoman']);
/** Abbreviations that open club and company names (sports clubs, Indonesian "PT" companies). */
const CLUB_PREFIXES = new Set(['FC', 'SC', 'SK', 'AC', 'AS', 'CD', 'RC', 'SV', 'VfB', 'VfL', 'TSV', 'PT', 'CF', 'UD', 'AFC', 'KV', 'NK', 'FK', 'HNK', 'OFK', 'PSV', 'AZ', 'RKC', 'SL', 'CSKA', 'PFC', 'BV']);
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'throughout', 'across']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'to', 'from', 'towards', 'into']);

/** A known first name followed by a known surname: "Tim Simmons" is a person wherever he goes. */
const isFullPersonName = (c: Candidate) => c.words.length >= 2 && isFirstName(c.words[0].lower) && c.words.slice(1).some((w) => isLastName(w.lower));
/** Last words of PLACE_MOTION_BEFORE_TWO: only after one of them is the pair looked up. */
const PLACE_MOTION_SECOND = new Set([...PLACE_MOTION_BEFORE_TWO].map((pair) => pair.split(' ')[1]));
const placeMotionBefore = (c: Candidate) =>
  c.prev !== null && /^\s+$/.test(c.gapBefore) &&
  (PLACE_MOTION_BEFORE.has(c.prev.lower) || (c.prev2 !== null && PLACE_MOTION_SECOND.has(c.prev.lower) && PLACE_MOTION_BEFORE_TWO.has(`${c.prev2.lower} ${c.prev.lower}`)));

/** Words after a name that are no noun it could describe ("the Varsk and …", "the Varsk of old"). */
const CLOSED_CLASS_AFTER = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'said', 'says', 'will', 'would', 'could', 'can', 'that', 'which', 'who',
  // "the Varsk regime" is the regime a person leads (names.ts, rule:person-regime)
  'regime']);

/** Languages that label a gloss, as data. */
const GLOSS_LANGUAGES = 'Arabic|Kurdish|Kurmanji|Sorani|Persian|Farsi|Dari|Pashto|Urdu|Turkish|Hebrew|Syriac|Aramaic|Russian|Ukrainian|Chinese|Japanese|Korean';
/** A gloss opens with "Language:" (first or after a comma) or says "transliterated as". */
const GLOSS_OPENING = new RegExp(`(?:^|[,;]\\s*)(?:${GLOSS_LANGUAGES})\\s*:|\\b(?:transliterated|romani[sz]ed) as\\b`, 'u');
/** Right after the name, still inside parentheses: " in Kurdish". */
const GLOSS_AFTER = new RegExp(`^ in (?:${GLOSS_LANGUAGES})\\b[^()]*\\)`, 'u');
/** The candidate stands inside a parenthesis whose text so far opens a gloss. */
const inGloss = (c: Candidate) => {
  const open = c.lineBefore.lastIndexOf('(');
  return open >= 0 && !c.lineBefore.includes(')', open) && GLOSS_OPENING.test(c.lineBefore.slice(open + 1));
};

export const NAME_RULES: readonly NameRule[] = [
  { name: 'lexicon:people', reason: 'the user lexicon names this person', example: 'Aleksandr Matsegora', type: 'person', strong: true, test: (c) => inList(c.lexicon.people, c.text) },
  { name: 'lexicon:organizations', reason: 'the user lexicon names this organisation', example: 'Korean Central News Agency', type: 'organization', strong: true, test: (c) => inList(c.lexicon.organizations, c.text) },
  { name: 'lexicon:places', reason: 'the user lexicon names this place', example: 'Donbas', type: 'place', strong: true, test: (c) => c.lexicon.places.some((p) => foldName(p.name) === foldName(c.text)) },
  {
    name: 'rule:demonym', reason: 'a demonym describes people of a country; it is not a place or a name', example: 'North Korean soldiers', type: null, strong: true,
    test: (c) => !isCountryName(c.text) && (isDemonymOrPlural(c.text) || (isDemonymPhrase(c) && !isMajorPlace(c.text))),
  },
  { name: 'rule:festival-faith', reason: 'a religious festival is a date and a faith a belief, not a name we report', example: 'busy before Eid, studied Islam', type: null, strong: true, test: (c) => c.words.some((w) => FESTIVALS_AND_FAITHS.has(w.lower)) && c.words.every((w) => FESTIVALS_AND_FAITHS.has(w.lower) || isDemonymOrPlural(w.text)) },
  { name: 'rule:ship', reason: 'a navy ship prefix opens the name of a ship, a vehicle, not a person or place', example: 'USS Marden, HMS Tenby', type: null, strong: true, test: (c) => c.words.length >= 2 && c.words[0].allCaps && SHIP_PREFIXES.has(c.words[0].text) },
  {
    name: 'rule:gloss', reason: 'a name in another language glossed in parentheses ("(Arabic: …)", "(… in Kurdish)", "also transliterated as …") is the foreign form of a name already given, not a new one', example: 'the Qarvel Mountains (Arabic: Jabal Qarvel)', type: null, strong: true,
    test: (c) => inGloss(c) || GLOSS_AFTER.test(c.lineAfter),
  },
  { name: 'gazetteer:country', reason: 'a country name or alternative spelling (world-countries)', example: 'North Korea, DPRK, U.S.', type: 'place', strong: true, test: (c) => isCountryName(c.text) },
  { name: 'rule:thing-acronym', reason: 'the acronym of a weapon, a measure or an everyday thing is not a name', example: 'a VBIED, an RPG, GDP', type: null, strong: true, test: (c) => c.words.length === 1 && THING_ACRONYMS.has(c.text.replace(/\./g, '').replace(/s$/, '')) },
  { name: 'rule:single-letter', reason: 'a lone letter is an initial or a list marker, not a name', example: 'A, N', type: null, strong: false, test: (c) => c.words.length === 1 && c.text.replace(/[.'’]/g, '').length <= 1 },
  { name: 'rule:known-organisation', reason: 'a news agency or an institution known by a short name', example: 'Reuters, the Fed', type: 'organization', strong: true, test: (c) => isKnownOrganisation(c.text) },
  { name: 'rule:known-acronym', reason: 'a well-known organisation acronym', example: 'KCNA, NATO', type: 'organization', strong: true, test: (c) => c.words.length === 1 && KNOWN_ACRONYMS.has(c.text.replace(/\./g, '')) && c.words[0].allCaps && !c.words[0].shouting },
  { name: 'rule:org-cue', reason: 'a word that names an institution is part of the name', example: 'Ministry of Defence, Deutsche Bank', type: 'organization', strong: true, test: (c) => c.words.some((w) => isOrgCue(w.text)) && !(c.words.length === 1 && c.words[0].sentenceStart) && !(c.words.length >= 2 && isMajorPlace(c.text)) },
  {
    name: 'gazetteer:us-state', reason: 'an AP abbreviation of a US state after "Place, " is that state', example: 'LEBANON, Mo., Conway, Ark.', type: 'place', strong: true,
    test: (c) => c.words.length <= 2 && usStateWrittenAs(c.text, c.lineAfter) !== null && /\p{Lu}[\p{L}.]*, $/u.test(c.lineBefore),
  },
  {
    name: 'rule:dateline', reason: 'a place opening a line and followed by a date is the dateline of a news story', example: 'NEW YORK 1996-08-22, KABUL, Afghanistan (Jan. 25)', type: 'place', strong: true,
    test: (c) => c.lineBefore.trim() === '' && DATELINE_AFTER.test(c.lineAfter) && (isMajorPlace(c.text) || c.words.every((w) => w.allCaps)),
  },
  {
    name: 'rule:team-results', reason: 'in a results or standings line, a place name is the team named after it (countries stay places)', example: 'Wigan 42 Bradford 36', type: 'organization', strong: true,
    test: (c) => isResultsLine(`${c.lineBefore}${c.text}${c.lineAfter}`) && c.words.every((w) => !w.allCaps || !w.shouting || isMajorPlace(c.text)) && (c.lineBefore.trim() === '' || /\d\s*$/.test(c.lineBefore)) && SCORE_AFTER.test(c.lineAfter),
  },
  { name: 'rule:company-word', reason: 'one word in CamelCase or ending in a company word is a company', example: 'NationsBank, KeyCorp, Rabobank', type: 'organization', strong: true, test: (c) => c.words.length === 1 && (CAMEL_CASE.test(c.text) || COMPANY_ENDING.test(c.text)) },
  { name: 'rule:place-cue', reason: 'a word that names a kind of place ends the name', example: 'Tiananmen Square, Ellis Park, Heathrow Airport', type: 'place', strong: true, test: (c) => c.words.length >= 2 && PLACE_CUES.has(c.words[c.words.length - 1].lower) },
  {
    name: 'rule:place-context', reason: 'a compass point or kind of place before "of", or a compass point or lower-case kind of place after the name, makes it a place', example: 'northwest of Qarvash, the town of Azmarin, the Dorvala district, Brovnia to the north', type: 'place', strong: true,
    test: (c) => c.words.length <= 4 && !isCommonPhrase(c) && ((c.prev !== null && c.prev.text === 'of' && c.prev2 !== null && (COMPASS.has(c.prev2.lower) || PLACE_KIND_OF.has(c.prev2.lower)) && /^\s+$/.test(c.gapBefore)) || (!c.words[c.words.length - 1].possessive && PLACE_AFTER.test(c.lineAfter))),
  },
  {
    name: 'rule:place-motion', reason: 'a name after words of going, fleeing or living somewhere ("fled", "near", "a native of", "flew to"), or called a town or area right after it, is a place', example: 'fled Brovnia, near Ayn Qarim, a native of Karnaz, Sabdoura, a farming area east of Homs', type: 'place', strong: true,
    test: (c) => c.words.length <= 4 && !c.afterTitle && !isCommonPhrase(c) && !c.words[c.words.length - 1].possessive && !isFullPersonName(c) && (placeMotionBefore(c) || PLACE_APPOSITION.test(c.lineAfter)),
  },
  { name: 'rule:event', reason: 'storms and operations are named events, not people or places', example: 'Typhoon Sonca, Operation Inherent Resolve', type: null, strong: true, test: (c) => (c.words.length >= 2 && EVENT_WORDS.has(c.words[0].lower)) || (c.prev !== null && EVENT_WORDS.has(c.prev.lower) && c.gapBefore === ' ') },
  { name: 'rule:armed-group-article', reason: 'a Spanish article before a plural name that is no place names a group', example: 'Los Choneros, Los Zetas', type: 'organization', strong: true, test: (c) => c.words.length >= 2 && (c.words[0].lower === 'los' || c.words[0].lower === 'las') && lookupPlace(c.text) === null },
  {
    name: 'rule:company-context', reason: 'a kind of company, paper or club just before the name, or its shares or stake just after', example: 'tyre maker Pirelli, Polish daily Zycie Warszawy, Ericsson shares', type: 'organization', strong: true,
    test: (c) => !isFirstName(c.words[0].lower) && !isCountryName(c.text) && ((c.prev !== null && !c.prev.cap && ORG_KIND_BEFORE.has(c.prev.lower) && c.gapBefore === ' ') || (c.next !== null && !c.next.cap && ORG_THING_AFTER.has(c.next.lower) && (c.gapAfter === ' ' || c.words[c.words.length - 1].possessive))),
  },
  { name: 'rule:club-prefix', reason: 'a club or company abbreviation opens the name', example: 'SC Freiburg, AC Milan, PT Timor Putra', type: 'organization', strong: true, test: (c) => c.words.length >= 2 && c.words[0].allCaps && CLUB_PREFIXES.has(c.words[0].text) },
  { name: 'rule:after-title', reason: 'a title or role stands before the name', example: 'President Biden, ambassador Matsegora', type: 'person', strong: true, test: (c) => c.afterTitle && !isCountryName(c.text) },
  { name: 'rule:first-name', reason: 'the first word is a known first name and a second word follows', example: 'Phil Simmons', type: 'person', strong: true, test: (c) => c.words.length >= 2 && c.words.length <= 4 && isFirstName(c.words[0].lower) && !lookupPlace(c.text) },
  {
    name: 'rule:team-context', reason: 'a place name with a score after it or a sports word around it is a team', example: 'Surrey captain, beat Nice', type: 'organization', strong: true,
    test: (c) => isMajorPlace(c.text, isCommonPhrase(c)) && (SCORE_AFTER.test(c.lineAfter) && !/^\s*\d{4}/.test(c.lineAfter) || (c.next !== null && TEAM_AFTER.has(c.next.lower) && c.gapAfter.trim() === '' && !notSubject(c)) || (c.prev !== null && TEAM_BEFORE.has(c.prev.lower) && c.gapBefore.trim() === '' && !['with', 'at'].includes(c.prev.lower)) || isFixtureLine(c)),
  },
  { name: 'gazetteer:place', reason: 'a city (GeoNames, 15,000+ people) or first-level region', example: 'Pyongyang, Kursk Oblast', type: 'place', strong: false, test: (c) => isMajorPlace(c.text, isCommonPhrase(c)) },
  { name: 'compromise:people', reason: 'compromise tagged these words a person', example: 'Kim Jong Un', type: 'person', strong: false, test: (c) => c.compromise === 'person' },
  { name: 'compromise:organizations', reason: 'compromise tagged these words an organisation', example: 'Reuters', type: 'organization', strong: false, test: (c) => c.compromise === 'organization' },
  { name: 'compromise:places', reason: 'compromise tagged these words a place', example: 'Kabul', type: 'place', strong: false, test: (c) => c.compromise === 'place' },
  { name: 'rule:said', reason: 'a name right before "said" or after "said" speaks: a person', example: 'Matsegora said', type: 'person', strong: false, test: (c) => !c.words.every((w) => w.allCaps) && ((c.next !== null && SPEECH.has(c.next.lower) && c.gapAfter.trim() === '') || (c.prev !== null && SPEECH.has(c.prev.lower) && /^\s*$/.test(c.gapBefore))) },
  { name: 'rule:acronym', reason: 'an unknown acronym in normal text is most often an organisation', example: 'the YPG', type: 'organization', strong: false, test: (c) => c.words.length === 1 && c.words[0].allCaps && !c.words[0].shouting && c.text.replace(/[.-]/g, '').length <= 10 },
  { name: 'gazetteer:small-place', reason: 'any place in the gazetteer, after a place preposition', example: 'in Melitopol', type: 'place', strong: false, test: (c) => c.prev !== null && PLACE_PREPOSITIONS.has(c.prev.lower) && lookupPlace(c.text) !== null },
  {
    name: 'gazetteer:any-place', reason: 'one unknown word (no known first or last name) that the gazetteer knows as a place of any size', example: 'Tavildara', type: 'place', strong: false,
    test: (c) => c.words.length === 1 && c.text.length >= 4 && !c.words[0].allCaps && !isFirstName(c.words[0].lower) && !isLastName(c.words[0].lower) && !isCommonWord(c.words[0].lower) && lookupPlace(c.text) !== null,
  },
  {
    name: 'rule:place-of-country', reason: 'an unknown name followed by ", Country" is a place in that country', example: 'Nahrawa, Iraq', type: 'place', strong: false,
    test: (c) => c.words.length <= 3 && !c.words.some((w) => isFirstName(w.lower) || isLastName(w.lower)) && countryAfterComma(c.lineAfter),
  },
  {
    name: 'rule:place-preposition', reason: 'an unknown name (no known first or last name) after "in", "near", "outside" is a place', example: 'near Nahrawa', type: 'place', strong: false,
    test: (c) => c.prev !== null && PLACE_ONLY_PREPOSITIONS.has(c.prev.lower) && c.gapBefore.trim() === '' && !isCommonPhrase(c) && !c.words.some((w) => isFirstName(w.lower) || isLastName(w.lower)) && c.words.length <= 3,
  },
  { name: 'rule:last-name', reason: 'a known surname, or two or three unknown capitalised words', example: 'Simmons, Aleksandr Matsegora', type: 'person', strong: false, test: (c) => plain(c) && ((c.words.length === 1 && isLastName(c.words[0].lower)) || (c.words.length >= 2 && c.words.length <= 3 && c.words.every((w) => !isCommonWord(w.lower)))) },
  {
    name: 'rule:plural-group', reason: 'capitalised common words ending in a plural, mid-sentence, name a team or group', example: 'the Cardinals, All Blacks, Marines', type: 'organization', strong: false,
    test: (c) => c.words.every((w) => isCommonWord(w.lower) && !w.sentenceStart && !w.shouting) && /\p{Ll}s$/u.test(c.text) && isCommonWord(c.words[c.words.length - 1].lower.replace(/s$/, '')),
  },
  { name: 'rule:common-words', reason: 'capitalised common words with no cue are titles of things or events, not names', example: 'Cold War, Western', type: null, strong: false, test: (c) => c.words.every((w) => isCommonWord(w.lower)) },
  {
    name: 'rule:the-modifier', reason: 'an unknown name between "the" and a lower-case noun describes the noun ("the Tharvel affair", "the Varsk delegation"): no person, and what it is cannot be told', example: 'the Varsk delegation', type: null, strong: false,
    test: (c) => c.prev !== null && c.prev.text === 'the' && c.gapBefore === ' ' && c.next !== null && !c.next.cap && c.gapAfter === ' ' && !c.words[c.words.length - 1].possessive && !CLOSED_CLASS_AFTER.has(c.next.lower),
  },
  { name: 'rule:default', reason: 'an unknown capitalised word: most often a person in news', example: 'Matsegora', type: 'person', strong: false, test: () => true },
];

export function classify(c: Candidate): NameRule {
  return NAME_RULES.find((r) => r.test(c))!;
}
