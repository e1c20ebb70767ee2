import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import {
  checkName,
  NotFoundError,
  readableId,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { and, eq, sql } from 'drizzle-orm';
import { areas, facilityAgreements, openingHours, roomMoments, rooms } from '../db/tables.ts';
import { checkOpeningHours, checkPeriod } from '../domain/rules.ts';
import { toMinutes } from '../domain/time.ts';
import { builder, WRITE } from './builder.ts';
import { Weekday } from './common.ts';
import { BuildingType, Room, RoomStatus } from './room.ts';
import { FacilityItem, FacilityPeriod, MomentKind } from './room-schedule.ts';

const OpeningPeriodInput = builder.inputType('OpeningPeriodInput', {
  description: 'A period on a weekday in which the room is open.',
  fields: (t) => ({
    weekday: t.field({ type: Weekday, required: true, description: 'The day of the week.' }),
    from: t.field({ type: 'LocalTime', required: true, description: 'Opens (inclusive).' }),
    to: t.field({ type: 'LocalTime', required: true, description: 'Closes (exclusive), after it opens.' }),
  }),
});

const RoomMomentInput = builder.inputType('RoomMomentInput', {
  description: 'A fixed weekly drop-in or consultation moment.',
  fields: (t) => ({
    kind: t.field({ type: MomentKind, required: true, description: 'Drop-in or consultation.' }),
    weekday: t.field({ type: Weekday, required: true, description: 'The day of the week.' }),
    from: t.field({ type: 'LocalTime', required: true, description: 'Start (inclusive).' }),
    to: t.field({ type: 'LocalTime', required: true, description: 'End (exclusive).' }),
    organisationId: t.id({ description: 'Who holds the moment.' }),
    description: t.string({ description: 'What happens.' }),
  }),
});

const FacilityAgreementInput = builder.inputType('FacilityAgreementInput', {
  description: 'A compensation agreed with the location.',
  fields: (t) => ({
    item: t.field({ type: FacilityItem, required: true, description: 'What is compensated.' }),
    amount: t.field({ type: 'Money', required: true, description: 'The amount in euros, not negative.' }),
    period: t.field({ type: FacilityPeriod, required: true, description: 'The period the amount is for.' }),
    description: t.string({ description: 'Free-text remark.' }),
  }),
});

const CreateRoomInput = builder.inputType('CreateRoomInput', {
  description: 'A new buurt- or dorpskamer.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name of the room or its building.' }),
    areaId: t.id({ required: true, description: 'The area it serves.' }),
    buildingType: t.field({ type: BuildingType, required: true, description: 'The kind of building.' }),
    status: t.field({ type: RoomStatus, description: 'Where it stands; PLANNED when left out.' }),
    statusNote: t.string({ description: 'Free-text remark on the status.' }),
    address: t.string({ description: 'Street and/or place.' }),
    openingHours: t.field({ type: [OpeningPeriodInput], description: 'When it is open.' }),
  }),
});

const UpdateRoomInput = builder.inputType('UpdateRoomInput', {
  description: 'Changes to a room. Fields left out stay as they are; lists given replace the old list whole.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The room.' }),
    version: t.int({
      required: true,
      description: 'The version you read; a newer one means someone else changed it.',
    }),
    name: t.string({ description: 'New name.' }),
    areaId: t.id({ description: 'New area.' }),
    buildingType: t.field({ type: BuildingType, description: 'New building type.' }),
    status: t.field({ type: RoomStatus, description: 'New status.' }),
    statusNote: t.string({ description: 'New remark on the status.' }),
    address: t.string({ description: 'New address.' }),
    openingHours: t.field({ type: [OpeningPeriodInput], description: 'The new opening hours.' }),
    moments: t.field({ type: [RoomMomentInput], description: 'The new inloop and spreekuur moments.' }),
    facilityAgreements: t.field({
      type: [FacilityAgreementInput],
      description: 'The new facility agreements.',
    }),
  }),
});

function openingRows(
  roomId: string,
  periods: readonly { weekday: (typeof Weekday)['$inferType']; from: string; to: string }[],
) {
  const rows = periods.map((p) => ({ weekday: p.weekday, from: toMinutes(p.from), to: toMinutes(p.to) }));
  const breach = checkOpeningHours(rows);
  if (breach) throw new ValidationError(breach.field, breach.message);
  return rows.map((p, i) => ({
    id: `${roomId}-open-${randomUUID().slice(0, 8)}-${i}`,
    roomId,
    weekday: p.weekday,
    fromMinute: p.from,
    toMinute: p.to,
  }));
}

async function requireArea(db: Db, areaId: string): Promise<void> {
  const [area] = await db.select({ id: areas.id }).from(areas).where(eq(areas.id, areaId));
  if (!area) throw new NotFoundError('Area', areaId);
}

builder.mutationFields((t) => ({
  createRoom: t.field({
    type: Room,
    description: 'Add a buurt- or dorpskamer. Its id is made from its name (`room-<name>`).',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: CreateRoomInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const name = checkName(input.name)!;
      const id = readableId('room', name);
      const opening = openingRows(id, input.openingHours ?? []);
      await requireArea(db, String(input.areaId));
      return db.transaction(async (tx) => {
        const [room] = await tx
          .insert(rooms)
          .values({
            id,
            name,
            areaId: String(input.areaId),
            buildingType: input.buildingType,
            status: input.status ?? 'PLANNED',
            statusNote: input.statusNote ?? null,
            address: input.address ?? null,
          })
          .onConflictDoNothing()
          .returning();
        if (!room) throw new ValidationError('name', `A room with id "${id}" already exists`);
        if (opening.length) await tx.insert(openingHours).values(opening);
        return room;
      });
    },
  }),
  updateRoom: t.field({
    type: Room,
    description: 'Change a room. Refused, changing nothing, when the version is not the current one.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: UpdateRoomInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const id = String(input.id);
      const name = checkName(input.name);
      const opening = input.openingHours ? openingRows(id, input.openingHours) : undefined;
      const moments = input.moments?.map((m, i) => {
        const period = { from: toMinutes(m.from), to: toMinutes(m.to) };
        const breach = checkPeriod(period, `moments.${i}.to`);
        if (breach) throw new ValidationError(breach.field, breach.message);
        return {
          id: `${id}-moment-${randomUUID().slice(0, 8)}`,
          roomId: id,
          kind: m.kind,
          weekday: m.weekday,
          fromMinute: period.from,
          toMinute: period.to,
          organisationId: m.organisationId ? String(m.organisationId) : null,
          description: m.description ?? null,
        };
      });
      const facilities = input.facilityAgreements?.map((f, i) => {
        if (f.amount < 0n)
          throw new ValidationError(`facilityAgreements.${i}.amount`, 'An amount cannot be negative');
        return {
          id: `${id}-facility-${randomUUID().slice(0, 8)}`,
          roomId: id,
          item: f.item,
          amountCents: f.amount,
          period: f.period,
          description: f.description ?? null,
        };
      });
      if (input.areaId) await requireArea(db, String(input.areaId));
      return db.transaction(async (tx) => {
        const [room] = await tx
          .update(rooms)
          .set({
            ...(name && { name }),
            ...(input.areaId && { areaId: String(input.areaId) }),
            ...(input.buildingType && { buildingType: input.buildingType }),
            ...(input.status && { status: input.status }),
            ...(input.statusNote !== undefined && { statusNote: input.statusNote }),
            ...(input.address !== undefined && { address: input.address }),
            version: sql`${rooms.version} + 1`,
            updatedAt: new Date(),
          })
          .where(and(eq(rooms.id, id), eq(rooms.version, input.version)))
          .returning();
        if (!room) {
          const [current] = await tx.select({ version: rooms.version }).from(rooms).where(eq(rooms.id, id));
          if (!current) throw new NotFoundError('Room', id);
          throw new VersionConflictError('Room', id, input.version, current.version);
        }
        if (opening) {
          await tx.delete(openingHours).where(eq(openingHours.roomId, id));
          if (opening.length) await tx.insert(openingHours).values(opening);
        }
        if (moments) {
          await tx.delete(roomMoments).where(eq(roomMoments.roomId, id));
          if (moments.length) await tx.insert(roomMoments).values(moments);
        }
        if (facilities) {
          await tx.delete(facilityAgreements).where(eq(facilityAgreements.roomId, id));
          if (facilities.length) await tx.insert(facilityAgreements).values(facilities);
        }
        return room;
      });
    },
  }),
}));
