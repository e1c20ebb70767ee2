import { contextLoader, loadByIds, loadOrNull } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import {
  type FacilityAgreementRow,
  type OpeningHoursRow,
  type RoomMomentRow,
  type RoomRow,
  rooms,
} from '../../db/tables.ts';
import type {
  BuildingType as BuildingTypeValue,
  FacilityItem as FacilityItemValue,
  FacilityPeriod as FacilityPeriodValue,
  MomentKind as MomentKindValue,
  RoomStatus as RoomStatusValue,
} from '../../domain/room.ts';
import { facilityAgreementsOfRooms, momentsOfRooms, openingHoursOfRooms } from '../../store/room-lists.ts';
import { type ListedRoom, organisationIdsOfRooms, roomsOfAreas } from '../../store/rooms.ts';
import { Area } from '../area.ts';
import { addProvenanceField, builder, READ, READ_REFERENCE } from '../builder.ts';
import { OrganisationRef } from '../organisation.ts';
import { from, to, Weekday } from '../time.ts';

type Values<T extends string> = Record<T, { description: string }>;

/** The ids of the organisations present in each room: one statement for every room of an operation. */
const organisationIdsOf = contextLoader((roomIds: readonly string[], { db }: SubgraphContext) =>
  organisationIdsOfRooms(db, roomIds),
);

/** Hands a room list's organisation ids to the loader, so that `organisations` reads nothing more. */
export function primeOrganisationIds(context: SubgraphContext, listed: readonly ListedRoom[]): void {
  for (const { room, organisationIds } of listed)
    if (organisationIds) organisationIdsOf(context).prime(room.id, organisationIds);
}

export const RoomStatus = builder.enumType('RoomStatus', {
  description: 'Where a buurt- or dorpskamer stands in its growth model (groeimodel).',
  values: {
    PLANNED: { description: 'Gepland: foreseen, no agreements yet.' },
    IN_NEGOTIATION: { description: 'In overleg: agreements with the location are being made.' },
    AGREEMENTS_DONE: {
      description: 'Afspraken rond: agreements on presence, moments and facilities are made.',
    },
    OPEN: { description: 'Open: residents can walk in.' },
    OPEN_MORNINGS_ONLY: {
      description: "Alleen 's ochtends open: open in the mornings, an afternoon place is sought.",
    },
  } satisfies Values<RoomStatusValue>,
});

export const BuildingType = builder.enumType('BuildingType', {
  description: 'The kind of building a room is in (locatietype).',
  values: {
    COMMUNITY_CENTRE: { description: 'Wijk- of buurthuis, multifunctioneel centrum (MFC).' },
    WIJKTEAM_LOCATION: { description: 'Huidige wijkteamlocatie.' },
    DROP_IN_LOCATION: { description: 'Inloop- of dagbestedingslocatie.' },
    SHOP: { description: 'Winkelpand.' },
    FORMER_SCHOOL: { description: 'Voormalige school.' },
    SPORTS_CANTEEN: { description: 'Sportkantine.' },
    CARE_HOME_PART: { description: 'Deel van een verzorgingshuis.' },
    NEIGHBOURHOOD_ENTERPRISE: { description: 'Wijkbedrijf.' },
    OTHER: { description: 'Anders.' },
  } satisfies Values<BuildingTypeValue>,
});

export const MomentKind = builder.enumType('MomentKind', {
  description: 'The kind of a fixed moment in a room.',
  values: {
    INLOOP: { description: 'Inloop: drop-in, no appointment needed.' },
    SPREEKUUR: { description: 'Spreekuur: consultation hour of a professional or organisation.' },
  } satisfies Values<MomentKindValue>,
});

export const FacilityItem = builder.enumType('FacilityItem', {
  description: 'What a facility agreement compensates (faciliteitenafspraak).',
  values: {
    COFFEE_TEA: { description: 'Koffie en thee.' },
    ROOM: { description: 'Ruimte (room use).' },
    OTHER: { description: 'Anders.' },
  } satisfies Values<FacilityItemValue>,
});

export const FacilityPeriod = builder.enumType('FacilityPeriod', {
  description: 'The period a compensation amount is for.',
  values: {
    PER_MONTH: { description: 'Per maand.' },
    PER_YEAR: { description: 'Per jaar.' },
    PER_OCCASION: { description: 'Per keer.' },
  } satisfies Values<FacilityPeriodValue>,
});

const OpeningPeriod = builder.objectRef<OpeningHoursRow>('OpeningPeriod').implement({
  description: 'Openingstijd: a period on a weekday in which the room is open.',
  authScopes: READ,
  fields: (t) => ({
    weekday: t.expose('weekday', { type: Weekday, description: 'The day of the week.' }),
    from: t.field({ type: 'LocalTime', description: 'Opens (inclusive).', resolve: from }),
    to: t.field({ type: 'LocalTime', description: 'Closes (exclusive).', resolve: to }),
  }),
});

const RoomMoment = builder.objectRef<RoomMomentRow>('RoomMoment').implement({
  description: 'Inloop- of spreekuurmoment: a fixed weekly drop-in or consultation moment in a room.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    kind: t.expose('kind', { type: MomentKind, description: 'Drop-in or consultation.' }),
    weekday: t.expose('weekday', { type: Weekday, description: 'The day of the week.' }),
    from: t.field({ type: 'LocalTime', description: 'Start (inclusive).', resolve: from }),
    to: t.field({ type: 'LocalTime', description: 'End (exclusive).', resolve: to }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'Who holds the moment.',
      resolve: (moment) => (moment.organisationId ? { id: moment.organisationId } : null),
    }),
    description: t.exposeString('description', { nullable: true, description: 'What happens.' }),
  }),
});

const FacilityAgreement = builder.objectRef<FacilityAgreementRow>('FacilityAgreement').implement({
  description: 'Faciliteitenafspraak: compensation agreed with the location for coffee, tea or the room.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    item: t.expose('item', { type: FacilityItem, description: 'What is compensated.' }),
    amount: t.field({
      type: 'Money',
      description: 'The compensation in euros.',
      resolve: (a) => a.amountCents,
    }),
    period: t.expose('period', { type: FacilityPeriod, description: 'The period the amount is for.' }),
    description: t.exposeString('description', { nullable: true, description: 'Free-text remark.' }),
  }),
});

export const Room = builder.loadableObjectRef<RoomRow, string>('Room', {
  load: loadByIds('Room', rooms),
});

Room.implement({
  description: 'Buurtkamer or dorpskamer: the front door where residents walk in with any question.',
  authScopes: READ_REFERENCE,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable id, e.g. `room-de-skalm`.' }),
    name: t.exposeString('name', { description: 'Name of the room or of the building it is in.' }),
    status: t.expose('status', {
      type: RoomStatus,
      description: 'Where the room stands in the growth model.',
    }),
    statusNote: t.exposeString('statusNote', {
      nullable: true,
      description: 'Free-text remark on the status.',
    }),
    buildingType: t.expose('buildingType', {
      type: BuildingType,
      description: 'The kind of building (locatietype).',
    }),
    address: t.exposeString('address', { nullable: true, description: 'Street and/or place.' }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; send it back with an update.',
    }),
    area: t.field({
      type: Area,
      description: 'The area (gebied, wijk or dorp) the room serves.',
      resolve: (room) => room.areaId,
    }),
    organisations: t.field({
      type: [OrganisationRef],
      // A reference to another subgraph's entity may fail on its own without taking the list along.
      nullable: { list: false, items: true },
      description: 'Organisations that agreed to be present in this room (partijen aanwezig).',
      resolve: async (room, _args, context) =>
        (await organisationIdsOf(context).load(room.id)).map((id) => ({ id })),
    }),
    openingHours: t.loadableList({
      type: OpeningPeriod,
      description: 'Openingstijden: when the room is open, per weekday.',
      load: (roomIds: string[], { db }) => openingHoursOfRooms(db, roomIds),
      resolve: (room) => room.id,
    }),
    moments: t.loadableList({
      type: RoomMoment,
      description: 'Inloop- en spreekuurmomenten: the fixed weekly drop-in and consultation moments.',
      load: (roomIds: string[], { db }) => momentsOfRooms(db, roomIds),
      resolve: (room) => room.id,
    }),
    facilityAgreements: t.loadableList({
      type: FacilityAgreement,
      description: 'Faciliteitenafspraken: compensation agreed for coffee, tea and the room.',
      load: (roomIds: string[], { db }) => facilityAgreementsOfRooms(db, roomIds),
      resolve: (room) => room.id,
    }),
  }),
});

addProvenanceField(
  OpeningPeriod,
  'Where this opening period comes from: the seeded ones are SYNTHETIC (the sources give no opening hours), those set through `updateRoom` or `createRoom` RECORDED.',
);
addProvenanceField(
  RoomMoment,
  'Where this moment comes from: the seeded ones are SYNTHETIC, those set through `updateRoom` RECORDED.',
);
addProvenanceField(
  FacilityAgreement,
  'Where this agreement comes from: the seeded amounts are SYNTHETIC, those set through `updateRoom` RECORDED.',
);
addProvenanceField(
  Room,
  'Where this room comes from: the nine rooms of the council letter of November 2020 are SOURCE (RECORDED once changed through `updateRoom`), generated rooms SYNTHETIC, rooms made by `createRoom` RECORDED.',
);

builder.asEntity(Room, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Room.getDataloader(context), reference.id),
});

builder.objectField(Area, 'rooms', (t) =>
  t.loadableList({
    type: Room,
    description: 'The rooms in this area, by name.',
    load: (areaIds: string[], { db }) => roomsOfAreas(db, areaIds),
    resolve: (area) => area.id,
  }),
);
