/**
 * Calendar arithmetic on plain days (UTC, no time zones): the few operations the normaliser needs,
 * each formatted as a TIMEX3 value of the granularity it resolves to.
 */
export interface Day {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const MS_PER_DAY = 86_400_000;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const toTime = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d);
const fromTime = (t: number): Day => {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

export const addDays = (day: Day, n: number): Day => fromTime(toTime(day) + n * MS_PER_DAY);

/** Month arithmetic clamps the day ("March 31" minus one month is "February 28"). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO weekday: Monday 1 … Sunday 7. */
export const weekday = (day: Day): number => ((new Date(toTime(day)).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week-numbering year and week ("2013-W12"). */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toTime(thursday) - toTime(jan1)) / MS_PER_DAY / 7) + 1;
  return { year: thursday.y, week };
}

export const compareDays = (a: Day, b: Day): number => toTime(a) - toTime(b);

export const fmtDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtYear = (y: number): string => pad(y, 4);
export function fmtWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}
export const quarterOf = (day: Day): number => Math.floor((day.m - 1) / 3) + 1;
