import { type Db, preparedPerDatabase, qualified, UNNAMED } from '@mienskip/kit/db';
import { groupByIds } from '@mienskip/kit/schema';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type AreaRow, areas, type RoomRow, roomOrganisations, rooms } from '../db/tables.ts';
import type { NewRoom, RoomStatus } from '../domain/room.ts';
import { byName } from './order.ts';
import { insertOpeningHours } from './room-lists.ts';

/** The ids of the organisations present in the room of the row, in id order, as a column of the room list. */
const ORGANISATION_IDS = sql<string[]>`array(select ${qualified(roomOrganisations.organisationId)}
  from ${roomOrganisations} where ${qualified(roomOrganisations.roomId)} = ${qualified(rooms.id)}
  order by ${qualified(roomOrganisations.organisationId)})`;

/**
 * The rooms, by name, each with its area (and the ids of its organisations when asked), with the
 * filters given (as placeholders); built once per database and variant.
 */
function roomList(byArea: boolean, byStatus: boolean, withOrganisations: boolean) {
  return preparedPerDatabase((db) => {
    const filters: SQL[] = [];
    if (byArea) filters.push(eq(rooms.areaId, sql.placeholder('areaId')));
    if (byStatus) filters.push(eq(rooms.status, sql.placeholder('status')));
    return db
      .select({ room: rooms, area: areas, ...(withOrganisations && { organisationIds: ORGANISATION_IDS }) })
      .from(rooms)
      .innerJoin(areas, eq(areas.id, rooms.areaId))
      .where(and(...filters))
      .orderBy(byName(rooms.name))
      .prepare(UNNAMED);
  });
}

const ROOM_LISTS = [false, true].flatMap((withOrganisations) => [
  roomList(false, false, withOrganisations),
  roomList(true, false, withOrganisations),
  roomList(false, true, withOrganisations),
  roomList(true, true, withOrganisations),
]);

export interface ListedRoom {
  room: RoomRow;
  area: AreaRow;
  /** Only when asked for (`withOrganisations`). */
  organisationIds?: string[];
}

/**
 * The rooms, by name, optionally only those in one area or with one status, each with its area and,
 * when asked, the ids of its organisations: a room list nearly always shows the area, and one
 * statement answers all three (issue 19).
 */
export function listRooms(
  db: Db,
  filter: { areaId?: string | null; status?: RoomStatus | null },
  withOrganisations = false,
): Promise<ListedRoom[]> {
  const variant = (filter.areaId ? 1 : 0) + (filter.status ? 2 : 0) + (withOrganisations ? 4 : 0);
  return ROOM_LISTS[variant]!(db).execute({ areaId: filter.areaId, status: filter.status });
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
