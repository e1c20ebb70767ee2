// Weeks as the graph counts them: ISO weeks, Monday first, named by their Monday (`YYYY-MM-DD`).
// Calendar dates only: the arithmetic runs in UTC so that no time zone or summer time shifts a day.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The Monday of the week the seeded roster plans (shifts exist for this week only). */
export const SEEDED_WEEK = '2021-01-04';

function parse(date: string): Date | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  // 2021-02-30 rolls over to March: not a date.
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day ? parsed : undefined;
}

const format = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday of the week holding `date` (`YYYY-MM-DD`); undefined when it is no calendar date. */
export function mondayOf(date: string): string | undefined {
  const parsed = parse(date);
  if (!parsed) return undefined;
  const sinceMonday = (parsed.getUTCDay() + 6) % 7;
  return format(new Date(parsed.getTime() - sinceMonday * DAY_MS));
}

/** The date `weeks` weeks after `date` (before, when negative). */
export function addWeeks(date: string, weeks: number): string {
  const parsed = parse(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  return format(new Date(parsed.getTime() + weeks * 7 * DAY_MS));
}

/** Today in the user's own time zone, as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The ISO week number and its year, e.g. `{ year: 2020, week: 53 }` for 2021-01-01. */
export function isoWeek(date: string): { year: number; week: number } {
  const monday = parse(mondayOf(date) ?? '');
  if (!monday) throw new Error(`Not a date: ${date}`);
  // The week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** "4 January 2021" (English month names, no locale data needed). */
export function longDate(date: string): string {
  const parsed = parse(date);
  if (!parsed) return date;
  return parsed.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Tue 5 Jan". */
export function shortDate(date: string): string {
  const parsed = parse(date);
  if (!parsed) return date;
  return parsed.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
