import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  provenanceAfterChange,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { rooms } from '../../db/tables.ts';
import { orThrow } from '../../domain/decision.ts';
import { planNewRoom, planRoomChange, roomIdTaken } from '../../domain/room.ts';
import { findArea } from '../../store/areas.ts';
import { replaceRoomLists } from '../../store/room-lists.ts';
import { insertRoom } from '../../store/rooms.ts';
import { builder, WRITE } from '../builder.ts';
import { Weekday } from '../time.ts';
import { BuildingType, FacilityItem, FacilityPeriod, MomentKind, Room, RoomStatus } from './types.ts';

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

builder.mutationFields((t) => ({
  createRoom: t.field({
    type: Room,
    description: 'Add a buurt- or dorpskamer. Its id is made from its name (`room-<name>`).',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: CreateRoomInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const room = orThrow(planNewRoom(input, await findArea(db, input.areaId)));
      const created = await insertRoom(db, room);
      if (!created) throw roomIdTaken(room.id);
      return created;
    },
  }),
  updateRoom: t.field({
    type: Room,
    description: 'Change a room. Refused, changing nothing, when the version is not the current one.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: UpdateRoomInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const area = input.areaId ? await findArea(db, input.areaId) : undefined;
      const change = orThrow(planRoomChange(input, area));
      return db.transaction(async (tx) => {
        const before = await lockVersioned(tx, rooms, 'Room', input.id, input.version);
        const room = await updateVersioned(tx, rooms, input.id, {
          ...change.fields,
          provenance: provenanceAfterChange(before.provenance),
          updatedAt: new Date(),
        });
        await replaceRoomLists(tx, input.id, change);
        return room;
      });
    },
  }),
}));
