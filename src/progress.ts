/**
 * A one-line progress report on stderr: files done of total, files a second, time left.
 * Shown only when stderr is a terminal, more than a handful of files are read, not with --quiet
 * and not in CI (env CI set). Redrawn at most ten times a second; cleared before any other
 * stderr message and at the end, so it never mixes with other output (and never touches stdout).
 */
import type { Writable } from 'node:stream';

export const PROGRESS_MIN_FILES = 5;

export interface Progress {
  /** One more document done. */
  tick(): void;
  /** Write a message on stderr without tearing the bar. */
  message(text: string): void;
  /** Remove the bar. */
  done(): void;
}

export function shouldShowProgress(stderr: Writable, total: number | null, quiet: boolean, env: NodeJS.ProcessEnv): boolean {
  return (stderr as { isTTY?: boolean }).isTTY === true && !quiet && !env.CI && (total === null || total > PROGRESS_MIN_FILES);
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The line shown; total is null when the number of inputs is not known (stdin ndjson). */
export function progressLine(done: number, total: number | null, elapsedSeconds: number, width = 24): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  if (total === null) return `glean ${done} files  ${rate.toFixed(1)} files/s`;
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '--:--';
  return `glean [${bar}] ${done}/${total} files  ${rate.toFixed(1)} files/s  ETA ${eta}`;
}

export function noProgress(stderr: Writable): Progress {
  return { tick() {}, message: (text) => void stderr.write(text), done() {} };
}

export function terminalProgress(stderr: Writable, total: number | null, now: () => number = () => performance.now()): Progress {
  const start = now();
  let done = 0;
  let lastDraw = -Infinity;
  let shown = false;
  const clear = () => {
    if (shown) stderr.write('\r\x1b[2K');
    shown = false;
  };
  const draw = () => {
    lastDraw = now();
    stderr.write(`\r\x1b[2K${progressLine(done, total, (lastDraw - start) / 1000)}`);
    shown = true;
  };
  return {
    tick() {
      done++;
      if (now() - lastDraw >= 100) draw();
    },
    message(text) {
      clear();
      stderr.write(text);
    },
    done: clear,
  };
}
