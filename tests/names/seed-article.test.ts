/** The seed article's people, places and organisations, exactly (read from ../shared/seed at test time). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const SEED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seed', 'north-korea-memorial.txt');
const doc = extract('seed.txt', readFileSync(SEED, 'utf8'), { types: ['people', 'places', 'organizations'] });

describe('seed article names', () => {
  it('people, with aliases', () => {
    expect(doc.people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['Kim Jong Un', ['Kim'], 5],
      ['Aleksandr Matsegora', ['Matsegora'], 2],
    ]);
  });
  it('places, with country and kind', () => {
    expect(doc.places.map((p) => [p.name, p.aliases, p.country, p.kind])).toEqual([
      ['North Korea', ['DPRK'], 'KP', 'country'],
      ['Ukraine', [], 'UA', 'country'],
      ['Pyongyang', [], 'KP', 'city'],
      ['Russia', [], 'RU', 'country'],
      ['Kursk', [], 'RU', 'region'],
      ['Moscow', [], 'RU', 'city'],
    ]);
  });
  it('organisations: the agency with its acronym; the museum is an institution, not a place; armed forces', () => {
    expect(doc.organizations.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([
      ['Russian forces', [], 2],
      ['Korean Central News Agency', ['KCNA'], 3],
      ['Memorial Museum of Combat Feats', [], 2],
      ['Ukrainian forces', [], 1],
    ]);
  });
  it('every mention slices back to its text (code-point offsets)', () => {
    const text = [...readFileSync(SEED, 'utf8')];
    for (const e of [...doc.people, ...doc.places, ...doc.organizations]) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end).join('')).toBe(m.text);
    }
  });
  it('no demonyms, photo credits, "Advertisements" or "Cold War"', () => {
    const all = [...doc.people, ...doc.places, ...doc.organizations].flatMap((e) => [e.name, ...e.aliases]);
    for (const noise of ['North Korean', 'Russian', 'Advertisements', 'Mike Bravo', 'Bravo', 'Unsplash', 'Cold War', 'West', 'Western']) {
      expect(all).not.toContain(noise);
    }
  });
});
