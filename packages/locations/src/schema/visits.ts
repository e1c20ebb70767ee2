import { NotFoundError, publishCount, ValidationError } from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, between, eq, sql } from 'drizzle-orm';
import { byName } from '../db/order.ts';
import { areas, rooms, visitCounts } from '../db/tables.ts';
import { checkVisitCounts } from '../domain/rules.ts';
import { Area } from './area.ts';
import { builder, PublishedCount, WRITE } from './builder.ts';
import { checkDateRange } from './date-range.ts';
import { Room } from './room.ts';

const STATISTICS = { scope: 'statistics' } as const;
const MAX_PERIOD_DAYS = 366;

const mayDisclose = (context: SubgraphContext) => context.caller.scopes.has('personal-data');

interface DailyVisitsShape {
  roomId: string;
  date: string;
  visitors: number;
  supportRequests: number;
}

const DailyVisits = builder.objectRef<DailyVisitsShape>('DailyVisits').implement({
  description: 'Bezoekers en hulpvragen: visitors and support requests counted in one room on one day.',
  authScopes: STATISTICS,
  fields: (t) => ({
    room: t.field({ type: Room, description: 'The room.', resolve: (d) => d.roomId }),
    date: t.field({ type: 'Date', description: 'The day.', resolve: (d) => d.date }),
    visitors: t.field({
      type: PublishedCount,
      description: 'Visitors that day.',
      resolve: (d, _args, context) => publishCount(d.visitors, mayDisclose(context)),
    }),
    supportRequests: t.field({
      type: PublishedCount,
      description: 'Support requests (hulpvragen) received that day.',
      resolve: (d, _args, context) => publishCount(d.supportRequests, mayDisclose(context)),
    }),
  }),
});

interface RoomTotals {
  roomId: string;
  visitors: number;
  supportRequests: number;
  days: number;
}

const RoomStatistics = builder.objectRef<RoomTotals>('RoomStatistics').implement({
  description: 'The visit figures of one room over a period.',
  authScopes: STATISTICS,
  fields: (t) => ({
    room: t.field({ type: Room, description: 'The room.', resolve: (r) => r.roomId }),
    visitors: t.field({
      type: PublishedCount,
      description: 'Visitors.',
      resolve: (r, _a, c) => publishCount(r.visitors, mayDisclose(c)),
    }),
    supportRequests: t.field({
      type: PublishedCount,
      description: 'Support requests (hulpvragen).',
      resolve: (r, _a, c) => publishCount(r.supportRequests, mayDisclose(c)),
    }),
    daysRecorded: t.int({ description: 'Days with a recorded count.', resolve: (r) => r.days }),
  }),
});

interface AreaTotals {
  areaId: string;
  from: string;
  to: string;
  rooms: RoomTotals[];
}

const sum = (rows: readonly RoomTotals[], field: 'visitors' | 'supportRequests') =>
  rows.reduce((n, r) => n + r[field], 0);

const AreaStatistics = builder.objectRef<AreaTotals>('AreaStatistics').implement({
  description:
    'Visit statistics of an area over a period, aggregated in the database. Counts follow the CBS rule for small ' +
    'numbers unless the key has the personal-data scope; totals are taken before rounding.',
  authScopes: STATISTICS,
  fields: (t) => ({
    area: t.field({ type: Area, description: 'The area.', resolve: (a) => a.areaId }),
    from: t.field({ type: 'Date', description: 'First day of the period.', resolve: (a) => a.from }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (a) => a.to }),
    visitors: t.field({
      type: PublishedCount,
      description: 'Visitors in all rooms of the area.',
      resolve: (a, _args, c) => publishCount(sum(a.rooms, 'visitors'), mayDisclose(c)),
    }),
    supportRequests: t.field({
      type: PublishedCount,
      description: 'Support requests (hulpvragen) in all rooms of the area.',
      resolve: (a, _args, c) => publishCount(sum(a.rooms, 'supportRequests'), mayDisclose(c)),
    }),
    rooms: t.field({ type: [RoomStatistics], description: 'Per room.', resolve: (a) => a.rooms }),
  }),
});

builder.queryFields((t) => ({
  areaStatistics: t.field({
    type: AreaStatistics,
    nullable: true,
    description:
      'Visitors and support requests in the rooms of one area over a period; null for an unknown area.',
    authScopes: STATISTICS,
    args: {
      areaId: t.arg.id({ required: true, description: 'The area.' }),
      from: t.arg({ type: 'Date', required: true, description: 'First day.' }),
      to: t.arg({
        type: 'Date',
        required: true,
        description: 'Last day (at most 366 days after the first).',
      }),
    },
    resolve: async (_root, args, { db }) => {
      checkDateRange(args.from, args.to, MAX_PERIOD_DAYS);
      const areaId = String(args.areaId);
      // One statement: every room of the area, with its sums over the period (zero when nothing was recorded).
      const result = await db
        .select({
          roomId: rooms.id,
          visitors: sql<number>`coalesce(sum(${visitCounts.visitors}), 0)::int`,
          supportRequests: sql<number>`coalesce(sum(${visitCounts.supportRequests}), 0)::int`,
          days: sql<number>`count(${visitCounts.date})::int`,
        })
        .from(rooms)
        .leftJoin(
          visitCounts,
          and(eq(visitCounts.roomId, rooms.id), between(visitCounts.date, args.from, args.to)),
        )
        .where(eq(rooms.areaId, areaId))
        .groupBy(rooms.id)
        .orderBy(byName(rooms.name));
      if (result.length === 0) {
        const [known] = await db.select({ id: areas.id }).from(areas).where(eq(areas.id, areaId));
        if (!known) return null;
      }
      return { areaId, from: args.from, to: args.to, rooms: result };
    },
  }),
}));

builder.objectField(Room, 'visits', (t) =>
  t.field({
    type: [DailyVisits],
    description: 'Counted visitors and support requests per day over a period (at most 366 days).',
    authScopes: STATISTICS,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day.' }),
    },
    resolve: async (room, args, { db }) => {
      checkDateRange(args.from, args.to, MAX_PERIOD_DAYS);
      return db
        .select()
        .from(visitCounts)
        .where(and(eq(visitCounts.roomId, room.id), between(visitCounts.date, args.from, args.to)))
        .orderBy(asc(visitCounts.date));
    },
  }),
);

const RecordVisitsInput = builder.inputType('RecordVisitsInput', {
  description: 'Visitors and support requests to add to the count of a room on a day.',
  fields: (t) => ({
    roomId: t.id({ required: true, description: 'The room.' }),
    date: t.field({ type: 'Date', required: true, description: 'The day, not in the future.' }),
    visitors: t.int({ required: true, description: 'Visitors to add (0 or more).' }),
    supportRequests: t.int({ required: true, description: 'Support requests to add (0 or more).' }),
  }),
});

builder.mutationFields((t) => ({
  recordVisits: t.field({
    type: DailyVisits,
    description:
      'Add visitors and support requests to the count of a room on a day. Counts add up, so two volunteers ' +
      'recording at once never overwrite each other.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: RecordVisitsInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const breach = checkVisitCounts(input);
      if (breach) throw new ValidationError(breach.field, breach.message);
      if (input.date > new Date().toISOString().slice(0, 10))
        throw new ValidationError('date', 'The day lies in the future');
      const roomId = String(input.roomId);
      const [room] = await db.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, roomId));
      if (!room) throw new NotFoundError('Room', roomId);
      const [row] = await db
        .insert(visitCounts)
        .values({
          roomId,
          date: input.date,
          visitors: input.visitors,
          supportRequests: input.supportRequests,
        })
        .onConflictDoUpdate({
          target: [visitCounts.roomId, visitCounts.date],
          set: {
            visitors: sql`${visitCounts.visitors} + excluded.visitors`,
            supportRequests: sql`${visitCounts.supportRequests} + excluded.support_requests`,
          },
        })
        .returning();
      return row!;
    },
  }),
}));
