import { type Interval, overlaps } from './intervals.ts';
import { toMinutes, type Weekday } from './time.ts';

/** A rule an input breaks: the input field and a message for people. */
export interface RuleBreach {
  field: string;
  message: string;
}

/** A period within a day as the API sends it: two LocalTimes, "HH:MM". */
export interface TimeRange {
  from: string;
  to: string;
}

/** A stored period within a day: minutes since midnight, [fromMinute, toMinute). */
export interface MinuteRange {
  fromMinute: number;
  toMinute: number;
}

/** A weekly period on one weekday, as stored. */
export interface WeeklyPeriod extends MinuteRange {
  weekday: Weekday;
}

/** "09:00"–"12:30" as minutes, for the interval rules. */
export function minutesOf(range: TimeRange): Interval {
  return { from: toMinutes(range.from), to: toMinutes(range.to) };
}

/** A stored period as an interval. */
export function intervalOf(range: MinuteRange): Interval {
  return { from: range.fromMinute, to: range.toMinute };
}

/** BR-LO3: a period (opening period, moment, presence slot, shift) ends after it starts. */
export function checkPeriod(period: Interval, field = 'to'): RuleBreach | null {
  return period.from < period.to ? null : { field, message: 'The end must be after the start' };
}

/** BR-LO3: opening periods of one weekday may not overlap (touching is fine). */
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
