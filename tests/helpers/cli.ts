/** Runs the built binary (bin/glean.js → dist/) the way a user would, with colour off unless asked. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'glean.js');
export const SEED = path.resolve(ROOT, '..', 'shared', 'seed', 'north-korea-memorial.txt');
export const FIXTURES = path.join(ROOT, 'fixtures', 'articles');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function glean(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '1', ...options.env };
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR) {
    env.FORCE_COLOR = options.env.FORCE_COLOR;
    delete env.NO_COLOR;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
