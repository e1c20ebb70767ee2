import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { asc, eq, inArray } from 'drizzle-orm';
import {
  type FacilityAgreementRow,
  facilityAgreements,
  type OpeningHoursRow,
  openingHours,
  type RoomMomentRow,
  roomMoments,
} from '../db/tables.ts';
import type { WeeklyPeriod } from '../domain/periods.ts';
import type { RoomChange } from '../domain/room.ts';

// The lists that belong to a room: its opening hours, moments and facility agreements.

/** A fresh id for a row of one of a room's lists. */
function partId(roomId: string, part: string): string {
  return `${roomId}-${part}-${randomUUID().slice(0, 8)}`;
}

export async function openingHoursOfRooms(db: Db, roomIds: readonly string[]): Promise<OpeningHoursRow[][]> {
  const rows = await db
    .select()
    .from(openingHours)
    .where(inArray(openingHours.roomId, [...roomIds]))
    .orderBy(asc(openingHours.fromMinute));
  return groupByIds(roomIds, rows, (row) => row.roomId);
}

export async function momentsOfRooms(db: Db, roomIds: readonly string[]): Promise<RoomMomentRow[][]> {
  const rows = await db
    .select()
    .from(roomMoments)
    .where(inArray(roomMoments.roomId, [...roomIds]))
    .orderBy(asc(roomMoments.id));
  return groupByIds(roomIds, rows, (row) => row.roomId);
}

export async function facilityAgreementsOfRooms(
  db: Db,
  roomIds: readonly string[],
): Promise<FacilityAgreementRow[][]> {
  const rows = await db
    .select()
    .from(facilityAgreements)
    .where(inArray(facilityAgreements.roomId, [...roomIds]))
    .orderBy(asc(facilityAgreements.id));
  return groupByIds(roomIds, rows, (row) => row.roomId);
}

export async function insertOpeningHours(db: Db, roomId: string, periods: readonly WeeklyPeriod[]) {
  if (periods.length === 0) return;
  await db
    .insert(openingHours)
    .values(periods.map((period, i) => ({ ...period, id: `${partId(roomId, 'open')}-${i}`, roomId })));
}

/** Replaces each list the change gives, whole; a list it leaves out stays as it is. */
export async function replaceRoomLists(db: Db, roomId: string, change: RoomChange): Promise<void> {
  if (change.openingHours) {
    await db.delete(openingHours).where(eq(openingHours.roomId, roomId));
    await insertOpeningHours(db, roomId, change.openingHours);
  }
  if (change.moments) {
    await db.delete(roomMoments).where(eq(roomMoments.roomId, roomId));
    const rows = change.moments.map((moment) => ({ ...moment, id: partId(roomId, 'moment'), roomId }));
    if (rows.length) await db.insert(roomMoments).values(rows);
  }
  if (change.facilityAgreements) {
    await db.delete(facilityAgreements).where(eq(facilityAgreements.roomId, roomId));
    const rows = change.facilityAgreements.map((f) => ({ ...f, id: partId(roomId, 'facility'), roomId }));
    if (rows.length) await db.insert(facilityAgreements).values(rows);
  }
}
