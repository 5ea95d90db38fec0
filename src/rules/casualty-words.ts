/**
 * Closed word lists the casualty pass reads, as data. Each list says what it is for, with an example.
 * All entries are lower case; multi-word entries are matched token by token.
 */

export interface Qualifier {
  phrase: string;
  /** How the written number n becomes min and max: see docs/casualties.md. */
  effect: 'atLeast' | 'moreThan' | 'approximate' | 'upTo' | 'lessThan';
  example: string;
}

/** Words before a number that hedge it. Longest first when two share a start ("more than" before "more"). */
export const QUALIFIERS: readonly Qualifier[] = [
  { phrase: 'at least', effect: 'atLeast', example: 'at least 600 soldiers were killed → min 600, max null' },
  { phrase: 'no fewer than', effect: 'atLeast', example: 'no fewer than 12 were hurt → min 12, max null' },
  { phrase: 'no less than', effect: 'atLeast', example: 'no less than 12 were hurt → min 12, max null' },
  { phrase: 'a minimum of', effect: 'atLeast', example: 'a minimum of 5 died → min 5' },
  { phrase: 'more than', effect: 'moreThan', example: 'more than 50 were detained → min 51, max null' },
  { phrase: 'over', effect: 'moreThan', example: 'over 100 people fled → min 101' },
  { phrase: 'upwards of', effect: 'moreThan', example: 'upwards of 30 were killed → min 31' },
  { phrase: 'in excess of', effect: 'moreThan', example: 'in excess of 30 were killed → min 31' },
  { phrase: 'about', effect: 'approximate', example: 'about 40 were injured → 40' },
  { phrase: 'around', effect: 'approximate', example: 'around 40 were injured → 40' },
  { phrase: 'approximately', effect: 'approximate', example: 'approximately 40 → 40' },
  { phrase: 'roughly', effect: 'approximate', example: 'roughly 40 → 40' },
  { phrase: 'some', effect: 'approximate', example: 'some 40 people were injured → 40' },
  { phrase: 'an estimated', effect: 'approximate', example: 'an estimated 40 died → 40' },
  { phrase: 'estimated', effect: 'approximate', example: 'an estimated 40 died → 40' },
  { phrase: 'nearly', effect: 'approximate', example: 'nearly 30 died → 30' },
  { phrase: 'almost', effect: 'approximate', example: 'almost 30 died → 30' },
  { phrase: 'close to', effect: 'approximate', example: 'close to 30 died → 30' },
  { phrase: 'up to', effect: 'upTo', example: 'up to 30 were killed → min 1, max 30' },
  { phrase: 'as many as', effect: 'upTo', example: 'as many as 30 were killed → min 1, max 30' },
  { phrase: 'at most', effect: 'upTo', example: 'at most 30 were killed → min 1, max 30' },
  { phrase: 'fewer than', effect: 'lessThan', example: 'fewer than 10 were hurt → min 1, max 9' },
  { phrase: 'less than', effect: 'lessThan', example: 'less than 10 were hurt → min 1, max 9' },
];

/** Number words. Digits are read directly; "a hundred", "two dozen", "1.2 million" combine. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers: "two hundred", "3 thousand", "a dozen" (12), "1.5 million". */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  dozen: 12, score: 20, hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000,
};

/** Forms of "be", "have" and "get" and adverbs that stand between a passive subject and its verb. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'got', 'get', 'gets', 'getting',
  "'s", '’s', 'also', 'reportedly', 'later', 'all', 'both', 'each', 'allegedly', 'subsequently', 'then', 'since',
  'already', 'now', 'initially', 'believed', 'thought', 'feared', 'said', 'reported', 'confirmed',
  'apparently', 'eventually', 'just', 'recently', 'instantly', 'immediately', 'quickly', 'successfully', 'safely',
  'so', 'far', 'still', 'yet', 'either', 'seriously', 'critically', 'severely', 'badly', 'slightly', 'lightly', 'fatally',
]);

/** Words that deny the figure: "no civilians were injured", "none of its service members were hurt". */
export const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', "n't", 'none', 'never', 'nobody', 'neither', 'nor', 'without', 'zero']);

/** Words that make the event hypothetical or future: "could kill thousands", "plans to detain". */
export const MODALS: ReadonlySet<string> = new Set([
  'could', 'would', 'might', 'may', 'will', 'can', 'should', 'must', 'shall', "'ll", 'cannot', 'threatened', 'threatens', 'vowed', 'if', 'unless',
]);

/** Determiners that point back to people already mentioned: "the insurgents were detained". */
export const DEFINITES: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Pronouns that stand for victims already mentioned; he/she count 1 when no figure came before, they/them never count. */
export const PRONOUNS: Readonly<Record<string, 'singular' | 'plural'>> = {
  he: 'singular', him: 'singular', she: 'singular', her: 'singular', they: 'plural', them: 'plural', those: 'plural', these: 'plural',
};

/** Words that say a figure counts new people: "two additional suspects", "three others", "also detained". */
export const ADDITIVE_MARKERS: ReadonlySet<string> = new Set(['additional', 'other', 'others', 'another', 'more', 'further', 'also', 'additionally']);

/** Verbs that update a running toll: "the death toll rose to 27". */
export const UPDATE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'rising', 'climbed', 'climbs', 'climbing', 'increased', 'jumped', 'reached', 'hit', 'raising', 'bringing',
  'brought', 'raised', 'updated', 'revised', 'now', 'grew', 'grown', 'mounted', 'soared',
]);
/** Words allowed between "toll" and its figure: "the death toll has now risen to at least 27". */
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  ...UPDATE_WORDS, 'is', 'was', 'stood', 'stands', 'at', 'to', 'of', 'has', 'had', 'have', 'been', 'reached', 'officially',
  'official', 'confirmed', 'remains', 'remained', 'later', 'since', 'further', 'sharply', "'s", '’s', 'was',
]);

/** Words that end a noun phrase: prepositions, conjunctions, relative words, time adverbs. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'by', 'for', 'with', 'from', 'near', 'after', 'before', 'while', 'since', 'into', 'onto',
  'across', 'outside', 'inside', 'to', 'under', 'against', 'including', 'as', 'among', 'amongst', 'through', 'throughout',
  'following', 'amid', 'amidst', 'around', 'without', 'within', 'when', 'where', 'who', 'whom', 'whose', 'which', 'that',
  'and', 'or', 'but', 'because', 'if', 'than', 'then', 'so', 'yet', 'per', 'via', 'over', 'about', 'between', 'along', 'toward',
  'towards', 'upon', 'off', 'out', 'up', 'down', 'behind', 'beyond', 'like', 'despite', 'amid', 'of',
  'yesterday', 'today', 'tonight', 'overnight', 'earlier', 'later', 'last', 'next', 'this', 'ago', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
  'said', 'says', 'say', 'told', 'reported', 'according', 'while', 'after', 'also', 'not', 'no', 'all', 'both',
]);

/**
 * Heads that are not people: weapons, vehicles, buildings, places, units of time, money, measures.
 * A figure whose head is one of these is not a casualty ("captured 12 rifles", "detained two days").
 */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  'weapon', 'weapons', 'rifle', 'rifles', 'gun', 'guns', 'firearm', 'firearms', 'grenade', 'grenades', 'round', 'rounds',
  'rocket', 'rockets', 'mortar', 'mortars', 'mine', 'mines', 'landmine', 'landmines', 'bomb', 'bombs', 'ied', 'ieds', 'explosive',
  'explosives', 'ammunition', 'munitions', 'cache', 'caches', 'launcher', 'launchers', 'magazine', 'magazines', 'shell', 'shells',
  'missile', 'missiles', 'drone', 'drones', 'material', 'materials', 'component', 'components', 'item', 'items', 'device', 'devices',
  'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'tank', 'tanks', 'motorcycle', 'motorcycles', 'boat', 'boats', 'ship',
  'ships', 'aircraft', 'plane', 'planes', 'helicopter', 'helicopters', 'bus', 'buses',
  'building', 'buildings', 'house', 'houses', 'home', 'homes', 'compound', 'compounds', 'village', 'villages', 'town', 'towns',
  'city', 'cities', 'territory', 'positions', 'position', 'bridge', 'bridges', 'base', 'bases', 'area', 'areas', 'district',
  'districts', 'province', 'provinces', 'region', 'regions', 'checkpoint', 'checkpoints', 'post', 'posts', 'school', 'schools',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'percent', 'per', 'cent', '%', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'kilogram', 'kilograms', 'kg', 'ton',
  'tons', 'tonnes', 'gallon', 'gallons', 'litre', 'litres', 'liter', 'liters', 'mile', 'miles', 'kilometre', 'kilometres',
  'kilometer', 'kilometers', 'km', 'meter', 'meters', 'metre', 'metres', 'page', 'pages', 'acre', 'acres', 'hectare', 'hectares',
  'times', 'time', 'attack', 'attacks', 'operation', 'operations', 'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes',
  'shipment', 'shipments', 'kilos', 'pounds', 'drugs', 'narcotics', 'opium', 'heroin', 'hashish', 'cattle', 'sheep', 'goats',
  'animals', 'horses', 'dogs', 'battalion', 'battalions', 'brigade', 'brigades', 'regiment', 'regiments', 'division', 'divisions',
  'unit', 'units', 'company', 'companies', 'point', 'points', 'votes', 'seats', 'goals', 'games', 'matches',
]);

/** Plural nouns for people that do not end like a person noun ("insurgents", "soldiers" need no entry). */
export const PERSON_PLURALS: ReadonlySet<string> = new Set([
  'people', 'persons', 'men', 'women', 'children', 'kids', 'troops', 'police', 'policemen', 'policewomen', 'staff', 'personnel',
  'crew', 'militia', 'militiamen', 'gunmen', 'tribesmen', 'servicemen', 'servicemembers', 'folks', 'individuals', 'males',
  'females', 'boys', 'girls', 'babies', 'infants', 'youths', 'adults', 'elderly', 'hostages', 'suspects', 'associates', 'others',
  'guards', 'marines', 'pilots', 'journalists', 'civilians', 'residents', 'villagers', 'migrants', 'refugees', 'students',
  'pupils', 'passengers', 'victims', 'rebels', 'fighters', 'militants', 'insurgents', 'soldiers', 'members', 'detainees', 'families',
  'citizens', 'nationals', 'tourists', 'workers', 'officers', 'officials', 'agents', 'patients', 'protesters', 'demonstrators',
  'facilitators', 'leaders', 'commanders', 'terrorists', 'extremists', 'jihadists', 'bombers', 'attackers', 'assailants',
  'relatives', 'natives', 'detectives', 'representatives', 'operatives', 'captives', 'medics', 'paramedics', 'bodyguards',
  'afghans', 'americans', 'mexicans', 'ukrainians', 'russians', 'koreans', 'germans', 'clansmen', 'fishermen', 'firemen',
]);

/** Singular nouns for people whose plural is irregular; others are people when their plural ends like one ("leader"). */
export const PERSON_SINGULARS: ReadonlySet<string> = new Set([
  'man', 'woman', 'child', 'person', 'policeman', 'policewoman', 'gunman', 'boy', 'girl', 'baby', 'infant', 'youth', 'adult',
  'militiaman', 'tribesman', 'serviceman', 'crewman', 'fisherman', 'chairman', 'spokesman', 'patient', 'victim', 'hostage',
  'individual', 'suspect', 'associate', 'guard', 'marine', 'pilot', 'journalist', 'civilian', 'resident', 'villager', 'migrant',
  'refugee', 'student', 'pupil', 'passenger', 'rebel', 'fighter', 'militant', 'insurgent', 'soldier', 'member', 'detainee',
  'citizen', 'national', 'tourist', 'worker', 'officer', 'official', 'agent', 'protester', 'demonstrator', 'facilitator',
  'leader', 'commander', 'terrorist', 'extremist', 'jihadist', 'bomber', 'attacker', 'assailant', 'sub-commander', 'financier',
]);

/** Endings of plural person nouns: "insurgents", "bombers", "terrorists", "civilians". */
export const PERSON_PLURAL_ENDINGS: readonly string[] = ['ents', 'ants', 'ers', 'ors', 'ists', 'ians', 'ees'];

/** Verbs that attribute a figure to a source: "a police spokesman said", "officials reported". */
export const SOURCE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'reported', 'told', 'announced', 'announces', 'stated', 'confirmed', 'confirms',
  'claimed', 'claims', 'estimated', 'estimates', 'estimate', 'added', 'tweeted', 'wrote', 'noted',
]);
/** Words that close an "according to X" source and are not part of it: "according to South Korean intelligence estimates". */
export const SOURCE_TAIL_WORDS: ReadonlySet<string> = new Set(['estimates', 'estimate', 'figures', 'figure', 'reports', 'report', 'data', 'sources', 'statement', 'count', 'tally', 'tallies']);
