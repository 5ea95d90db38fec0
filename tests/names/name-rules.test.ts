/**
 * Table-driven cases for every name rule: [sentence, expected "type|text|via" list].
 * Each rule has positive cases (it fires) and negative ones (it must not).
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.js';
import { documentNames } from '../../src/passes/names.js';
import type { Lexicon } from '../../src/rules/lexicon.js';

const lexicon: Lexicon = {
  people: ['Zofia Wrenhart'],
  organizations: ['Blue Heron Collective', 'Keepers of the Qarvel Light'],
  places: [{ name: 'Donbas', country: 'UA', kind: 'region' }],
};

function names(text: string): string[] {
  return documentNames(createDocument('t.txt', text, { lexicon })).map((n) => `${n.type}|${n.text}|${n.via}`);
}

const CASES: Array<[string, string, string[]]> = [
  // user lexicon
  ['lexicon:people', 'Officials met Zofia Wrenhart on Monday.', ['person|Zofia Wrenhart|lexicon:people']],
  ['lexicon:organizations', 'The Blue Heron Collective opened.', ['organization|Blue Heron Collective|lexicon:organizations']],
  ['lexicon:places', 'Shelling hit Donbas again.', ['place|Donbas|lexicon:places']],
  // demonyms and peoples are not names we report
  ['rule:demonym (adjective)', 'Several North Korean soldiers arrived.', []],
  ['rule:demonym-forces', 'Iraqi security forces retook the town.', ['organization|Iraqi security forces|rule:demonym-forces']],
  ['rule:demonym-forces negative (other nouns)', 'Iraqi families returned.', []],
  ['rule:demonym (plural)', 'Talks with Russians stalled.', []],
  ['rule:demonym (peoples, languages)', 'Arabic and Kurdish are spoken in the north.', []],
  // countries
  ['gazetteer:country', 'The talks were held in North Korea and the U.S. on Friday.', ['place|North Korea|gazetteer:country', 'place|U.S.|gazetteer:country']],
  ['gazetteer:country (everyday alias)', 'Exports to Britain fell.', ['place|Britain|gazetteer:country']],
  // organisations
  ['rule:known-acronym', 'A statement from KCNA was read out.', ['organization|KCNA|rule:known-acronym']],
  ['rule:known-acronym negative (headline shouting)', 'WHO WON THE DERBY', []],
  ['rule:org-cue (X of Y)', 'A spokesman for the Ministry of Defence spoke.', ['organization|Ministry of Defence|rule:org-cue']],
  ['rule:org-cue (X of the Y)', 'The Ministry of the Interior and the Department of the Treasury met.', ['organization|Ministry of the Interior|rule:org-cue', 'organization|Department of the Treasury|rule:org-cue']],
  ['rule:org-cue negative ("of the" after no institution)', 'Friends of the Kestrel met in Lyon.', ['place|Lyon|gazetteer:place']],
  ['rule:org-cue (company)', 'He joined Deutsche Bank last year.', ['organization|Deutsche Bank|rule:org-cue']],
  ['rule:company-context (kind before)', 'Italian tyre maker Ostrelli cut jobs.', ['organization|Ostrelli|rule:company-context']],
  ['rule:company-context (shares after)', 'Ostrelli shares fell.', ['organization|Ostrelli|rule:company-context']],
  ['rule:company-context negative (a first name)', 'The firm Tom Ostrelli founded grew.', ['person|Tom Ostrelli|rule:first-name']],
  ['rule:club-prefix', 'Fans of SC Ostrava cheered.', ['organization|SC Ostrava|rule:club-prefix']],
  ['rule:known-organisation (agency)', 'Sources told Reuters the deal was off.', ['organization|Reuters|rule:known-organisation']],
  ['rule:known-organisation (short name)', 'Markets wobbled as the Fed met.', ['organization|Fed|rule:known-organisation']],
  ['rule:acronym', 'Strikes by the KORTAF ships continued.', ['organization|KORTAF|rule:acronym']],
  ['rule:acronym, not rule:said', 'The JTF-KESTREL said it would withdraw.', ['organization|JTF-KESTREL|rule:acronym']],
  ['rule:thing-acronym', 'A VBIED and two IEDs were found; an RPG hit the HQ.', []],
  ['rule:thing-acronym negative (an organisation acronym)', 'The KORTAF said GDP fell.', ['organization|KORTAF|rule:acronym']],
  // sports teams
  ['rule:team-results', 'Wigan 42 Bradford Bulls 36', ['organization|Wigan|rule:team-results', 'organization|Bradford Bulls|rule:team-results']],
  ['rule:team-results (ALL CAPS)', 'CHICAGO 4 HOUSTON 2', ['organization|CHICAGO|rule:team-results', 'organization|HOUSTON|rule:team-results']],
  ['rule:team-results (common-word names in a results line)', 'Bury 4 Bristol City 0', ['organization|Bury|rule:team-results', 'organization|Bristol City|rule:team-results']],
  ['rule:team-results (standings row)', 'Crystal Palace 4 1 2 1 4 3 5', ['organization|Crystal Palace|rule:team-results']],
  ['rule:team-context', 'Derbyshire captain Dean Jones batted well.', ['organization|Derbyshire|rule:team-context', 'person|Dean Jones|rule:after-title']],
  ['rule:team-context negative (dateline year)', 'LONDON 1996-08-30', ['place|LONDON|rule:dateline']],
  ['rule:dateline', 'CHICAGO 1996-08-22\nCHICAGO 4 HOUSTON 2', ['place|CHICAGO|rule:dateline', 'organization|CHICAGO|rule:team-results', 'organization|HOUSTON|rule:team-results']],
  ['rule:dateline (with country and date)', 'KABUL, Afghanistan (Jan. 25, 2013) - Troops left.', ['place|KABUL|rule:dateline', 'place|Afghanistan|gazetteer:country']],
  ['rule:org-cue negative (a place with a cue word)', 'Settlers in the West Bank protested.', ['place|West Bank|gazetteer:place']],
  // people
  ['rule:after-title', 'Talks with President Obrenko ended.', ['person|Obrenko|rule:after-title']],
  ['rule:after-title beats a place name', 'Secretary Kerry flew home.', ['person|Kerry|rule:after-title']],
  ['rule:first-name', 'Reporters met Phil Marlowe yesterday.', ['person|Phil Marlowe|rule:first-name']],
  ['rule:said', 'Matsegora said the pact would hold.', ['person|Matsegora|rule:said']],
  ['rule:last-name (two unknown words)', 'The letter was signed by Ostap Vyrenko.', ['person|Ostap Vyrenko|rule:last-name']],
  // places
  ['gazetteer:place', 'Crowds gathered in Pyongyang and Moscow.', ['place|Pyongyang|gazetteer:place', 'place|Moscow|gazetteer:place']],
  ['gazetteer:place negative (common word region)', 'Relations with the West soured.', []],
  ['rule:place-of-country', 'Strikes hit Zubaydan, Syria, overnight.', ['place|Zubaydan|rule:place-of-country', 'place|Syria|gazetteer:country']],
  ['rule:place-of-country (country ends the sentence)', 'Raids hit Qarvesh, Iraq.', ['place|Qarvesh|rule:place-of-country', 'place|Iraq|gazetteer:country']],
  ['rule:place-context (compass point before "of")', 'Shells fell 8 km northwest of Qarvash.', ['place|Qarvash|rule:place-context']],
  ['rule:place-context (kind of place before "of")', 'Aid reached the town of Azmarin.', ['place|Azmarin|rule:place-context']],
  ['rule:place-context (kind of place after)', 'Fighting spread to the Dorvala district.', ['place|Dorvala|rule:place-context']],
  ['rule:place-context (compass point after)', 'Brovnia to the north was quiet.', ['place|Brovnia|rule:place-context']],
  ['rule:place-context negative (another noun after)', 'She met the Varsk delegation.', []],
  ['rule:the-modifier', 'Reporters covered the Tharvel affair.', []],
  ['rule:the-modifier negative (no noun after)', 'Water flows into the Tharvel and the sea.', ['person|Tharvel|rule:default']],
  ['rule:the-modifier negative (a possessive)', 'She met the Varsk’s envoy.', ['person|Varsk|rule:default']],
  ['rule:place-context negative (a person after a preposition)', 'The letter was sent to Ostap Vyrenko of the north.', ['person|Ostap Vyrenko|rule:last-name']],
  ['rule:place-cue (dam, barrage)', 'Water rose behind the Qaravan Barrage.', ['place|Qaravan Barrage|rule:place-cue']],
  ['rule:ship', 'The destroyer USS Marden docked.', []],
  ['rule:ship negative (an acronym that is no ship prefix)', 'Shares of BMS Holdings rose.', ['organization|BMS Holdings|rule:org-cue']],
  ['rule:festival-faith', 'Markets were busy before Eid in Amman. He studied Islam.', ['place|Amman|gazetteer:place']],
  ['rule:festival-faith negative (a place named after a festival)', 'Flights reached Christmas Island.', ['place|Christmas Island|gazetteer:country']],
  ['rule:demonym (phrase of peoples)', 'Sunni Muslim farmers joined Alawite Arab volunteers.', []],
  ['rule:demonym (compass adjective and people)', 'It is written in Western Armenian today.', []],
  ['rule:demonym negative (a country)', 'Aid reached South Sudan.', ['place|South Sudan|gazetteer:country']],
  ['rule:demonym-forces (phrase of peoples)', 'Syrian Arab forces advanced.', ['organization|Syrian Arab forces|rule:demonym-forces']],
  ['a name after a chain of initials', 'A spokesman for the U.N. Refugee Agency spoke.', ['organization|U.N. Refugee Agency|rule:org-cue']],
  ['a sentence after a chain of initials', 'Aid came from the U.S. The talks went on.', ['place|U.S.|gazetteer:country']],
  ['closed-class word at a sentence start', 'Fighters of The Resistance Front spoke.\nThe convoy left.', ['organization|The Resistance Front|rule:org-cue']],
  ['closed-class word negative (an acronym in capitals)', 'Staff of the WHO left. Earlier (WHO) teams came.', ['organization|WHO|rule:known-acronym', 'organization|WHO|rule:known-acronym']],
  ['closed-class word negative (a place that opens with The)', 'Judges met in The Hague.\nThe Hague court ruled.', ['place|The Hague|gazetteer:place', 'place|The Hague|gazetteer:place']],
  ['title: a portfolio after "<title> of"', 'Deputy Secretary of State Ostap Vyrenko flew in.', ['person|Ostap Vyrenko|rule:after-title']],
  ['title: a portfolio alone', 'The Secretary of Defense spoke.', []],
  ['title: a qualifier before the title', 'The UN Special Envoy Zoran Miletic arrived.', ['organization|UN|rule:known-acronym', 'person|Zoran Miletic|rule:after-title']],
  ['title: a qualifier after a demonym', 'Peruvian Foreign Minister Ostap Vyrenko spoke.', ['person|Ostap Vyrenko|rule:after-title']],
  ['title: a qualifier after an organisation', 'Reporters asked Kremlin Press Secretary Ostap Vyrenko.', ['organization|Kremlin|rule:known-organisation', 'person|Ostap Vyrenko|rule:after-title']],
  ['title: -designate', 'He named a new Prime Minister-designate on Monday.', []],
  ['title qualifier negative (no title after)', 'Two Special Forces units moved. The Foreign Office said so.', ['organization|Special Forces|rule:org-cue', 'organization|Foreign Office|rule:org-cue']],
  ['rule:place-of-country negative (a person)', 'The award went to John Ostrova, Britain.', ['person|John Ostrova|rule:first-name', 'place|Britain|gazetteer:country']],
  ['rule:place-preposition', 'Forces in Nahrawa regrouped.', ['place|Nahrawa|rule:place-preposition']],
  ['rule:place-motion (near, words that are also first names)', 'Near Ayn Qarim, one strike hit a bunker.', ['place|Ayn Qarim|rule:place-motion']],
  ['rule:place-motion (fled)', 'Hundreds fled Karbalesh overnight.', ['place|Karbalesh|rule:place-motion']],
  ['rule:place-motion (two words before)', 'He is a native of Qurnaz and was reassigned to Tabqesh.', ['place|Qurnaz|rule:place-motion', 'place|Tabqesh|rule:place-motion']],
  ['rule:place-motion (apposition)', 'Missiles struck Sabdoura, a farming area east of Homs.', ['place|Sabdoura|rule:place-motion', 'place|Homs|rule:place-context']],
  ['rule:place-motion negative (apposition of a person)', 'Voters backed Varsk, a town councillor.', ['person|Varsk|rule:default']],
  ['rule:place-motion negative (possessive)', 'Guards fled Varsk’s compound.', ['person|Varsk|rule:default']],
  ['rule:place-motion negative (a full personal name)', 'The envoy flew to Tim Simmons for talks.', ['person|Tim Simmons|rule:first-name']],
  ['rule:person-regime', 'The Varsk regime fell, and Varsk’s brutal regime is gone.', ['organization|Varsk regime|rule:person-regime', 'organization|Varsk’s brutal regime|rule:person-regime']],
  ['rule:person-regime (after "the")', 'Shelling by the Qorvan regime went on.', ['organization|Qorvan regime|rule:person-regime']],
  ['rule:person-regime negative (regime change)', 'Talks on Tim Varsk regime change failed.', ['person|Tim Varsk|rule:first-name']],
  ['rule:demonym-forces (regime)', 'The Syrian regime denied it.', ['organization|Syrian regime|rule:demonym-forces']],
  ['rule:known-organisation (apostrophes do not matter)', 'On Saturday, Dae’sh claimed the attack.', ['organization|Dae’sh|rule:known-organisation']],
  ['lexicon:organizations (a name with lower-case link words)', 'The Keepers of the Qarvel Light met.', ['organization|Keepers of the Qarvel Light|lexicon:organizations']],
  ['rule:known-organisation (a name with lower-case link words)', 'Fighters of the Islamic State of Iraq and the Levant fled.', ['organization|Islamic State of Iraq and the Levant|rule:known-organisation']],
  ['rule:known-organisation (opened by a common word at a sentence start)', 'Human Rights Watch published a report. Save the Children said aid was blocked.', ['organization|Human Rights Watch|rule:known-organisation', 'organization|Save the Children|rule:known-organisation']],
  ['no sentence opener joins a name that is not known', 'Yesterday Tim Varsk said so.', ['person|Tim Varsk|rule:first-name']],
  ['no join across link words when the whole is no known name', 'The Bank of England and the Treasury met.', ['organization|Bank of England|rule:org-cue', 'organization|Treasury|rule:known-organisation']],
  ['rule:team-context (a verb after a team)', 'Fans said Wigan beat Leeds.', ['organization|Wigan|rule:team-context', 'organization|Leeds|rule:team-context']],
  ['rule:team-context negative (the name is no subject)', 'The attacks in Paris have shocked Europe.', ['place|Paris|gazetteer:place', 'place|Europe|compromise:places']],
  ['rule:org-cue (patrol)', 'Troopers of the Varsk State Highway Patrol arrived.', ['organization|Varsk State Highway Patrol|rule:org-cue']],
  ['rule:org-cue (marines)', 'At least ten U.S. Marines died.', ['organization|U.S. Marines|rule:org-cue']],
  ['rule:place-preposition negative (known surname)', 'She believed in Smith.', ['person|Smith|compromise:people']],
  ['rule:company-word (CamelCase)', 'Shares in KeyCorp rose.', ['organization|KeyCorp|rule:company-word']],
  ['rule:company-word negative (Mc name)', 'Shares were sold by McTavish.', ['person|McTavish|rule:default']],
  ['rule:place-cue', 'Crowds filled Tiananmen Square again.', ['place|Tiananmen Square|rule:place-cue']],
  ['gazetteer:any-place', 'Shelling hit Tavildara overnight.', ['place|Tavildara|gazetteer:any-place']],
  ['rule:plural-group', 'The fans cheered the Cardinals loudly.', ['organization|Cardinals|rule:plural-group']],
  ['rule:plural-group negative (sentence start)', 'Cardinals met in Rome.', ['place|Rome|gazetteer:place']],
  ['place phrase opened by a common word (headline)', 'NEW YORK SHARES CLOSE HIGHER', ['place|NEW YORK|gazetteer:place']],
  ['rule:team-context (fixture line)', 'KANSAS CITY AT NEW YORK', ['organization|KANSAS CITY|rule:team-context', 'organization|NEW YORK|rule:team-context']],
  ['place phrase opened by a common word (sentence start)', 'South Africa beat England.', ['place|South Africa|gazetteer:country', 'place|England|gazetteer:country']],
  ['no place phrase from common words alone', 'NEW RULES FOR CITY TRADERS', []],
  ['rule:event', 'Typhoon Sonca flooded the coast.', []],
  ['rule:armed-group-article', 'Members of Los Choneros were moved.', ['organization|Los Choneros|rule:armed-group-article']],
  ['rule:armed-group-article negative (a place)', 'Flights to Los Angeles resumed.', ['place|Los Angeles|gazetteer:place']],
  ['rule:place-preposition negative (common word)', 'Families slept in Camp 4 overnight.', []],
  ['rule:after-title (police rank)', 'Superintendent Helen Marsh spoke.', ['person|Helen Marsh|rule:after-title']],
  ['plural acronyms are things', 'Troops found IEDs near the road.', []],
  ['describing compound with a demonym', 'The Russian-installed governor spoke.', []],
  // not names
  ['rule:single-letter', 'Group A : Italy .', ['place|Italy|gazetteer:country']],
  ['rule:common-words', 'He fought in the Cold War years ago.', []],
  ['shouting headline', 'BASEBALL - RESULTS OF MAJOR LEAGUE GAMES', []],
  ['title-case headline', 'Troops Begin Withdrawal From Border Towns', []],
  ['rule:gloss (language label, transliteration)', 'The Qarvel Mountains (Arabic: Jabal Qarvel, Kurdish: Ciya Qarvel) are a ridge. The Tarvo Codex (Kiteba Tarvo in Kurdish; also transliterated as Kitab Tarvo) is old.', ['place|Qarvel Mountains|rule:place-cue', 'person|Tarvo Codex|rule:default']],
  ['rule:gloss negative (a parenthesis that glosses nothing)', 'Tim Varsk (born in Qurnaz) spoke.', ['person|Tim Varsk|rule:first-name', 'place|Qurnaz|rule:place-preposition']],
  ['social-media handles', 'Follow @VarskNews and @TimQarvel for news.', []],
  ['contractions', "I'm sure we've met before.", []],
  ['describing compounds', 'ISIL-held areas were shelled.', []],
  ['months and weekdays', 'On Monday in October the talks resumed.', []],
];

describe('name rules', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('type consistency', () => {
  it('a weak guess takes the type a strong rule gave the same name', () => {
    expect(names('Ambassador Varsk arrived.\nVarsk left.')).toEqual([
      'person|Varsk|rule:after-title',
      'person|Varsk|consistency:same-name(rule:default)',
    ]);
  });
  it('a lone word of a full name is that person', () => {
    expect(names('Tim Varsk arrived.\nIn Varsk the mood was calm.')).toEqual([
      'person|Tim Varsk|rule:first-name',
      'person|Varsk|consistency:part-of-person(rule:place-preposition)',
    ]);
  });
  it('a place name that is the surname of someone named in full is that person', () => {
    expect(names('Reporters met Michael Jordan.\nJordan smiled.')).toEqual([
      'person|Michael Jordan|rule:first-name',
      'person|Jordan|consistency:surname(gazetteer:country)',
    ]);
  });
  it('a company-like word that is the surname of someone named in full is that person', () => {
    expect(names('Gen. Joseph Vortel arrived.\nVortel spoke first.')).toEqual([
      'person|Joseph Vortel|rule:after-title',
      'person|Vortel|consistency:surname(rule:company-word)',
    ]);
  });
  it('a name left to the default guess takes the type another rule gave it', () => {
    expect(names('Raids hit Qarvesh, Syria, overnight.\nQarvesh was quiet.')).toEqual([
      'place|Qarvesh|rule:place-of-country',
      'place|Syria|gazetteer:country',
      'place|Qarvesh|consistency:same-name(rule:default)',
    ]);
  });
  it('the default guess stays a person when the word is part of a person\'s full name', () => {
    expect(names('Tim Qarvesh arrived.\nStrikes hit Qarvesh, Syria, overnight.\nQarvesh smiled.')).toEqual([
      'person|Tim Qarvesh|rule:first-name',
      'person|Qarvesh|consistency:part-of-person(rule:place-of-country)',
      'place|Syria|gazetteer:country',
      'person|Qarvesh|rule:default',
    ]);
  });
  it('a default guess in a list of places is a place', () => {
    expect(names('Shelling hit Aleppo and Darqaya, and later Qumrash, Sarnoq and Idlib.')).toEqual([
      'place|Aleppo|gazetteer:place',
      'place|Darqaya|consistency:list(rule:default)',
      'place|Qumrash|consistency:list(rule:default)',
      'place|Sarnoq|consistency:list(rule:default)',
      'place|Idlib|gazetteer:place',
    ]);
  });
  it('a default guess listed with people or organisations keeps its guess', () => {
    expect(names('Talks between Reuters and Varsk stalled, and Aleppo, where Qorbin lived, was shelled.')).toEqual([
      'organization|Reuters|rule:known-organisation',
      'person|Varsk|rule:default',
      'place|Aleppo|gazetteer:place',
      'person|Qorbin|rule:default',
    ]);
  });
  it('a lone word ending a ship\'s name is that ship, not a person', () => {
    expect(names('USS Marden docked.\nMarden sailed on.')).toEqual([]);
  });
  it('a lone word that ends no ship\'s name stays a name', () => {
    expect(names('USS Marden docked.\nVarsk sailed on.')).toEqual(['person|Varsk|rule:default']);
  });
  it('a place name used as a team is a team throughout the document', () => {
    expect(names('Wigan 42 Bradford Bulls 36\nFans in Wigan cheered.')).toEqual([
      'organization|Wigan|rule:team-results',
      'organization|Bradford Bulls|rule:team-results',
      'organization|Wigan|consistency:same-name(gazetteer:place)',
    ]);
  });
});
