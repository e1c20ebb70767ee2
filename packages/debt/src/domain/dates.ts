import { ValidationError } from '@mienskip/kit/rules';

/**
 * Days are ISO dates (`YYYY-MM-DD`), so that comparing the strings compares the days. A day of an
 * event lies on or after the day it follows and never in the future.
 */
export function dayRefusal(
  field: string,
  day: string,
  notBefore: { day: string; what: string } | null,
  today: string,
): ValidationError | null {
  if (day > today) return new ValidationError(field, `${day} lies in the future`);
  if (notBefore && day < notBefore.day)
    return new ValidationError(field, `${day} lies before ${notBefore.what} (${notBefore.day})`);
  return null;
}

const MS_PER_DAY = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}
