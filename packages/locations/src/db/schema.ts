import { integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** The locations subgraph owns this PostgreSQL schema and reads no other. */
export const locations = pgSchema('locations');

export const areaKind = locations.enum('area_kind', ['GEBIED', 'WIJK', 'DORP']);

export const roomStatus = locations.enum('room_status', [
  'PLANNED',
  'IN_NEGOTIATION',
  'AGREEMENTS_DONE',
  'OPEN',
  'OPEN_MORNINGS_ONLY',
]);

export const buildingType = locations.enum('building_type', [
  'COMMUNITY_CENTRE',
  'WIJKTEAM_LOCATION',
  'DROP_IN_LOCATION',
  'SHOP',
  'FORMER_SCHOOL',
  'SPORTS_CANTEEN',
  'CARE_HOME_PART',
  'NEIGHBOURHOOD_ENTERPRISE',
  'OTHER',
]);

export const areas = locations.table('areas', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  kind: areaKind('kind').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const rooms = locations.table('rooms', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  areaId: text('area_id')
    .notNull()
    .references(() => areas.id),
  buildingType: buildingType('building_type').notNull(),
  status: roomStatus('status').notNull(),
  statusNote: text('status_note'),
  address: text('address'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Organisations (owned by the budget subgraph, referenced by id only) that agreed to be present in a room. */
export const roomOrganisations = locations.table(
  'room_organisations',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    organisationId: text('organisation_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.roomId, table.organisationId] })],
);

export type AreaRow = typeof areas.$inferSelect;
export type RoomRow = typeof rooms.$inferSelect;
