/**
 * Bylines lose their "By"; a place written only in capitals (a dateline) takes the gazetteer's spelling;
 * a possessive ends a name unless the whole phrase is a known place.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

describe('byline and dateline names', () => {
  it('trims "By" from a byline name', () => {
    const doc = extract('t', 'By Sofía Herrera\n\nGUAYAQUIL, Ecuador — The minister spoke on Monday.\n', { types: ['people'] });
    expect(doc.people.map((p) => [p.name, p.mentions.map((m) => [m.text, m.start, m.end])])).toEqual([['Sofía Herrera', [['Sofía Herrera', 3, 16]]]]);
  });

  it.each([
    ['LONDON (Reuters) - A fire broke out.\n', 'London', ['LONDON'], 'GB'],
    ['KABUL, Afghanistan (Jan. 25, 2013) — Two men were detained.\n', 'Kabul', ['KABUL'], 'AF'],
  ])('%j → %s', (text, name, aliases, country) => {
    const place = extract('t', text, { types: ['places'] }).places[0];
    expect([place.name, place.aliases, place.country, place.mentions[0].text]).toEqual([name, aliases, country, aliases[0]]);
  });

  it('reads an AP abbreviation of a US state after a dateline city as that state', () => {
    const doc = extract('t', 'CONWAY, Ark. — Two men were hurt on Friday.\n', { types: ['places'] });
    expect(doc.places.map((p) => [p.name, p.aliases, p.country, p.kind, p.mentions.map((m) => [m.text, m.start, m.end])])).toEqual([
      ['Conway', ['CONWAY'], 'US', 'city', [['CONWAY', 0, 6]]],
      ['Arkansas', ['Ark'], 'US', 'region', [['Ark', 8, 11]]],
    ]);
  });

  it('reads an abbreviation written with its own full stops', () => {
    const doc = extract('t', 'Snow fell in Buffalo, N.Y., on Friday.\n', { types: ['places'] });
    expect(doc.places.map((p) => [p.name, p.aliases, p.country, p.kind])).toEqual([
      ['Buffalo', [], 'US', 'city'],
      ['New York', ['N.Y.'], 'US', 'region'],
    ]);
  });

  it('keeps a capitalised name that is not the gazetteer name as written', () => {
    const doc = extract('t', 'Officials from the UK met in Geneva.\n', { types: ['places'] });
    expect(doc.places.map((p) => p.name)).toEqual(['UK', 'Geneva']);
  });

  it.each([
    ['Landslides hit Cox’s Bazar on Monday.\n', [['Cox’s Bazar', 'BD']]],
    ['Russia’s Kursk region was quiet.\n', [['Russia', 'RU'], ['Kursk', 'RU']]],
    // world-countries calls it Türkiye; news still writes Turkey
    ['Turkey’s army crossed into Syria.\n', [['Turkey', 'TR'], ['Syria', 'SY']]],
  ])('possessive in %j', (text, places) => {
    const doc = extract('t', text, { types: ['people', 'places'] });
    expect(doc.people).toEqual([]);
    expect(doc.places.map((p) => [p.name, p.country])).toEqual(places);
  });

  it('reads no place from a currency prefix', () => {
    const doc = extract('t', 'The US pledged US$2.5 million and Hong Kong HK$40 million.\n', { types: ['places'] });
    expect(doc.places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['US', ['US']],
      ['Hong Kong', ['Hong Kong']],
    ]);
  });
});
