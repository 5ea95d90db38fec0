/**
 * The seed article (../shared/seed, read at run time): what a good run must find, through the built CLI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED, glean } from '../helpers/cli.js';

const result = () => {
  const out = glean([SEED]);
  expect(out.status).toBe(0);
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout).documents[0];
};

describe('seed article', () => {
  const doc = result();
  const text = [...readFileSync(SEED, 'utf8').replace(/^\uFEFF/, '')];

  it('is dated from its own header', () => {
    expect(doc.publishedAt).toBe('2025-10-23');
  });

  it('finds the people, with Kim as an alias of Kim Jong Un', () => {
    const people = Object.fromEntries(doc.people.map((p: { name: string; aliases: string[] }) => [p.name, p.aliases]));
    expect(Object.keys(people).sort()).toEqual(['Aleksandr Matsegora', 'Kim Jong Un']);
    expect(people['Kim Jong Un']).toEqual(['Kim']);
    expect(people['Aleksandr Matsegora']).toEqual(['Matsegora']);
  });

  it('finds the places with their countries and kinds, and no demonyms or museums', () => {
    const places = doc.places.map((p: { name: string; country: string; kind: string }) => [p.name, p.country, p.kind]);
    expect(places.sort()).toEqual([
      ['Kursk', 'RU', 'region'],
      ['Moscow', 'RU', 'city'],
      ['North Korea', 'KP', 'country'],
      ['Pyongyang', 'KP', 'city'],
      ['Russia', 'RU', 'country'],
      ['Ukraine', 'UA', 'country'],
    ]);
  });

  it('finds the news agency with its acronym as an alias', () => {
    const kcna = doc.organizations.find((o: { name: string }) => o.name === 'Korean Central News Agency');
    expect(kcna.aliases).toEqual(['KCNA']);
    expect(kcna.mentions.map((m: { text: string }) => m.text)).toEqual(['Korean Central News Agency', 'KCNA', 'KCNA']);
  });

  it('resolves the dates against the publication date', () => {
    const values = Object.fromEntries(doc.dates.map((d: { text: string; value: string }) => [d.text.toLowerCase(), d.value]));
    expect(values['thursday']).toBe('2025-10-23');
    expect(values['february 2022']).toBe('2022-02');
    expect(values['last year']).toBe('2024');
  });

  it('finds both casualty figures and not the troops sent', () => {
    const figures = doc.casualties.map((c: Record<string, unknown>) => [c.category, c.min, c.max, c.vague, c.qualifier, c.group]);
    expect(figures).toEqual([
      ['killed', 600, null, false, 'at least', 'North Korean soldiers'],
      ['injured', 3000, null, true, null, 'North Korean soldiers'],
    ]);
    expect(doc.totals).toEqual({ killed: { min: 600, max: null }, injured: { min: 3000, max: null } });
  });

  it('gives offsets that index the text by code point, for every mention of every type', () => {
    const mentions = [
      ...doc.people.flatMap((e: { mentions: unknown[] }) => e.mentions),
      ...doc.places.flatMap((e: { mentions: unknown[] }) => e.mentions),
      ...doc.organizations.flatMap((e: { mentions: unknown[] }) => e.mentions),
      ...doc.dates,
      ...doc.casualties,
    ] as Array<{ text: string; start: number; end: number }>;
    expect(mentions.length).toBeGreaterThan(30);
    for (const m of mentions) expect(text.slice(m.start, m.end).join('')).toBe(m.text);
  });
});
