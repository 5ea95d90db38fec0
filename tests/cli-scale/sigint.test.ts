/** Ctrl-C: the workers stop, no half-written -o file is left (an existing one is untouched), exit code 130. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, articleFolder } from './helpers.js';

function interrupt(dir: string, args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GLEAN_TEST_HANG: 'LOOP-FOREVER-MARKER' };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let sentAt = 0;
    // wait until the temporary output file exists (the run has started writing), then press Ctrl-C
    const poll = setInterval(() => {
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        clearInterval(poll);
        sentAt = performance.now();
        child.kill('SIGINT');
      }
    }, 50);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stderr, ms: performance.now() - sentAt });
    });
  });
}

describe('Ctrl-C (SIGINT)', { timeout: 300_000 }, () => {
  it.each([['1'], ['2']])('stops the workers, removes the temporary file and exits 130 (--jobs %s)', async (jobs) => {
    const dir = articleFolder({ 'a.txt': 'Alice Brennan spoke in Leeds.\n', 'b.txt': 'The LOOP-FOREVER-MARKER text.\n', 'c.txt': 'Bob went to York.\n' });
    writeFileSync(path.join(dir, 'out.json'), 'previous results\n');
    const r = await interrupt(dir, ['news', '--jobs', jobs, '--timeout-ms', '0', '-o', 'out.json']);
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('');
    // well before the 3 s fallback that ends a run whatever still holds it open
    expect(r.ms).toBeLessThan(2500);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('previous results\n');
    expect(readdirSync(dir).sort()).toEqual(['news', 'out.json']);
  });

  it('leaves no output file when there was none before', async () => {
    const dir = articleFolder({ 'a.txt': 'The LOOP-FOREVER-MARKER text.\n' });
    const r = await interrupt(dir, ['news', '-o', 'new.ndjson', '-f', 'ndjson', '--timeout-ms', '0']);
    expect(r.code).toBe(130);
    expect(existsSync(path.join(dir, 'new.ndjson'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['news']);
  });
});
