import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type PresenceSlotRow, presenceSlots } from '../db/tables.ts';
import type { NewPresence } from '../domain/presence.ts';

/**
 * The weekly presence of each room, by weekday and time, in the order the rooms were asked; only
 * `organisationId`'s presence when one is given.
 */
export async function presenceOfRooms(
  db: Db,
  roomIds: readonly string[],
  organisationId: string | undefined,
): Promise<PresenceSlotRow[][]> {
  const rows = await db
    .select()
    .from(presenceSlots)
    .where(
      and(
        inArray(presenceSlots.roomId, [...roomIds]),
        organisationId === undefined ? undefined : eq(presenceSlots.organisationId, organisationId),
      ),
    )
    .orderBy(asc(presenceSlots.weekday), asc(presenceSlots.fromMinute), asc(presenceSlots.id));
  return groupByIds(roomIds, rows, (row) => row.roomId);
}

export async function insertPresence(db: Db, presence: NewPresence): Promise<PresenceSlotRow> {
  const [slot] = await db
    .insert(presenceSlots)
    .values({ ...presence, id: `presence-${randomUUID()}` })
    .returning();
  return slot!;
}

/** Deletes a presence slot; the slot as it was, or undefined when there was none. */
export async function deletePresence(db: Db, id: string): Promise<PresenceSlotRow | undefined> {
  const [slot] = await db.delete(presenceSlots).where(eq(presenceSlots.id, id)).returning();
  return slot;
}
