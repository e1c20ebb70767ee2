import type { Db } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { and, between, eq, inArray, isNull } from 'drizzle-orm';
import { openingHours, presenceSlots, shifts, workers } from '../db/tables.ts';
import type { RoomWeek } from '../domain/coverage.ts';
import { datesOfWeek } from '../domain/time.ts';

export interface CoverageRequest {
  roomId: string;
  /** Any day of the week. */
  date: string;
}

/**
 * What each room's coverage in a week is computed from, in the order asked: the rooms' opening
 * hours and weekly presence in two statements, and one statement per distinct week for the shifts
 * that are not cancelled, however many rooms.
 */
export async function roomWeeks(db: Db, requests: readonly CoverageRequest[]): Promise<RoomWeek[]> {
  const roomIds = [...new Set(requests.map((request) => request.roomId))];
  const [opening, weekly] = await Promise.all([
    db
      .select({
        roomId: openingHours.roomId,
        weekday: openingHours.weekday,
        from: openingHours.fromMinute,
        to: openingHours.toMinute,
      })
      .from(openingHours)
      .where(inArray(openingHours.roomId, roomIds)),
    db
      .select({
        roomId: presenceSlots.roomId,
        weekday: presenceSlots.weekday,
        from: presenceSlots.fromMinute,
        to: presenceSlots.toMinute,
        role: presenceSlots.role,
      })
      .from(presenceSlots)
      .where(inArray(presenceSlots.roomId, roomIds)),
  ]);
  const openingOf = perRoom(roomIds, opening);
  const weeklyOf = perRoom(roomIds, weekly);
  const shiftsOf = new Map<string, Map<string, RoomWeek['shifts']>>();
  for (const date of new Set(requests.map((request) => request.date))) {
    const days = datesOfWeek(date);
    const worked = await db
      .select({
        roomId: shifts.roomId,
        date: shifts.date,
        from: shifts.fromMinute,
        to: shifts.toMinute,
        workerRole: workers.role,
      })
      .from(shifts)
      .innerJoin(workers, eq(workers.id, shifts.workerId))
      .where(
        and(
          inArray(shifts.roomId, roomIds),
          between(shifts.date, days[0]!.date, days[6]!.date),
          isNull(shifts.cancelledAt),
        ),
      );
    shiftsOf.set(date, perRoom(roomIds, worked));
  }
  return requests.map(({ roomId, date }) => ({
    opening: openingOf.get(roomId)!,
    weekly: weeklyOf.get(roomId)!,
    shifts: shiftsOf.get(date)!.get(roomId)!,
  }));
}

function perRoom<T extends { roomId: string }>(
  roomIds: readonly string[],
  rows: readonly T[],
): Map<string, T[]> {
  const groups = groupByIds(roomIds, rows, (row) => row.roomId);
  return new Map(roomIds.map((id, i) => [id, groups[i]!]));
}
