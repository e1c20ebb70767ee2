import type { Db } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { inArray } from 'drizzle-orm';
import { type ActivityRow, activities } from '../db/tables.ts';
import { byName } from './order.ts';

/** The activities in each room, by name, in the order the rooms were asked. */
export async function activitiesOfRooms(db: Db, roomIds: readonly string[]): Promise<ActivityRow[][]> {
  const rows = await db
    .select()
    .from(activities)
    .where(inArray(activities.roomId, [...roomIds]))
    .orderBy(byName(activities.name));
  return groupByIds(roomIds, rows, (row) => row.roomId);
}
