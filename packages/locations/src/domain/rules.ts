import { type Interval, overlaps, union, within } from './intervals.ts';

/** A rule an input breaks: the input field and a message for people. */
export interface RuleBreach {
  field: string;
  message: string;
}

export function checkPeriod(period: Interval, field = 'to'): RuleBreach | null {
  return period.from < period.to ? null : { field, message: 'The end must be after the start' };
}

/** Opening periods of one weekday may not overlap (touching is fine). */
export function checkOpeningHours(periods: readonly (Interval & { weekday: string })[]): RuleBreach | null {
  for (const [index, period] of periods.entries()) {
    const breach = checkPeriod(period, `openingHours.${index}.closes`);
    if (breach) return breach;
    const clash = periods.findIndex(
      (other, j) => j < index && other.weekday === period.weekday && overlaps(other, period),
    );
    if (clash >= 0) {
      return {
        field: `openingHours.${index}`,
        message: `Overlaps opening period ${clash + 1} on ${period.weekday}`,
      };
    }
  }
  return null;
}

/** A shift must lie inside the room's opening hours of that day. */
export function isWithinOpeningHours(shift: Interval, opening: readonly Interval[]): boolean {
  return within(shift, union(opening));
}

/** The first of a worker's other shifts that day that overlaps this one, if any. */
export function findOverlap<T extends Interval>(shift: Interval, others: readonly T[]): T | undefined {
  return others.find((other) => overlaps(shift, other));
}

export const MAX_DAILY_COUNT = 100_000;

export function checkVisitCounts(input: { visitors: number; supportRequests: number }): RuleBreach | null {
  for (const field of ['visitors', 'supportRequests'] as const) {
    const value = input[field];
    if (!Number.isInteger(value) || value < 0)
      return { field, message: 'A count is a whole number, zero or more' };
    if (value > MAX_DAILY_COUNT)
      return { field, message: `More than ${MAX_DAILY_COUNT} in one day is not plausible` };
  }
  if (input.visitors === 0 && input.supportRequests === 0) {
    return { field: 'visitors', message: 'Record at least one visitor or support request' };
  }
  return null;
}
