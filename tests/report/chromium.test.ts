/** The report tests need a real browser: fail, never skip, when it is missing. */
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CHROMIUM, MISSING_CHROMIUM } from './browser.js';

it('has Chromium for the browser tests', () => {
  expect(existsSync(CHROMIUM), MISSING_CHROMIUM).toBe(true);
});
