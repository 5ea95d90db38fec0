import { describe, expect, it } from 'vitest';
import { LexiconError, parseLexicon } from '../../src/rules/lexicon.js';

describe('parseLexicon', () => {
  it('reads names and places, filling place defaults', () => {
    expect(parseLexicon({ people: [' Aleksandr Matsegora '], places: ['Kursk', { name: 'Donbas', country: 'UA', kind: 'region' }] }, 'lex.json')).toEqual({
      people: ['Aleksandr Matsegora'],
      organizations: [],
      places: [
        { name: 'Kursk', country: null, kind: 'other' },
        { name: 'Donbas', country: 'UA', kind: 'region' },
      ],
    });
  });

  it.each([
    [[], 'expected a JSON object'],
    [{ persons: [] }, 'unknown key "persons"'],
    [{ people: ['ok', 3] }, '"people" must be a list of non-empty strings'],
    [{ organizations: [''] }, '"organizations" must be a list of non-empty strings'],
    [{ places: [{ name: 'X', country: 'Ukraine' }] }, 'places[0].country must be an ISO 3166-1 alpha-2 code'],
    [{ places: [{ name: 'X', kind: 'village' }] }, 'places[0].kind must be one of country, region, city, other'],
    [{ places: [42] }, 'places[0] must be a string or { name, country, kind }'],
  ])('rejects %j', (json, message) => {
    expect(() => parseLexicon(json, 'lex.json')).toThrow(LexiconError);
    expect(() => parseLexicon(json, 'lex.json')).toThrow(`lex.json: ${message}`);
  });
});
