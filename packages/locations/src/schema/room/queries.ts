import { loadOrNull, selectsAnyOf } from '@mienskip/kit/schema';
import { listRooms } from '../../store/rooms.ts';
import { primeAreas } from '../area.ts';
import { builder, READ_REFERENCE } from '../builder.ts';
import { primeOrganisationIds, Room, RoomStatus } from './types.ts';

builder.queryFields((t) => ({
  rooms: t.field({
    type: [Room],
    nullable: true,
    description:
      'The buurt- and dorpskamers, by name, optionally only those in one area or with one status (readable with `locations:read` or `statistics`; presence and workers need `locations:read`). Null when locations is unavailable; see errors.',
    authScopes: READ_REFERENCE,
    args: {
      areaId: t.arg.id({ description: 'Only rooms in this area.' }),
      status: t.arg({ type: RoomStatus, description: 'Only rooms with this status.' }),
    },
    resolve: async (_root, args, context, info) => {
      const listed = await listRooms(context.db, args, selectsAnyOf(info, ['organisations']));
      primeAreas(
        context,
        listed.map(({ area }) => area),
      );
      primeOrganisationIds(context, listed);
      return listed.map(({ room }) => room);
    },
  }),
  room: t.field({
    type: Room,
    nullable: true,
    description:
      'One room by id (readable with `locations:read` or `statistics`; presence and workers need `locations:read`); null when it does not exist.',
    authScopes: READ_REFERENCE,
    args: { id: t.arg.id({ required: true, description: 'The room id.' }) },
    resolve: (_root, args, context) => loadOrNull(Room.getDataloader(context), args.id),
  }),
}));
