/**
 * Words the date rules are built from, as data: regular-expression alternatives and their meanings.
 * Alternatives are fixed words only, so the patterns assembled from them cannot backtrack badly.
 */

/** Month names and abbreviations → month number. "Sept." and "Sep" both occur in wire copy. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
export const MONTH_RE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
/** Full weekday names only: "Sun" and "Sat" are words too. */
export const WEEKDAY_RE = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** TIMEX3 parts of the day. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};
export const PART_OF_DAY_RE = 'morning|afternoon|evening|night';

/** TIMEX3 seasons and the month each starts in (northern hemisphere, meteorological). */
export const SEASONS: Record<string, { code: string; startMonth: number }> = {
  spring: { code: 'SP', startMonth: 3 },
  summer: { code: 'SU', startMonth: 6 },
  autumn: { code: 'FA', startMonth: 9 },
  fall: { code: 'FA', startMonth: 9 },
  winter: { code: 'WI', startMonth: 12 },
};
export const SEASON_RE = 'spring|summer|autumn|fall|winter';

/** Number words; "a", "an" and "one" are 1. Vague amounts (several, a few) are null → X in the value. */
export const NUMBER_WORDS: Record<string, number | null> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'a couple of': 2, 'a couple': 2, 'couple of': 2, 'half a': 0.5, 'half an': 0.5, 'a dozen': 12, dozen: 12,
  several: null, 'a few': null, few: null, many: null, some: null, numerous: null, 'the next few': null,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** A count before a time unit: digits, words ("twenty-five"), halves ("two and a half") or vague amounts. */
export const NUMBER_RE =
  `(?:\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,4}(?:\\.\\d{1,3})?|(?:${TENS})(?:[- ](?:${UNITS}))?|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a couple of|a couple|couple of|half an|half a|a dozen|dozen|several|a few|few|many|numerous|an|a)(?:\\s+and\\s+a\\s+half)?`;

/** Time units → TIMEX3 duration letter and whether it is a time (PT…) unit. */
export const UNITS_OF_TIME: Record<string, { letter: string; time: boolean; factor?: number }> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false }, night: { letter: 'D', time: false }, week: { letter: 'W', time: false },
  fortnight: { letter: 'W', time: false, factor: 2 }, month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false }, year: { letter: 'Y', time: false },
  decade: { letter: 'Y', time: false, factor: 10 }, century: { letter: 'Y', time: false, factor: 100 },
};
export const UNIT_RE = 'seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries';
/** Singular unit from any written form ("centuries" → century). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/** Words that set a TIMEX3 mod when they open the expression ("early December" → START). */
export const POSITION_MODS: Record<string, string> = {
  early: 'START', 'the beginning of': 'START', 'the start of': 'START', 'the first half of': 'START',
  mid: 'MID', 'the middle of': 'MID', 'the middle': 'MID', late: 'END', 'the end of': 'END',
  'the second half of': 'END', 'the close of': 'END',
};
export const POSITION_MOD_RE =
  '(?<pos>early|late|mid|the (?:beginning|start|end|middle|close|first half|second half) of)[\\s-]+';

/** Words before an amount of time or a clock time that join it and set its mod ("about a month" → APPROX). */
export const QUANTITY_MODS: Array<[RegExp, string]> = [
  [/\b(?:about|around|approximately|roughly|some|close to)\s+$/i, 'APPROX'],
  [/\b(?:more than|longer than|upwards of)\s+$/i, 'MORE_THAN'],
  [/\b(?:less than|fewer than|shorter than|nearly|almost|just under)\s+$/i, 'LESS_THAN'],
  [/\bat least\s+$/i, 'EQUAL_OR_MORE'],
  [/\b(?:up to|at most|no more than)\s+$/i, 'EQUAL_OR_LESS'],
];
