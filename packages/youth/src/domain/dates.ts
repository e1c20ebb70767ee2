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

/** A free text a person wrote: trimmed, 1 to `max` characters. */
export function textRefusal(field: string, text: string, max: number): ValidationError | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return new ValidationError(field, 'Write something');
  if (trimmed.length > max) return new ValidationError(field, `At most ${max} characters`);
  return null;
}
