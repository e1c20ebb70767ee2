import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { shifts } from '../db/tables.ts';
import { orThrow } from '../domain/decision.ts';
import {
  cancellationReason,
  OutsideOpeningHoursError,
  planCancellation,
  planShift,
  ShiftOverlapError,
  type ShiftRecord,
} from '../domain/shift.ts';
import { insertShift, shiftFacts, shiftsOfRooms } from '../store/shifts.ts';
import { addProvenanceField, builder, ErrorInterface, READ, WRITE } from './builder.ts';
import { Room } from './room/types.ts';
import { from, requireDateRange, to } from './time.ts';
import { Worker } from './worker.ts';

const MAX_ROSTER_DAYS = 31;

export const Shift = builder.objectRef<ShiftRecord>('Shift').implement({
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

addProvenanceField(
  Shift,
  'Where this shift comes from: the seeded roster of the week of 4 January 2021 is SYNTHETIC (a cancelled seeded shift stays so), shifts added through `addShift` RECORDED.',
);

builder.objectField(Room, 'shifts', (t) =>
  t.loadableList({
    type: Shift,
    description: `The roster: shifts in this room from one date to another (at most ${MAX_ROSTER_DAYS} days), cancelled ones included.`,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day.' }),
    },
    // Keys are "roomId|from|to": one statement per distinct range in the operation.
    load: (keys: string[], { db }) =>
      shiftsOfRooms(
        db,
        keys.map((key) => {
          const [roomId, from, to] = key.split('|') as [string, string, string];
          return { roomId, from, to };
        }),
      ),
    resolve: (room, args) => {
      requireDateRange(args.from, args.to, MAX_ROSTER_DAYS, 'A roster'); // BR-LO6
      return `${room.id}|${args.from}|${args.to}`;
    },
  }),
);

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
    resolve: (_root, { input }, { db }) =>
      db.transaction(async (tx) => {
        const shift = orThrow(planShift(input, await shiftFacts(tx, input)));
        return insertShift(tx, shift);
      }),
  }),
  cancelShift: t.field({
    type: Shift,
    description: 'Cancel a shift; it stays on the roster as cancelled.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: CancelShiftInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const reason = orThrow(cancellationReason(input.reason));
      return db.transaction(async (tx) => {
        const shift = await lockVersioned(tx, shifts, 'Shift', input.id, input.version);
        const cancellation = orThrow(planCancellation(shift, reason, new Date()));
        return updateVersioned(tx, shifts, shift.id, cancellation);
      });
    },
  }),
}));
