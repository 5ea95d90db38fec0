/** glean --help lists the scale options and the summary command; progress never shows when piped. */
import { describe, expect, it } from 'vitest';
import { articleFolder, glean } from './helpers.js';

describe('help and progress', { timeout: 300_000 }, () => {
  it('documents every scale option, their defaults and the summary command', () => {
    const help = glean(['--help']);
    expect(help.status).toBe(0);
    // commander wraps the option descriptions, so defaults are looked for on their own
    for (const text of ['--jobs', '--timeout-ms', '"30000"', '--cache', '--cache-location', '".glean-cache"', '--shard <K/N>', '--input-format', 'glean summary', 'K counts from 1']) {
      expect(help.stdout, text).toContain(text);
    }
    const summary = glean(['summary', '--help']);
    expect(summary.status).toBe(0);
    for (const text of ['Usage: glean summary [options] [files...]', '--top', '--format', 'Examples:']) expect(summary.stdout, text).toContain(text);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    const dir = articleFolder();
    const out = glean(['news', '-f', 'ndjson', '--jobs', '2'], { cwd: dir });
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
  });
});
