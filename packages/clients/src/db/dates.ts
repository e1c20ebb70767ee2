/**
 * Calendar dates as day numbers (days since 1970-01-01, UTC) for the synthetic seed: arithmetic on
 * integers, converted to ISO strings (`date` columns in string mode) only when a row is written.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The same calendar date `years` later (29 February falls back to 28 February). */
export function addYears(day: number, years: number): number {
  const date = new Date(day * MS_PER_DAY);
  const target = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
  if (target.getUTCMonth() !== date.getUTCMonth()) target.setUTCDate(0);
  return Math.round(target.getTime() / MS_PER_DAY);
}

/** Saturday and Sunday move to the next Monday: rooms, interviews and decisions run on workdays. */
export function workday(day: number): number {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday.
  if (weekday === 6) return day + 2;
  if (weekday === 0) return day + 1;
  return day;
}
