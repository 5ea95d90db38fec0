/** The resolution functions, one table each; every row pins its anchor. */
import { describe, expect, it } from 'vitest';
import { fmtWeek, isoWeek, parseDay } from '../../src/passes/dates/calendar.js';
import {
  durationValue, offsetOf, resolveMonth, resolveMonthDay, resolveQuarter, resolveSeason, resolveWeekday, shiftedPeriod,
  type Direction,
} from '../../src/passes/dates/resolve.js';

const day = (iso: string) => parseDay(iso)!;

describe('isoWeek', () => {
  it.each([
    ['2025-10-23', '2025-W43'],
    ['2013-03-22', '2013-W12'],
    ['2021-01-01', '2020-W53'], // a Friday: belongs to the last week of 2020
    ['2024-12-30', '2025-W01'], // a Monday: belongs to the first week of 2025
  ])('%s → %s', (iso, week) => {
    expect(fmtWeek(day(iso))).toBe(week);
    expect(isoWeek(day(iso)).week).toBe(Number(week.slice(-2)));
  });
});

describe('offsetOf', () => {
  it.each([
    ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['the following', 1], ['early', null], [undefined, null],
  ] as Array<[string | undefined, number | null]>)('%s → %s', (word, n) => expect(offsetOf(word)).toBe(n));
});

describe('resolveWeekday (Monday 1 … Sunday 7)', () => {
  it.each([
    // anchor is Thursday 2025-10-23
    ['2025-10-23', 4, 'past', null, '2025-10-23'], // "Thursday" on a Thursday is that day
    ['2025-10-23', 1, 'past', null, '2025-10-20'],
    ['2025-10-23', 5, 'past', null, '2025-10-17'], // past bias: the Friday before
    ['2025-10-23', 5, 'future', null, '2025-10-24'], // "will … Friday"
    ['2025-10-23', 4, 'future', null, '2025-10-23'],
    ['2025-10-23', 4, 'past', -1, '2025-10-16'], // "last Thursday" is strictly before
    ['2025-10-23', 4, 'past', 1, '2025-10-30'], // "next Thursday" is strictly after
    ['2025-10-23', 6, 'past', 0, '2025-10-25'], // "this Saturday" is in this week
  ] as Array<[string, number, Direction, number | null, string]>)('%s wd %i %s offset %s → %s', (a, wd, dir, off, want) => {
    expect(resolveWeekday(day(a), wd, dir, off)).toBe(want);
  });
  it('keeps the weekday open without an anchor', () => expect(resolveWeekday(null, 4, 'past', null)).toBe('XXXX-WXX-4'));
});

describe('resolveMonthDay', () => {
  it.each([
    ['2025-10-23', 10, 23, 'past', '2025-10-23'],
    ['2025-10-23', 11, 2, 'past', '2024-11-02'],
    ['2025-10-23', 11, 2, 'future', '2025-11-02'],
    ['2025-10-23', 3, 1, 'future', '2026-03-01'],
    ['2025-10-23', 2, 29, 'past', '2025-02-28'], // no 29 February in 2025
  ] as Array<[string, number, number, Direction, string]>)('%s %i-%i %s → %s', (a, m, d, dir, want) => {
    expect(resolveMonthDay(day(a), m, d, dir)).toBe(want);
  });
  it('keeps the year open without an anchor', () => expect(resolveMonthDay(null, 10, 23, 'past')).toBe('XXXX-10-23'));
});

describe('resolveMonth', () => {
  it.each([
    ['2025-10-23', 10, 'past', null, '2025-10'],
    ['2025-10-23', 12, 'past', null, '2024-12'], // "in December", past bias
    ['2025-10-23', 12, 'future', null, '2025-12'],
    ['2025-10-23', 5, 'past', -1, '2025-05'], // "last May"
    ['2025-03-22', 5, 'past', -1, '2024-05'],
    ['2025-10-23', 10, 'past', -1, '2024-10'], // "last October" in October is a year back
    ['2025-10-23', 2, 'past', 1, '2026-02'], // "next February"
    ['2025-10-23', 2, 'past', 0, '2025-02'], // "this February"
  ] as Array<[string, number, Direction, number | null, string]>)('%s month %i %s offset %s → %s', (a, m, dir, off, want) => {
    expect(resolveMonth(day(a), m, dir, off)).toBe(want);
  });
  it('keeps the year open without an anchor', () => expect(resolveMonth(null, 2, 'past', -1)).toBe('XXXX-02'));
});

describe('resolveSeason', () => {
  it.each([
    ['2013-03-22', 'summer', 'past', -1, undefined, '2012-SU'],
    ['2013-10-22', 'summer', 'past', -1, undefined, '2013-SU'],
    ['2013-01-25', 'spring', 'future', null, undefined, '2013-SP'],
    ['2013-01-25', 'spring', 'past', null, undefined, '2012-SP'],
    ['2025-10-23', 'winter', 'past', 0, undefined, '2025-WI'],
    ['2025-10-23', 'fall', 'past', null, 2022, '2022-FA'],
  ] as Array<[string, string, Direction, number | null, number | undefined, string]>)('%s %s %s %s %s → %s', (a, s, dir, off, y, want) => {
    expect(resolveSeason(day(a), s, dir, off, y)).toBe(want);
  });
});

describe('resolveQuarter', () => {
  it.each([
    ['1989-10-25', 3, 'past', null, undefined, '1989-Q3'],
    ['1989-10-25', 4, 'past', null, undefined, '1989-Q4'],
    ['1989-05-25', 4, 'past', null, undefined, '1988-Q4'],
    ['1989-05-25', 4, 'future', null, undefined, '1989-Q4'],
    ['1989-10-25', null, 'past', -1, undefined, '1989-Q3'], // "the latest quarter"
    ['1989-02-01', null, 'past', -1, undefined, '1988-Q4'],
    ['1989-10-25', 2, 'past', null, 2013, '2013-Q2'],
  ] as Array<[string, number | null, Direction, number | null, number | undefined, string]>)('%s Q%s %s %s %s → %s', (a, q, dir, off, y, want) => {
    expect(resolveQuarter(day(a), q, dir, off, y)).toBe(want);
  });
});

describe('shiftedPeriod', () => {
  it.each([
    ['year', -1, '2024'], ['year', 0, '2025'], ['year', 1, '2026'], ['month', -1, '2025-09'], ['month', 3, '2026-01'],
    ['week', 0, '2025-W43'], ['week', -1, '2025-W42'], ['day', -2, '2025-10-21'], ['decade', 0, '202X'],
    ['decade', -1, '201X'], ['century', 0, '20'], ['quarter', -1, '2025-Q3'], ['quarter', 0, '2025-Q4'],
  ] as Array<[string, number, string]>)('%s %i from 2025-10-23 → %s', (unit, n, want) => {
    expect(shiftedPeriod(day('2025-10-23'), unit, n)).toBe(want);
  });
  it.each([
    ['year', 'XXXX'], ['month', 'XXXX-XX'], ['week', 'XXXX-WXX'], ['day', 'XXXX-XX-XX'],
  ])('without an anchor %s → %s', (unit, want) => expect(shiftedPeriod(null, unit, -1)).toBe(want));
});

describe('durationValue', () => {
  it.each([
    [1, 'year', 'P1Y'], [3, 'month', 'P3M'], [2, 'week', 'P2W'], [90, 'day', 'P90D'], [4.5, 'hour', 'PT4.5H'],
    [30, 'minute', 'PT30M'], [10, 'second', 'PT10S'], [2, 'decade', 'P20Y'], [1, 'century', 'P100Y'],
    [1, 'fortnight', 'P2W'], [null, 'month', 'PXM'], [null, 'hour', 'PTXH'], [2, 'quarter', 'P2Q'],
  ] as Array<[number | null, string, string]>)('%s %s → %s', (n, unit, want) => expect(durationValue(n, unit)).toBe(want));
  it('rejects a word that is not a unit', () => expect(durationValue(3, 'apple')).toBeNull());
});
