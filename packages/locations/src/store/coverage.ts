import { type Db, preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { and, between, eq, isNull, sql } from 'drizzle-orm';
import { openingHours, presenceSlots, shifts, workers } from '../db/tables.ts';
import type { RoomWeek } from '../domain/coverage.ts';
import { datesOfWeek, weekStart } from '../domain/time.ts';
import { OPENING_COLUMNS, PRESENCE_COLUMNS, SHIFT_COLUMNS } from './coverage-columns.ts';

export interface CoverageRequest {
  roomId: string;
  /** Any day of the week. */
  date: string;
}

// The reads of coverage, built once per database (`preparedPerDatabase`); `roomIds` is an array.
const OPENING_OF_ROOMS = preparedPerDatabase((db) =>
  db
    .select(OPENING_COLUMNS)
    .from(openingHours)
    .where(sql`${openingHours.roomId} = any(${sql.placeholder('roomIds')})`)
    .prepare(UNNAMED),
);
const PRESENCE_OF_ROOMS = preparedPerDatabase((db) =>
  db
    .select(PRESENCE_COLUMNS)
    .from(presenceSlots)
    .where(sql`${presenceSlots.roomId} = any(${sql.placeholder('roomIds')})`)
    .prepare(UNNAMED),
);
/** The shifts of the rooms from `from` to `to` that are not cancelled, with the worker's role. */
const SHIFTS_OF_ROOMS = preparedPerDatabase((db) =>
  db
    .select(SHIFT_COLUMNS)
    .from(shifts)
    .innerJoin(workers, eq(workers.id, shifts.workerId))
    .where(
      and(
        sql`${shifts.roomId} = any(${sql.placeholder('roomIds')})`,
        between(shifts.date, sql.placeholder('from'), sql.placeholder('to')),
        isNull(shifts.cancelledAt),
      ),
    )
    .prepare(UNNAMED),
);

/**
 * What each room's coverage in a week is computed from, in the order asked: the rooms' opening
 * hours, their weekly presence and, one statement per distinct week, the shifts that are not
 * cancelled, however many rooms; all sent at once.
 */
export async function roomWeeks(db: Db, requests: readonly CoverageRequest[]): Promise<RoomWeek[]> {
  const roomIds = [...new Set(requests.map((request) => request.roomId))];
  const mondays = [...new Set(requests.map((request) => weekStart(request.date)))];
  const [opening, weekly, ...worked] = await Promise.all([
    OPENING_OF_ROOMS(db).execute({ roomIds }),
    PRESENCE_OF_ROOMS(db).execute({ roomIds }),
    ...mondays.map((monday) =>
      SHIFTS_OF_ROOMS(db).execute({ roomIds, from: monday, to: datesOfWeek(monday)[6]!.date }),
    ),
  ]);
  const openingOf = perRoom(roomIds, opening);
  const weeklyOf = perRoom(roomIds, weekly);
  const shiftsOf = new Map(mondays.map((monday, i) => [monday, perRoom(roomIds, worked[i]!)]));
  return requests.map(({ roomId, date }) => ({
    opening: openingOf.get(roomId)!,
    weekly: weeklyOf.get(roomId)!,
    shifts: shiftsOf.get(weekStart(date))!.get(roomId)!,
  }));
}

function perRoom<T extends { roomId: string }>(
  roomIds: readonly string[],
  rows: readonly T[],
): Map<string, T[]> {
  const groups = groupByIds(roomIds, rows, (row) => row.roomId);
  return new Map(roomIds.map((id, i) => [id, groups[i]!]));
}
