/**
 * Every regular-expression literal in src/ (found with the TypeScript parser, so a new rule is
 * covered the day it is written) is run over every pathological text of pathological.ts. A regex
 * that backtracks catastrophically (nested quantifiers: exponential time) cannot finish a 2 KB text
 * within the budget; the scan runs in a worker that is stopped then, and the test names the regex.
 * Linear time on whole documents (1 MB) is proved end to end by linear-time.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL } from './pathological.js';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');

interface Literal {
  id: string;
  source: string;
  flags: string;
}

function regexLiterals(): Literal[] {
  const found: Literal[] = [];
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files.sort()) {
    const sf = ts.createSourceFile(file, readFileSync(path.join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ id: `src/${file}:${line} ${text}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Per regex and text, at 2 KB: a linear or even quadratic regex takes well under a millisecond or a few. */
const SIZE = 2048;
const BUDGET_MS = 250;
const TOTAL_BUDGET_MS = 45_000;

describe('regular expressions in src/', () => {
  const literals = regexLiterals();

  it('are found (the parser sees the rules)', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(literals.some((l) => l.id.startsWith('src/passes/'))).toBe(true);
  });

  it('all compile', () => {
    for (const l of literals) expect(() => new RegExp(l.source, l.flags), l.id).not.toThrow();
  });

  it('none backtracks catastrophically on pathological text', async () => {
    const texts = PATHOLOGICAL.map((p) => ({ name: p.name, text: p.text(SIZE) }));
    const worker = new Worker(new URL('./regex-scan.worker.mjs', import.meta.url), { workerData: { regexes: literals, texts } });
    const slow: string[] = [];
    let current = '';
    const outcome = await new Promise<'end' | 'timeout'>((resolve, reject) => {
      let timer = setTimeout(() => resolve('timeout'), TOTAL_BUDGET_MS);
      worker.on('error', reject);
      worker.on('message', (m: { type: string; id: string; input: string; ms: number }) => {
        if (m.type === 'start') {
          current = `${m.id} on ${m.input}`;
          clearTimeout(timer);
          timer = setTimeout(() => resolve('timeout'), Math.max(BUDGET_MS * 20, 5000));
        } else if (m.type === 'done' && m.ms > BUDGET_MS) {
          slow.push(`${m.id} on ${m.input}: ${Math.round(m.ms)} ms`);
        } else if (m.type === 'end') {
          clearTimeout(timer);
          resolve('end');
        }
      });
    });
    await worker.terminate();
    expect(outcome === 'timeout' ? `still running after the budget: ${current}` : 'finished').toBe('finished');
    expect(slow).toEqual([]);
  });
});
