/**
 * Runs the built binary (bin/glean.js → dist/) as a user would, colour off, with a fixed CI-free
 * environment. GLEAN_TEST_ROOT points the tests at another checkout's build (default: this one).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = process.env.GLEAN_TEST_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'glean.js');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOpts {
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
}

function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.FORCE_COLOR;
  delete env.GLEAN_TIMINGS;
  if (!extra.GLEAN_TEST_HANG) delete env.GLEAN_TEST_HANG;
  return env;
}

export function glean(args: string[], opts: RunOpts = {}): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: environment(opts.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking, for tests that run several at once. */
export function gleanAsync(args: string[], opts: RunOpts = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: environment(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Short articles written for these tests; each names people, places, organisations, dates and figures. */
export const ARTICLES: Record<string, string> = {
  'a-harbour.txt':
    'PORTSMOUTH, England (March 4, 2024) - Harbour master Alice Brennan said on Monday that two sailors were injured when a crane fell at the Royal Navy dockyard.\n',
  'b-floods.txt':
    'DHAKA, Bangladesh (July 12, 2023) - At least 14 people were killed and 30 others are missing after floods hit Sylhet, the Red Crescent said on Wednesday.\n',
  'c-summit.txt':
    'Prime Minister Helena Marsh met President Tomas Keller in Vienna on 2 May 2022 to discuss trade, the European Commission said.\n',
  'd-empty.txt': '',
  'e-market.txt':
    'NAIROBI (Oct 1, 2021) - Police arrested 25 people after a protest at the city market on Friday, officer James Mwangi told the Daily Nation.\n',
  'f-quiet.txt': 'Nothing much happened in the village today, and nobody was hurt.\n',
  'g-storm.txt':
    'MANILA, Philippines (December 20, 2021) - Typhoon Rai killed at least 208 people, the National Disaster Risk Reduction and Management Council said on Monday. Another 52 remain missing.\n',
};

/** A fresh folder holding ARTICLES (or the given ones) under news/. */
export function articleFolder(articles: Record<string, string> = ARTICLES): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'glean-scale-'));
  mkdirSync(path.join(dir, 'news'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(dir, 'news', name), text);
  return dir;
}

export const lines = (s: string) => s.split('\n').filter((l) => l !== '');
