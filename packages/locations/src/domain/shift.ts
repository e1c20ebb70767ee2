import { DomainError, NotFoundError, type Provenance, ValidationError } from '@mienskip/kit/rules';
import { type Decision, refusalOf } from './decision.ts';
import { type Interval, overlaps, union, within } from './intervals.ts';
import {
  checkPeriod,
  intervalOf,
  type MinuteRange,
  minutesOf,
  type TimeRange,
  type WeeklyPeriod,
} from './periods.ts';
import { toTime, weekdayOf } from './time.ts';

/** A shift (dienst) on the roster, as stored. */
export interface ShiftRecord extends MinuteRange {
  id: string;
  workerId: string;
  roomId: string;
  date: string;
  cancelledAt: Date | null;
  cancelReason: string | null;
  version: number;
  /** Seeded (SYNTHETIC) or added through the API (RECORDED). */
  provenance: Provenance;
}

/** The worker already has a shift that overlaps. */
export class ShiftOverlapError extends DomainError {
  override name = 'ShiftOverlapError';
  constructor(readonly conflictingShift: ShiftRecord) {
    super(
      `The worker already has a shift on ${conflictingShift.date} from ${toTime(conflictingShift.fromMinute)} to ${toTime(conflictingShift.toMinute)}`,
    );
  }
}

/** The shift falls (partly) outside the room's opening hours on that day. */
export class OutsideOpeningHoursError extends DomainError {
  override name = 'OutsideOpeningHoursError';
  constructor(
    readonly roomId: string,
    readonly date: string,
  ) {
    super(`The room is not open for the whole shift on ${date} (${weekdayOf(date).toLowerCase()})`);
  }
}

/** BR-LO1: a shift must lie inside the room's opening hours of that day. */
export function isWithinOpeningHours(shift: Interval, opening: readonly Interval[]): boolean {
  return within(shift, union(opening));
}

/** BR-LO2: the first of a worker's other shifts that day that overlaps this one, if any. */
export function findOverlap<T extends Interval>(shift: Interval, others: readonly T[]): T | undefined {
  return others.find((other) => overlaps(shift, other));
}

export interface ShiftInput extends TimeRange {
  workerId: string;
  roomId: string;
  date: string;
}

/** What deciding on a new shift needs to know, looked up with the worker's row locked. */
export interface ShiftFacts {
  worker: { id: string } | undefined;
  room: { id: string } | undefined;
  /** The room's opening periods, every weekday. */
  openingHours: readonly WeeklyPeriod[];
  /** The worker's shifts on the shift's date, in any room, cancelled ones included. */
  workerShiftsThatDay: readonly ShiftRecord[];
}

export interface NewShift extends MinuteRange {
  workerId: string;
  roomId: string;
  date: string;
}

/**
 * A shift on the roster: it ends after it starts (BR-LO3), the worker and the room exist, the room is
 * open for the whole shift that day (BR-LO1) and the worker has no other shift then, in any room; a
 * cancelled shift frees its time (BR-LO2).
 */
export function planShift(input: ShiftInput, facts: ShiftFacts): Decision<NewShift> {
  const period = minutesOf(input);
  const breach = checkPeriod(period);
  if (breach) return refusalOf(breach);
  if (!facts.worker) return new NotFoundError('Worker', input.workerId);
  if (!facts.room) return new NotFoundError('Room', input.roomId);
  const weekday = weekdayOf(input.date);
  const open = facts.openingHours.filter((p) => p.weekday === weekday).map(intervalOf);
  if (!isWithinOpeningHours(period, open)) return new OutsideOpeningHoursError(input.roomId, input.date);
  const standing = facts.workerShiftsThatDay.filter((shift) => shift.cancelledAt === null);
  const clash = findOverlap(
    period,
    standing.map((shift) => ({ shift, ...intervalOf(shift) })),
  );
  if (clash) return new ShiftOverlapError(clash.shift);
  return {
    workerId: input.workerId,
    roomId: input.roomId,
    date: input.date,
    fromMinute: period.from,
    toMinute: period.to,
  };
}

/** A cancellation says why (BR-LO2): the reason, trimmed. */
export function cancellationReason(reason: string): Decision<string> {
  const trimmed = reason.trim();
  return trimmed || new ValidationError('reason', 'Say why the shift is cancelled');
}

export interface Cancellation {
  cancelledAt: Date;
  cancelReason: string;
}

/** A shift is cancelled once; it stays on the roster as cancelled, from `now`. */
export function planCancellation(shift: ShiftRecord, reason: string, now: Date): Decision<Cancellation> {
  if (shift.cancelledAt !== null) return new ValidationError('id', 'The shift is already cancelled');
  return { cancelledAt: now, cancelReason: reason };
}
