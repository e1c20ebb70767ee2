import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { and, asc, between, eq, inArray } from 'drizzle-orm';
import { openingHours, rooms, type ShiftRow, shifts, workers } from '../db/tables.ts';
import type { NewShift, ShiftFacts, ShiftInput } from '../domain/shift.ts';

export interface RosterRequest {
  roomId: string;
  from: string;
  to: string;
}

/**
 * Each room's shifts from one date to another, cancelled ones included, by date and time, in the
 * order asked: one statement per distinct date range, however many rooms.
 */
export async function shiftsOfRooms(db: Db, requests: readonly RosterRequest[]): Promise<ShiftRow[][]> {
  const rangeOf = (request: RosterRequest) => `${request.from}|${request.to}`;
  const results = new Map<string, ShiftRow[]>();
  for (const range of new Set(requests.map(rangeOf))) {
    const [from, to] = range.split('|') as [string, string];
    const roomIds = requests.filter((request) => rangeOf(request) === range).map((r) => r.roomId);
    const rows = await db
      .select()
      .from(shifts)
      .where(and(inArray(shifts.roomId, roomIds), between(shifts.date, from, to)))
      .orderBy(asc(shifts.date), asc(shifts.fromMinute), asc(shifts.id));
    for (const roomId of roomIds)
      results.set(
        `${roomId}|${range}`,
        rows.filter((row) => row.roomId === roomId),
      );
  }
  return requests.map((request) => results.get(`${request.roomId}|${rangeOf(request)}`) ?? []);
}

/**
 * What deciding on a new shift needs. Call it in a transaction: the worker's row is locked first, so
 * that two shifts for one worker sent at once are checked one after the other.
 */
export async function shiftFacts(tx: Db, input: ShiftInput): Promise<ShiftFacts> {
  const [worker] = await tx
    .select({ id: workers.id })
    .from(workers)
    .where(eq(workers.id, input.workerId))
    .for('update');
  const [room] = await tx.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, input.roomId));
  const opening = await tx
    .select({
      weekday: openingHours.weekday,
      fromMinute: openingHours.fromMinute,
      toMinute: openingHours.toMinute,
    })
    .from(openingHours)
    .where(eq(openingHours.roomId, input.roomId));
  const workerShiftsThatDay = await tx
    .select()
    .from(shifts)
    .where(and(eq(shifts.workerId, input.workerId), eq(shifts.date, input.date)));
  return { worker, room, openingHours: opening, workerShiftsThatDay };
}

export async function insertShift(db: Db, shift: NewShift): Promise<ShiftRow> {
  const [inserted] = await db
    .insert(shifts)
    .values({ ...shift, id: `shift-${randomUUID()}` })
    .returning();
  return inserted!;
}
