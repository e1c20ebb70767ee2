import { randomUUID } from 'node:crypto';
import { DomainError, NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { and, eq, isNull } from 'drizzle-orm';
import { openingHours, rooms, type ShiftRow, shifts, workers } from '../db/tables.ts';
import { checkPeriod, findOverlap, isWithinOpeningHours } from '../domain/rules.ts';
import { toMinutes, toTime, weekdayOf } from '../domain/time.ts';
import { builder, ErrorInterface, READ, WRITE } from './builder.ts';
import { from, to } from './common.ts';
import { Room } from './room.ts';
import { Worker } from './worker.ts';

export const Shift = builder.objectRef<ShiftRow>('Shift').implement({
  description: 'Dienst: a dated roster entry of one worker in one room.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    worker: t.field({
      type: Worker,
      description: 'Who works the shift.',
      resolve: (shift) => shift.workerId,
    }),
    room: t.field({ type: Room, description: 'Where.', resolve: (shift) => shift.roomId }),
    date: t.field({ type: 'Date', description: 'The day.', resolve: (shift) => shift.date }),
    from: t.field({ type: 'LocalTime', description: 'Start (inclusive).', resolve: from }),
    to: t.field({ type: 'LocalTime', description: 'End (exclusive).', resolve: to }),
    cancelled: t.boolean({
      description: 'Whether the shift was cancelled.',
      resolve: (shift) => shift.cancelledAt !== null,
    }),
    cancelledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was cancelled.',
      resolve: (s) => s.cancelledAt,
    }),
    cancelReason: t.exposeString('cancelReason', { nullable: true, description: 'Why it was cancelled.' }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; send it back with a change.',
    }),
  }),
});

/** The worker already has a shift that overlaps. */
export class ShiftOverlapError extends DomainError {
  override name = 'ShiftOverlapError';
  constructor(readonly conflictingShift: ShiftRow) {
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

builder.objectType(ShiftOverlapError, {
  name: 'ShiftOverlapError',
  description: 'A worker cannot work two shifts at once: the new shift overlaps one they already have.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    conflictingShift: t.field({
      type: Shift,
      description: 'The shift it overlaps.',
      resolve: (e) => e.conflictingShift,
    }),
  }),
});

builder.objectType(OutsideOpeningHoursError, {
  name: 'OutsideOpeningHoursError',
  description: "A shift must lie within the room's opening hours on its day.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    room: t.field({ type: Room, description: 'The room.', resolve: (e) => e.roomId }),
    date: t.field({ type: 'Date', description: 'The day of the shift.', resolve: (e) => e.date }),
  }),
});

const AddShiftInput = builder.inputType('AddShiftInput', {
  description: 'A shift to put on the roster.',
  fields: (t) => ({
    workerId: t.id({ required: true, description: 'Who works it.' }),
    roomId: t.id({ required: true, description: 'Where.' }),
    date: t.field({ type: 'Date', required: true, description: 'The day.' }),
    from: t.field({ type: 'LocalTime', required: true, description: 'Start (inclusive).' }),
    to: t.field({ type: 'LocalTime', required: true, description: 'End (exclusive), after the start.' }),
  }),
});

const CancelShiftInput = builder.inputType('CancelShiftInput', {
  description: 'A shift to cancel.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The shift.' }),
    version: t.int({
      required: true,
      description: 'The version you read; a newer one means someone else changed it.',
    }),
    reason: t.string({ required: true, description: 'Why it is cancelled.' }),
  }),
});

builder.mutationFields((t) => ({
  addShift: t.field({
    type: Shift,
    description:
      "Put a worker on the roster of a room. Refused when the end is not after the start, when the room is not open for the whole shift, or when it overlaps the worker's other shifts.",
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, OutsideOpeningHoursError, ShiftOverlapError] },
    args: { input: t.arg({ type: AddShiftInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const period = { from: toMinutes(input.from), to: toMinutes(input.to) };
      const breach = checkPeriod(period);
      if (breach) throw new ValidationError(breach.field, breach.message);
      const workerId = String(input.workerId);
      const roomId = String(input.roomId);
      return db.transaction(async (tx) => {
        // Lock the worker: two shifts for one worker added at once are checked one after the other.
        const [worker] = await tx
          .select({ id: workers.id })
          .from(workers)
          .where(eq(workers.id, workerId))
          .for('update');
        if (!worker) throw new NotFoundError('Worker', workerId);
        const [room] = await tx.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, roomId));
        if (!room) throw new NotFoundError('Room', roomId);
        const open = await tx
          .select({ from: openingHours.fromMinute, to: openingHours.toMinute })
          .from(openingHours)
          .where(and(eq(openingHours.roomId, roomId), eq(openingHours.weekday, weekdayOf(input.date))));
        if (!isWithinOpeningHours(period, open)) throw new OutsideOpeningHoursError(roomId, input.date);
        const sameDay = await tx
          .select()
          .from(shifts)
          .where(and(eq(shifts.workerId, workerId), eq(shifts.date, input.date), isNull(shifts.cancelledAt)));
        const clash = findOverlap(
          period,
          sameDay.map((shift) => ({ ...shift, from: shift.fromMinute, to: shift.toMinute })),
        );
        if (clash) throw new ShiftOverlapError(clash);
        const [shift] = await tx
          .insert(shifts)
          .values({
            id: `shift-${randomUUID()}`,
            workerId,
            roomId,
            date: input.date,
            fromMinute: period.from,
            toMinute: period.to,
          })
          .returning();
        return shift!;
      });
    },
  }),
  cancelShift: t.field({
    type: Shift,
    description: 'Cancel a shift; it stays on the roster as cancelled.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: CancelShiftInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const reason = input.reason.trim();
      if (!reason) throw new ValidationError('reason', 'Say why the shift is cancelled');
      const id = String(input.id);
      const [updated] = await db
        .update(shifts)
        .set({ cancelledAt: new Date(), cancelReason: reason, version: input.version + 1 })
        .where(and(eq(shifts.id, id), eq(shifts.version, input.version), isNull(shifts.cancelledAt)))
        .returning();
      if (updated) return updated;
      const [current] = await db.select().from(shifts).where(eq(shifts.id, id));
      if (!current) throw new NotFoundError('Shift', id);
      if (current.version !== input.version)
        throw new VersionConflictError('Shift', id, input.version, current.version);
      throw new ValidationError('id', 'The shift is already cancelled');
    },
  }),
}));
