import { randomUUID } from 'node:crypto';
import { type Db, preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { and, eq, sql } from 'drizzle-orm';
import { type PresenceSlotRow, presenceSlots } from '../db/tables.ts';
import type { NewPresence } from '../domain/presence.ts';

/** A presence slot as the graph shows it: every column but when the row was written. */
export type PresenceSlotView = Omit<PresenceSlotRow, 'createdAt'>;

/** One slot in the JSON of `slotsOfRoom`, its columns in this order. */
type SlotTuple = [
  id: string,
  weekday: PresenceSlotView['weekday'],
  fromMinute: number,
  toMinute: number,
  role: PresenceSlotView['role'],
  organisationId: string | null,
  note: string | null,
  provenance: PresenceSlotView['provenance'],
];

/**
 * A room's slots as one JSON text, by weekday and time: thousands of rows cost PGlite far more to
 * hand over one by one than one JSON text per room costs to parse (issue 19: 909 rooms, 9,000 slots).
 */
const slotsOfRoom = sql<string>`json_agg(json_build_array(
  ${presenceSlots.id}, ${presenceSlots.weekday}, ${presenceSlots.fromMinute}, ${presenceSlots.toMinute},
  ${presenceSlots.role}, ${presenceSlots.organisationId}, ${presenceSlots.note}, ${presenceSlots.provenance}
) order by ${presenceSlots.weekday}, ${presenceSlots.fromMinute}, ${presenceSlots.id})::text`;

/** The slots of the rooms asked (`roomIds`), of one organisation only (`organisationId`) or of all; built once per database. */
function slotsOfRooms(ofOneOrganisation: boolean) {
  return preparedPerDatabase((db) =>
    db
      .select({ roomId: presenceSlots.roomId, slots: slotsOfRoom })
      .from(presenceSlots)
      .where(
        and(
          sql`${presenceSlots.roomId} = any(${sql.placeholder('roomIds')})`,
          ofOneOrganisation ? eq(presenceSlots.organisationId, sql.placeholder('organisationId')) : undefined,
        ),
      )
      .groupBy(presenceSlots.roomId)
      .prepare(UNNAMED),
  );
}

const SLOTS_OF_ALL = slotsOfRooms(false);
const SLOTS_OF_ONE_ORGANISATION = slotsOfRooms(true);

/**
 * The weekly presence of each room, by weekday and time, in the order the rooms were asked; only
 * `organisationId`'s presence when one is given. One statement, one row per room.
 */
export async function presenceOfRooms(
  db: Db,
  roomIds: readonly string[],
  organisationId: string | undefined,
): Promise<PresenceSlotView[][]> {
  const rows =
    organisationId === undefined
      ? await SLOTS_OF_ALL(db).execute({ roomIds: [...roomIds] })
      : await SLOTS_OF_ONE_ORGANISATION(db).execute({ roomIds: [...roomIds], organisationId });
  const byRoom = new Map(rows.map((row) => [row.roomId, row.slots]));
  return roomIds.map((roomId) => {
    const slots = byRoom.get(roomId);
    return slots === undefined ? [] : (JSON.parse(slots) as SlotTuple[]).map((slot) => slotOf(roomId, slot));
  });
}

function slotOf(
  roomId: string,
  [id, weekday, fromMinute, toMinute, role, organisationId, note, provenance]: SlotTuple,
): PresenceSlotView {
  return { id, roomId, weekday, fromMinute, toMinute, role, organisationId, note, provenance };
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
