/** docs/schema.json is generated from src/schema.ts, and real output validates against it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { buildSchema } from '../../scripts/schema.mjs';
import { FIXTURES, ROOT, SEED, glean } from '../helpers/cli.js';

const committed = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(committed, 'glean');
const validateJson = ajv.getSchema('glean#/definitions/JsonOutput')!;
const validateLine = ajv.getSchema('glean#/definitions/NdjsonLine')!;

describe('docs/schema.json', () => {
  it('is up to date with the types in src/schema.ts', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildSchema())));
  });

  it('validates the json output of every fixture article, the seed article and a missing file', () => {
    const out = glean([FIXTURES, SEED, path.join(ROOT, 'no-such.txt'), '--explain']);
    expect(out.status).toBe(1);
    const result = JSON.parse(out.stdout);
    expect(result.documents.length).toBeGreaterThanOrEqual(2);
    expect(result.errors).toHaveLength(1);
    const valid = validateJson(result);
    expect(validateJson.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('validates every ndjson line', () => {
    const out = glean([FIXTURES, SEED, path.join(ROOT, 'no-such.txt'), '--format', 'ndjson', '--emit-text']);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const ok = validateLine(JSON.parse(line));
      expect(validateLine.errors ?? [], line.slice(0, 80)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects output that breaks the contract', () => {
    const bad = { schemaVersion: 1, documents: [{ path: 'a', publishedAt: null }], errors: [] };
    expect(validateJson(bad)).toBe(false);
    expect(validateJson({ schemaVersion: 2, documents: [], errors: [] })).toBe(false);
  });
});
