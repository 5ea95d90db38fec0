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
  organizations: ['Blue Heron Collective'],
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
  ['rule:org-cue (company)', 'He joined Deutsche Bank last year.', ['organization|Deutsche Bank|rule:org-cue']],
  ['rule:company-context (kind before)', 'Italian tyre maker Ostrelli cut jobs.', ['organization|Ostrelli|rule:company-context']],
  ['rule:company-context (shares after)', 'Ostrelli shares fell.', ['organization|Ostrelli|rule:company-context']],
  ['rule:company-context negative (a first name)', 'The firm Tom Ostrelli founded grew.', ['person|Tom Ostrelli|rule:first-name']],
  ['rule:club-prefix', 'Fans of SC Ostrava cheered.', ['organization|SC Ostrava|rule:club-prefix']],
  ['rule:known-organisation (agency)', 'Sources told Reuters the deal was off.', ['organization|Reuters|rule:known-organisation']],
  ['rule:known-organisation (short name)', 'Markets wobbled as the Fed met.', ['organization|Fed|rule:known-organisation']],
  ['rule:acronym', 'Strikes by the NAVCENT ships continued.', ['organization|NAVCENT|rule:acronym']],
  ['rule:acronym, not rule:said', 'The CJTF-OIR said it would withdraw.', ['organization|CJTF-OIR|rule:acronym']],
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
  ['rule:place-of-country', 'Strikes hit Karabilah, Syria, overnight.', ['place|Karabilah|rule:place-of-country', 'place|Syria|gazetteer:country']],
  ['rule:place-of-country negative (a person)', 'The award went to John Ostrova, Britain.', ['person|John Ostrova|rule:first-name', 'place|Britain|gazetteer:country']],
  ['rule:place-preposition', 'Forces near Husaybah regrouped.', ['place|Husaybah|rule:place-preposition']],
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
  it('a place name used as a team is a team throughout the document', () => {
    expect(names('Wigan 42 Bradford Bulls 36\nFans in Wigan cheered.')).toEqual([
      'organization|Wigan|rule:team-results',
      'organization|Bradford Bulls|rule:team-results',
      'organization|Wigan|consistency:same-name(gazetteer:place)',
    ]);
  });
});
