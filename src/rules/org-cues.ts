/**
 * Words that make a capitalised name an organisation, as data: { words, reason, example }.
 * A name containing one of these words (capitalised, as part of the name) is an organisation,
 * unless the whole name is a known country ("United States").
 */
export interface OrgCue {
  words: readonly string[];
  reason: string;
  example: string;
}

export const ORG_CUES: readonly OrgCue[] = [
  { words: ['ministry', 'department', 'agency', 'office', 'bureau', 'commission', 'council', 'committee', 'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'government', 'administration', 'authority', 'directorate', 'secretariat', 'court', 'tribunal', 'police', 'service', 'services'], reason: 'government bodies', example: 'Ministry of Defence' },
  { words: ['party', 'front', 'movement', 'alliance', 'coalition', 'union', 'league', 'federation', 'confederation', 'association', 'society', 'organisation', 'organization', 'foundation', 'institute', 'institution', 'fund', 'trust', 'club', 'network', 'brotherhood', 'caucus'], reason: 'parties and associations', example: 'Workers’ Party of Korea' },
  { words: ['army', 'navy', 'marines', 'patrol', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'forces', 'force', 'militia', 'guard', 'guards', 'command', 'squadron', 'legion'], reason: 'armed forces and units', example: 'Islamic Revolutionary Guard Corps' },
  { words: ['airlines', 'air', 'bank', 'inc', 'ltd', 'plc', 'llc', 'corp', 'corporation', 'co', 'company', 'group', 'holdings', 'industries', 'airlines', 'airways', 'motors', 'technologies', 'systems', 'partners', 'exchange', 'securities', 'capital', 'investments', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'spa'], reason: 'companies', example: 'Deutsche Bank AG' },
  { words: ['university', 'college', 'academy', 'school', 'museum', 'hospital', 'church', 'mission'], reason: 'institutions (a museum is an institution, not a place)', example: 'Memorial Museum of Combat Feats' },
  { words: ['news', 'newsroom', 'newsdesk', 'agency', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'gazette', 'press', 'television', 'radio', 'broadcasting', 'network'], reason: 'news media', example: 'Korean Central News Agency' },
  { words: ['fc', 'united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'olympique', 'sporting', 'racing'], reason: 'sports clubs', example: 'Manchester United' },
  { words: ['nations', 'community', 'council', 'organisation', 'programme', 'program', 'mission', 'observatory', 'crescent', 'cross'], reason: 'international bodies', example: 'Syrian Observatory for Human Rights' },
];

const CUE_WORDS = new Set(ORG_CUES.flatMap((c) => c.words));

export function isOrgCue(word: string): boolean {
  return CUE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Organisations usually written as acronyms: the user need not define them in the text.
 * Reason: well-known bodies in news (UN, NATO, EU) and agencies in datelines (AP, AFP, KCNA).
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'UN', 'NATO', 'EU', 'ISAF', 'KCNA', 'AP', 'AFP', 'BBC', 'CNN', 'IMF', 'WHO', 'OPEC', 'OSCE', 'ASEAN', 'UNHCR', 'UNICEF',
  'ICRC', 'IAEA', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'SBU', 'ISIS', 'ISIL', 'IS', 'PKK', 'YPG', 'SDF', 'FSA', 'PLO', 'IRA',
  'ANC', 'WTO', 'OECD', 'NASA', 'ECB', 'G7', 'G20', 'UNSC', 'ICC', 'ICJ', 'TASS', 'KPA', 'IDF', 'IRGC', 'GOP',
  'NBA', 'NFL', 'NHL', 'FIFA', 'UEFA', 'IOC',
]);

/**
 * Organisations often written as one plain word, as data. Reasons: news and wire agencies
 * (they appear in datelines and "X said"); central banks and ministries known by a short name.
 */
export const KNOWN_ORGANISATIONS: ReadonlySet<string> = new Set([
  // news agencies
  'reuters', 'interfax', 'tanjug', 'xinhua', 'itar-tass', 'tass', 'kyodo', 'yonhap', 'bloomberg', 'ansa', 'efe', 'dpa',
  'pap', 'mena', 'irna', 'anadolu', 'bernama', 'antara', 'ria novosti', 'sana', 'kuna', 'wam', 'petra', 'ap', 'afp',
  'associated press', 'agence france-presse', 'al jazeera', 'bbc', 'cnn', 'ctk', 'mti', 'bta', 'hina', 'ukrinform', 'unian',
  // institutions known by a short name
  // armed groups named in conflict reporting
  'daesh', 'isil', 'isis', 'islamic state', 'islamic state of iraq and the levant', 'islamic state of iraq and levant',
  'islamic state of iraq and syria', 'islamic state of iraq and al-sham', 'islamic state in iraq and the levant', 'al-qaeda', 'al-qaida', 'al-nusra', 'nusra front', 'jabhat al-nusra', 'peshmerga',
  'boko haram', 'al-shabaab', 'houthis', 'wagner',
  // humanitarian and rights organisations, often opening a sentence with a common word ("Human", "Save")
  'human rights watch', 'amnesty international', 'amnesty', 'oxfam', 'save the children', 'doctors without borders',
  'medecins sans frontieres', 'médecins sans frontières', 'international crisis group', 'crisis group', 'global witness',
  'international rescue committee', 'norwegian refugee council', 'white helmets', 'syrian observatory for human rights',
  'fed', 'federal reserve', 'treasury', 'pentagon', 'bundesbank', 'bundestag', 'knesset', 'duma', 'kremlin', 'taliban', 'hamas', 'hezbollah', 'nasdaq',
]);

/** Apostrophes do not tell these names apart ("Da’esh", "Dae'sh", "Daesh"). */
const orgKey = (name: string) => name.toLowerCase().replace(/['’]/g, '');
const KNOWN_ORGANISATION_KEYS: ReadonlySet<string> = new Set([...KNOWN_ORGANISATIONS].map(orgKey));

export function isKnownOrganisation(name: string): boolean {
  return KNOWN_ORGANISATION_KEYS.has(orgKey(name));
}
