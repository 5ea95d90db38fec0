import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SortedTable, tableText, type TableSpec } from '../../src/rules/prebuilt.js';
import { CITY_TABLE, GAZETTEER_TABLES } from '../../src/rules/gazetteer.js';
import { COMMON_WORDS_TABLE } from '../../src/rules/common-words.js';

const spec = (lines: string[]): TableSpec => ({ name: 'test', build: () => lines });

describe('SortedTable', () => {
  const table = new SortedTable(tableText(spec(['kabul\tKabul\tAF', 'aachen\tAachen\tDE', 'zurich\tZürich\tCH', 'lone'])));

  it('finds a key and returns the fields after it', () => {
    expect(table.get('kabul')).toEqual(['Kabul', 'AF']);
    expect(table.get('zurich')).toEqual(['Zürich', 'CH']);
    expect(table.get('aachen')).toEqual(['Aachen', 'DE']);
  });

  it('returns no fields for a key-only line, and null for a missing key or a prefix of a key', () => {
    expect(table.get('lone')).toEqual([]);
    expect(table.get('kab')).toBeNull();
    expect(table.get('kabul\tKabul')).toBeNull();
    expect(table.get('')).toBeNull();
    expect(table.has('zzz')).toBe(false);
  });

  it('is empty for an empty text', () => {
    const empty = new SortedTable('');
    expect(empty.get('a')).toBeNull();
    expect(empty.get('')).toBeNull();
  });

  it('finds every key of any table, and no other', () => {
    const key = fc.stringMatching(/^[a-zà-ÿ' -]{1,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 60 }), key, (keys, probe) => {
        const t = new SortedTable(tableText(spec(keys.map((k, i) => `${k}\t${i}`))));
        keys.forEach((k, i) => expect(t.get(k)).toEqual([String(i)]));
        expect(t.has(probe)).toBe(keys.includes(probe));
      }),
    );
  });
});

describe('the tables written by the build step', () => {
  // npm test builds first, so data/ exists; a table older than its packages would be caught here
  for (const table of [...GAZETTEER_TABLES, COMMON_WORDS_TABLE]) {
    it(`data/${table.name}.tsv is what the packages give now`, () => {
      const file = new URL(`../../data/${table.name}.tsv`, import.meta.url);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8') === tableText(table)).toBe(true);
    });
  }

  it('keeps the most populous city of a name, with its coordinates', () => {
    const cities = new SortedTable(tableText(CITY_TABLE));
    const [name, country, population, lat, lon] = cities.get('kabul')!;
    expect([name, country]).toEqual(['Kabul', 'AF']);
    expect(Number(population)).toBeGreaterThan(3_000_000);
    expect(Math.round(Number(lat))).toBe(35);
    expect(Math.round(Number(lon))).toBe(69);
    // "Ar Raqqah" is also found without its article, and the exonym "Kiev" points at Kyiv
    expect(cities.get('raqqah')?.[0]).toBe('Ar Raqqah');
    expect(cities.get('kiev')?.slice(0, 2)).toEqual(['Kyiv', 'UA']);
  });
});
