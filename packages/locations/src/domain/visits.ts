import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { type Decision, refusalOf } from './decision.ts';
import type { RuleBreach } from './periods.ts';

export const MAX_DAILY_COUNT = 100_000;

export interface VisitCounts {
  visitors: number;
  supportRequests: number;
}

/** BR-LO4: whole numbers, zero or more, not both zero, and plausible for one day. */
export function checkVisitCounts(input: VisitCounts): RuleBreach | null {
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

export interface DayVisits extends VisitCounts {
  roomId: string;
  date: string;
}

/**
 * Visits to add to a room's count of a day (BR-LO4): plausible counts, for `today` or a day before
 * it, in a room that exists. They add to what is recorded, so two recordings never overwrite.
 */
export function planVisits(
  input: DayVisits,
  today: string,
  room: { id: string } | undefined,
): Decision<DayVisits> {
  const breach = checkVisitCounts(input);
  if (breach) return refusalOf(breach);
  if (input.date > today) return new ValidationError('date', 'The day lies in the future');
  if (!room) return new NotFoundError('Room', input.roomId);
  return {
    roomId: input.roomId,
    date: input.date,
    visitors: input.visitors,
    supportRequests: input.supportRequests,
  };
}

/** The sum of one count over rooms, taken before the small-number rule rounds it (BR-KT1). */
export function totalOf(rooms: readonly VisitCounts[], count: keyof VisitCounts): number {
  return rooms.reduce((sum, room) => sum + room[count], 0);
}
