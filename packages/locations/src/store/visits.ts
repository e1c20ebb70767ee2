import type { Db } from '@mienskip/kit/db';
import type { Provenance } from '@mienskip/kit/rules';
import type { StatisticsGrid } from '@mienskip/kit/schema';
import { and, asc, between, eq, sql } from 'drizzle-orm';
import { rooms, visitCounts } from '../db/tables.ts';
import type { DayVisits } from '../domain/visits.ts';
import { byName } from './order.ts';

export interface RoomTotals {
  roomId: string;
  visitors: number;
  supportRequests: number;
  days: number;
  /** SYNTHETIC when any counted day is, otherwise RECORDED (see `combinedProvenance`). */
  provenance: Provenance;
}

const visitorsSum = sql<number>`coalesce(sum(${visitCounts.visitors}), 0)::int`;
const supportRequestsSum = sql<number>`coalesce(sum(${visitCounts.supportRequests}), 0)::int`;
const daysCounted = sql<number>`count(${visitCounts.date})::int`;
const anySynthetic = sql<Provenance>`case when coalesce(bool_or(${visitCounts.provenance} = 'SYNTHETIC'), false) then 'SYNTHETIC' else 'RECORDED' end`;

/**
 * One statement: every room of the area, by name, with its sums over the period (zero when nothing
 * was recorded). Empty for an area without rooms and for an unknown area alike.
 */
export function roomTotalsOfArea(db: Db, areaId: string, from: string, to: string): Promise<RoomTotals[]> {
  return db
    .select({
      roomId: rooms.id,
      visitors: visitorsSum,
      supportRequests: supportRequestsSum,
      days: daysCounted,
      provenance: anySynthetic,
    })
    .from(rooms)
    .leftJoin(visitCounts, and(eq(visitCounts.roomId, rooms.id), between(visitCounts.date, from, to)))
    .where(eq(rooms.areaId, areaId))
    .groupBy(rooms.id)
    .orderBy(byName(rooms.name));
}

/**
 * One statement for a whole statistics table: every room of the grid's areas in every period, by
 * name, with its sums over that period (zero when nothing was recorded), the same sums as
 * `roomTotalsOfArea` gives for one area and period. Awaited here: a drizzle query runs again on
 * every `await`, and the grid shares one answer among all its cells.
 */
export async function roomTotalsOfGrid(
  db: Db,
  grid: StatisticsGrid,
): Promise<(RoomTotals & { period: number; area: string | null })[]> {
  return await db
    .select({
      period: grid.periodIndex,
      area: grid.area(rooms.areaId),
      roomId: rooms.id,
      visitors: visitorsSum,
      supportRequests: supportRequestsSum,
      days: daysCounted,
      provenance: anySynthetic,
    })
    .from(rooms)
    .innerJoin(grid.periodTable, sql`true`)
    .leftJoin(visitCounts, and(eq(visitCounts.roomId, rooms.id), grid.holds(visitCounts.date)))
    .where(grid.inAreas(rooms.areaId))
    .groupBy(...grid.groupBy(rooms.areaId), rooms.id)
    .orderBy(grid.periodIndex, byName(rooms.name));
}

/** A room's recorded counts per day over a period, by date. */
export function visitsOfRoom(db: Db, roomId: string, from: string, to: string) {
  return db
    .select()
    .from(visitCounts)
    .where(and(eq(visitCounts.roomId, roomId), between(visitCounts.date, from, to)))
    .orderBy(asc(visitCounts.date));
}

/** Adds counts to the day's count in one statement, so that concurrent recordings never overwrite. */
export async function addVisits(db: Db, visits: DayVisits) {
  const [row] = await db
    .insert(visitCounts)
    .values(visits)
    .onConflictDoUpdate({
      target: [visitCounts.roomId, visitCounts.date],
      set: {
        visitors: sql`${visitCounts.visitors} + excluded.visitors`,
        supportRequests: sql`${visitCounts.supportRequests} + excluded.support_requests`,
      },
    })
    .returning();
  return row!;
}
