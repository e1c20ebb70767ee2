import { type Db, preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type AreaRow, areas, type RoomRow, roomOrganisations, rooms } from '../db/tables.ts';
import type { NewRoom, RoomStatus } from '../domain/room.ts';
import { byName } from './order.ts';
import { insertOpeningHours } from './room-lists.ts';

/**
 * The rooms, by name, each with its area, with the filters given (as placeholders); built once per
 * database and filter set.
 */
function roomList(byArea: boolean, byStatus: boolean) {
  return preparedPerDatabase((db) => {
    const filters: SQL[] = [];
    if (byArea) filters.push(eq(rooms.areaId, sql.placeholder('areaId')));
    if (byStatus) filters.push(eq(rooms.status, sql.placeholder('status')));
    return db
      .select({ room: rooms, area: areas })
      .from(rooms)
      .innerJoin(areas, eq(areas.id, rooms.areaId))
      .where(and(...filters))
      .orderBy(byName(rooms.name))
      .prepare(UNNAMED);
  });
}

const ROOM_LISTS = [
  roomList(false, false),
  roomList(true, false),
  roomList(false, true),
  roomList(true, true),
];

/**
 * The rooms, by name, optionally only those in one area or with one status, each with its area: a
 * room list nearly always shows the area, and one statement answers both.
 */
export function listRooms(
  db: Db,
  filter: { areaId?: string | null; status?: RoomStatus | null },
): Promise<{ room: RoomRow; area: AreaRow }[]> {
  const list = ROOM_LISTS[(filter.areaId ? 1 : 0) + (filter.status ? 2 : 0)]!;
  return list(db).execute({ areaId: filter.areaId, status: filter.status });
}

/** The rooms of each area, by name, in the order the areas were asked. */
export async function roomsOfAreas(db: Db, areaIds: readonly string[]): Promise<RoomRow[][]> {
  const rows = await db
    .select()
    .from(rooms)
    .where(inArray(rooms.areaId, [...areaIds]))
    .orderBy(byName(rooms.name));
  return groupByIds(areaIds, rows, (row) => row.areaId);
}

const ORGANISATIONS_OF_ROOMS = preparedPerDatabase((db) =>
  db
    .select()
    .from(roomOrganisations)
    .where(sql`${roomOrganisations.roomId} = any(${sql.placeholder('roomIds')})`)
    .orderBy(asc(roomOrganisations.organisationId))
    .prepare(UNNAMED),
);

/** The ids of the organisations present in each room, in the order the rooms were asked. */
export async function organisationIdsOfRooms(db: Db, roomIds: readonly string[]): Promise<string[][]> {
  const rows = await ORGANISATIONS_OF_ROOMS(db).execute({ roomIds: [...roomIds] });
  return groupByIds(roomIds, rows, (row) => row.roomId).map((group) =>
    group.map((row) => row.organisationId),
  );
}

/** The room, when it exists. */
export async function findRoom(db: Db, id: string): Promise<{ id: string } | undefined> {
  const [room] = await db.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, id));
  return room;
}

/** Which of these ids are rooms (no statement for none). */
export async function existingRoomIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({ id: rooms.id })
    .from(rooms)
    .where(inArray(rooms.id, [...ids]));
  return found.map((room) => room.id);
}

/** Inserts a room with its opening hours; undefined, inserting nothing, when its id is taken. */
export function insertRoom(db: Db, room: NewRoom): Promise<RoomRow | undefined> {
  const { openingHours, ...fields } = room;
  return db.transaction(async (tx) => {
    const [inserted] = await tx.insert(rooms).values(fields).onConflictDoNothing().returning();
    if (inserted) await insertOpeningHours(tx, inserted.id, openingHours);
    return inserted;
  });
}
