import { groupByIds, loadByIds, loadOrNull } from '@mienskip/kit/schema';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { byName } from '../db/order.ts';
import { type RoomRow, roomOrganisations, rooms } from '../db/tables.ts';
import { Area } from './area.ts';
import { builder, READ, READ_REFERENCE } from './builder.ts';
import { OrganisationRef } from './organisation.ts';

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
  },
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
  },
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
    organisations: t.loadableList({
      type: OrganisationRef,
      // A reference to another subgraph's entity may fail on its own without taking the list along.
      nullable: { list: false, items: true },
      description: 'Organisations that agreed to be present in this room (partijen aanwezig).',
      load: async (roomIds: string[], context) => {
        const rows = await context.db
          .select()
          .from(roomOrganisations)
          .where(inArray(roomOrganisations.roomId, roomIds))
          .orderBy(asc(roomOrganisations.organisationId));
        return groupByIds(roomIds, rows, (row) => row.roomId).map((group) =>
          group.map((row) => ({ id: row.organisationId })),
        );
      },
      resolve: (room) => room.id,
    }),
  }),
});

builder.asEntity(Room, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Room.getDataloader(context), reference.id),
});

builder.objectField(Area, 'rooms', (t) =>
  t.loadableList({
    type: Room,
    description: 'The rooms in this area, by name.',
    load: async (areaIds: string[], context) => {
      const rows = await context.db
        .select()
        .from(rooms)
        .where(inArray(rooms.areaId, areaIds))
        .orderBy(byName(rooms.name));
      return groupByIds(areaIds, rows, (row) => row.areaId);
    },
    resolve: (area) => area.id,
  }),
);

builder.queryFields((t) => ({
  rooms: t.field({
    type: [Room],
    description: 'The buurt- and dorpskamers, by name, optionally only those in one area or with one status.',
    authScopes: READ,
    args: {
      areaId: t.arg.id({ description: 'Only rooms in this area.' }),
      status: t.arg({ type: RoomStatus, description: 'Only rooms with this status.' }),
    },
    resolve: (_root, args, context) => {
      const filters: SQL[] = [];
      if (args.areaId) filters.push(eq(rooms.areaId, String(args.areaId)));
      if (args.status) filters.push(eq(rooms.status, args.status));
      return context.db
        .select()
        .from(rooms)
        .where(and(...filters))
        .orderBy(byName(rooms.name));
    },
  }),
  room: t.field({
    type: Room,
    nullable: true,
    description: 'One room by id; null when it does not exist.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The room id.' }) },
    resolve: (_root, args, context) => loadOrNull(Room.getDataloader(context), String(args.id)),
  }),
}));
