/**
 * Every date rule, in priority order: when two matches cover the same text, the longer one wins,
 * and between equally long ones the rule listed first.
 */
import type { DateRule } from './rule.js';
import { ABSOLUTE_RULES } from './rules-absolute.js';
import { RELATIVE_RULES } from './rules-relative.js';
import { AMOUNT_RULES } from './rules-amounts.js';

export const DATE_RULES: readonly DateRule[] = [
  // full dates and named calendar positions first: their values need no anchor
  ...ABSOLUTE_RULES,
  // relative expressions before amounts: "two days ago" is a date, not a duration
  ...RELATIVE_RULES,
  ...AMOUNT_RULES,
];
