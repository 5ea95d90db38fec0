/** Name refiners through extract(): credit lines, region words, country aliases; tokens; linear time. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { isCreditLine } from '../../src/passes/refine/drop-noise.js';
import { tokenize } from '../../src/passes/name-tokens.js';
import { runPipeline } from '../../src/pipeline.js';
import { emptyLexicon } from '../../src/rules/lexicon.js';
import type { ArticleDocument } from '../../src/document/document.js';

const run = (text: string) => extract('t.txt', text, { types: ['people', 'places', 'organizations'] });

describe('drop-noise: photo credit lines', () => {
  it.each([
    ['File Photo byMike Bravo/Unsplash', true],
    ['Photo: Lena Ostrova/Getty Images', true],
    ['© 2025 Reuters', true],
    ['Photographers gathered in Kyiv on Monday.', false],
    ['Mike Bravo met Lena Ostrova in Kyiv.', false],
  ])('%s → %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });
  it('names on a credit line are dropped, names in the story kept', () => {
    const doc = run('File Photo byMike Bravo/Unsplash\nMike Bravo later visited Kyiv.');
    expect(doc.people.map((p) => p.name)).toEqual(['Mike Bravo']);
    expect(doc.people[0].mentions).toEqual([{ text: 'Mike Bravo', start: 33, end: 43 }]);
  });
});

describe('place-qualifier: a state or country after a comma', () => {
  const places = (text: string) => run(text).places.map((p) => [p.name, p.country, p.kind, p.lat, p.mentions.length]);
  it('a city takes the country of its qualifier, without the namesake\'s coordinates, in every mention', () => {
    expect(places('A fair opened in Paris, Texas. Paris was quiet later.')).toEqual([
      ['Paris', 'US', 'city', null, 2],
      ['Texas', 'US', 'region', 31.9685988, 1],
    ]);
  });
  it('a country name qualified by a state is a town there', () => {
    expect(places('LEBANON, Mo. — Crews worked through the night.')).toEqual([
      ['Lebanon', 'US', 'city', null, 1],
      ['Missouri', 'US', 'region', 37.9642529, 1],
    ]);
  });
  it('an unknown place takes the country after it', () => {
    expect(places('Raids hit Qarvesh, Syria, overnight.')).toEqual([
      ['Qarvesh', 'SY', 'other', null, 1],
      ['Syria', 'SY', 'country', 35, 1],
    ]);
  });
  it.each([
    ['a list of places', 'Aid went to Aleppo, Turkey and Iraq.', [['Aleppo', 'SY', 'city', 36.20124, 1], ['Turkey', 'TR', 'country', 39, 1], ['Iraq', 'IQ', 'country', 33, 1]]],
    ['two countries', 'Talks moved from Syria, Iraq to Geneva.', [['Syria', 'SY', 'country', 35, 1], ['Iraq', 'IQ', 'country', 33, 1], ['Geneva', 'CH', 'city', 46.20222, 1]]],
    ['a place in the country named', 'Crowds filled Paris, France, on Sunday.', [['Paris', 'FR', 'city', 48.85341, 1], ['France', 'FR', 'country', 46, 1]]],
  ])('no change: %s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('place-info: region words and countries', () => {
  it.each([
    ['Fighting went on in the Kursk region.', 'Kursk', 'RU', 'region'],
    ['Fighting went on in Kursk.', 'Kursk', 'RU', 'city'],
    ['Aid reached the Ghazni province.', 'Ghazni', 'AF', 'region'],
  ])('%s', (text, name, country, kind) => {
    const place = run(text).places.find((p) => p.name === name);
    expect([place?.country, place?.kind]).toEqual([country, kind]);
  });
  it('a lexicon place keeps the country and kind the user gave', () => {
    const doc = extract('t.txt', 'Shelling hit Donbas and Kursk.', {
      types: ['places'],
      lexicon: { people: [], organizations: [], places: [{ name: 'Donbas', country: 'UA', kind: 'region' }, { name: 'Kursk', country: null, kind: 'other' }] },
    });
    expect(doc.places.map((p) => [p.name, p.country, p.kind])).toEqual([['Donbas', 'UA', 'region'], ['Kursk', 'RU', 'city']]);
  });
  it('a name in capitals (dateline, headline) joins the same name written normally', () => {
    const doc = run('GUAYAQUIL, Ecuador (AP) - Riots spread in Guayaquil on Sunday.');
    expect(doc.places.map((p) => [p.name, p.aliases])).toEqual([['Guayaquil', ['GUAYAQUIL']], ['Ecuador', []]]);
  });
  it('names of one country are one place', () => {
    const doc = run('The DPRK said North Korea would reply. North Korea did.');
    expect(doc.places.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([['North Korea', ['DPRK'], 3]]);
  });
});

describe('tokens', () => {
  it('possessives, sentence starts and shouting lines', () => {
    const tokens = tokenize('Russia’s envoy met Kim. “The talks” went on.\nTROOPS ENTER TOWN');
    expect(tokens.map((t) => [t.text, t.possessive, t.sentenceStart, t.shouting])).toEqual([
      ['Russia', true, true, false],
      ['envoy', false, false, false],
      ['met', false, false, false],
      ['Kim', false, false, false],
      ['The', false, true, false],
      ['talks', false, false, false],
      ['went', false, false, false],
      ['on', false, false, false],
      ['TROOPS', false, true, true],
      ['ENTER', false, false, true],
      ['TOWN', false, false, true],
    ]);
  });
  it('after a chain of initials, only a sentence-opening word starts a sentence', () => {
    const starts = (text: string) => tokenize(text).filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts('Aid from the U.S. Coast Guard arrived.')).toEqual(['Aid']);
    expect(starts('Aid came from the U.S. The talks went on.')).toEqual(['Aid', 'The']);
    expect(starts('Troops left the area. Central banks met.')).toEqual(['Troops', 'Central']);
  });
  it('keeps the full stop of initials and abbreviations only', () => {
    expect(tokenize('U.S. envoy Mr. J. Smith left Moscow.').map((t) => t.text)).toEqual(['U.S.', 'envoy', 'Mr.', 'J.', 'Smith', 'left', 'Moscow']);
  });
});

describe('linear time on pathological input (1 MB of one pattern)', () => {
  // compromise's own parse is stubbed out: this checks glean's tokenizer, chunker and rules only
  const empty = { docs: [] };
  const nlp = { compute: () => undefined, people: () => empty, places: () => empty, organizations: () => empty };
  const stubDoc = (text: string) => ({ path: 't', text, publishedAt: null, lexicon: emptyLexicon(), sentences: [], nlpChunks: [{ offset: 0, length: text.length, view: nlp }] }) as unknown as ArticleDocument;
  const words = Array.from({ length: 50_000 }, (_, i) => `Zq${i.toString(36)}`).join(' ');
  const units = ['a', 'A', ' ', 'Bb ', 'Bb 1 ', '.', 'A.', 'Al-', 'Bb’s ', 'Wigan 42 ', '\n', '“', 'Photo by ', 'Bb Cc.\n', 'Ministry of ', 'KCNA '];
  it.each([...units.map((u) => [JSON.stringify(u), u]), ['50,000 distinct names', `${words}. `]])('%s', (_label, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    runPipeline(stubDoc(text), ['people', 'places', 'organizations']);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
