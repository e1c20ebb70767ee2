import { PROVENANCES } from '@mienskip/kit/rules';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { PRESENCE_ROLES, WORKER_ROLES } from '../domain/roles.ts';
import {
  BUILDING_TYPES,
  FACILITY_ITEMS,
  FACILITY_PERIODS,
  MOMENT_KINDS,
  ROOM_STATUSES,
} from '../domain/room.ts';
import { WEEKDAYS } from '../domain/time.ts';

/** The locations subgraph owns this PostgreSQL schema and reads no other. */
export const locations = pgSchema('locations');

export const areaKind = locations.enum('area_kind', ['GEBIED', 'WIJK', 'DORP']);
export const roomStatus = locations.enum('room_status', ROOM_STATUSES);
export const buildingType = locations.enum('building_type', BUILDING_TYPES);
export const weekday = locations.enum('weekday', WEEKDAYS);
export const presenceRole = locations.enum('presence_role', PRESENCE_ROLES);
export const workerRole = locations.enum('worker_role', WORKER_ROLES);
export const momentKind = locations.enum('moment_kind', MOMENT_KINDS);
export const facilityItem = locations.enum('facility_item', FACILITY_ITEMS);
export const facilityPeriod = locations.enum('facility_period', FACILITY_PERIODS);
/** Where a row comes from (see `Provenance`): the seed sets SOURCE or SYNTHETIC, the API leaves RECORDED. */
export const provenanceType = locations.enum('provenance', PROVENANCES);
const provenance = () => ({ provenance: provenanceType('provenance').notNull().default('RECORDED') });
export const activityKind = locations.enum('activity_kind', [
  'SOLLICITATIECLUB',
  'MAATJESTRAJECT',
  'WIJKACTIVITEIT',
  'FORMULIERENHULP',
  'SPREEKUUR',
  'GROENPROJECT',
  'ONTMOETING',
  'OTHER',
]);

/** Periods within a day are minutes since midnight, [from, to): the database refuses an empty one too. */
const period = () => ({
  fromMinute: smallint('from_minute').notNull(),
  toMinute: smallint('to_minute').notNull(),
});
const periodCheck = (name: string, table: { fromMinute: unknown; toMinute: unknown }) =>
  check(
    name,
    sql`${table.fromMinute} >= 0 and ${table.fromMinute} < ${table.toMinute} and ${table.toMinute} <= 1440`,
  );

export const areas = locations.table('areas', {
  ...provenance(),
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  kind: areaKind('kind').notNull(),
  population: integer('population'),
  profileSummary: text('profile_summary'),
  dominantProblems: text('dominant_problems').array().notNull().default(sql`'{}'::text[]`),
  facilities: text('facilities').array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const rooms = locations.table(
  'rooms',
  {
    ...provenance(),
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
  },
  (table) => [index('rooms_area_idx').on(table.areaId)],
);

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

export const openingHours = locations.table(
  'opening_hours',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    weekday: weekday('weekday').notNull(),
    ...period(),
  },
  (table) => [index('opening_hours_room_idx').on(table.roomId), periodCheck('opening_hours_period', table)],
);

export const roomMoments = locations.table(
  'room_moments',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    kind: momentKind('kind').notNull(),
    weekday: weekday('weekday').notNull(),
    ...period(),
    organisationId: text('organisation_id'),
    description: text('description'),
  },
  (table) => [index('room_moments_room_idx').on(table.roomId), periodCheck('room_moments_period', table)],
);

export const facilityAgreements = locations.table(
  'facility_agreements',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    item: facilityItem('item').notNull(),
    amountCents: bigint('amount_cents', { mode: 'bigint' }).notNull(),
    period: facilityPeriod('period').notNull(),
    description: text('description'),
  },
  (table) => [
    index('facility_agreements_room_idx').on(table.roomId),
    check('facility_amount', sql`${table.amountCents} >= 0`),
  ],
);

export const workers = locations.table(
  'workers',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    role: workerRole('role').notNull(),
    organisationId: text('organisation_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('workers_organisation_idx').on(table.organisationId)],
);

export const workerRooms = locations.table(
  'worker_rooms',
  {
    workerId: text('worker_id')
      .notNull()
      .references(() => workers.id),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
  },
  (table) => [
    primaryKey({ columns: [table.workerId, table.roomId] }),
    index('worker_rooms_room_idx').on(table.roomId),
  ],
);

export const presenceSlots = locations.table(
  'presence_slots',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    weekday: weekday('weekday').notNull(),
    ...period(),
    role: presenceRole('role').notNull(),
    organisationId: text('organisation_id'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('presence_slots_room_idx').on(table.roomId), periodCheck('presence_slots_period', table)],
);

export const shifts = locations.table(
  'shifts',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    workerId: text('worker_id')
      .notNull()
      .references(() => workers.id),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    date: date('date', { mode: 'string' }).notNull(),
    ...period(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('shifts_worker_date_idx').on(table.workerId, table.date),
    index('shifts_room_date_idx').on(table.roomId, table.date),
    periodCheck('shifts_period', table),
  ],
);

export const activities = locations.table(
  'activities',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    kind: activityKind('kind').notNull(),
    name: text('name').notNull(),
    schedule: text('schedule'),
    organisationId: text('organisation_id'),
  },
  (table) => [index('activities_room_idx').on(table.roomId)],
);

export const visitCounts = locations.table(
  'visit_counts',
  {
    ...provenance(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id),
    date: date('date', { mode: 'string' }).notNull(),
    visitors: integer('visitors').notNull().default(0),
    supportRequests: integer('support_requests').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.roomId, table.date] }),
    check('visit_counts_non_negative', sql`${table.visitors} >= 0 and ${table.supportRequests} >= 0`),
  ],
);

export type AreaRow = typeof areas.$inferSelect;
export type RoomRow = typeof rooms.$inferSelect;
export type WorkerRow = typeof workers.$inferSelect;
export type ShiftRow = typeof shifts.$inferSelect;
export type PresenceSlotRow = typeof presenceSlots.$inferSelect;
export type OpeningHoursRow = typeof openingHours.$inferSelect;
export type RoomMomentRow = typeof roomMoments.$inferSelect;
export type FacilityAgreementRow = typeof facilityAgreements.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
