import {
  combinedProvenance,
  NotFoundError,
  type Provenance,
  publishCountFor,
  ValidationError,
} from '@mienskip/kit/rules';
import { orThrow } from '../domain/decision.ts';
import { type AreaVisitTable, publishAreaVisits } from '../domain/visit-table.ts';
import { type DayVisits, planVisits } from '../domain/visits.ts';
import { findArea } from '../store/areas.ts';
import { findRoom } from '../store/rooms.ts';
import { addVisits, type RoomTotals, roomTotalsOfArea, visitsOfRoom } from '../store/visits.ts';
import { Area } from './area.ts';
import { builder, Provenance as ProvenanceEnum, PublishedCount, WRITE } from './builder.ts';
import { Room } from './room/types.ts';
import { requireDateRange, requireStatisticsPeriod } from './time.ts';

const STATISTICS = { scope: 'statistics' } as const;
const MAX_PERIOD_DAYS = 366;

// Counts are published with the CBS rule for small numbers unless the caller sees exact counts (BR-KT1).

const DailyVisits = builder.objectRef<DayVisits & { provenance: Provenance }>('DailyVisits').implement({
  description: 'Bezoekers en hulpvragen: visitors and support requests counted in one room on one day.',
  authScopes: STATISTICS,
  fields: (t) => ({
    room: t.field({ type: Room, description: 'The room.', resolve: (d) => d.roomId }),
    date: t.field({ type: 'Date', description: 'The day.', resolve: (d) => d.date }),
    visitors: t.field({
      type: PublishedCount,
      description: 'Visitors that day.',
      resolve: (d, _args, { caller }) => publishCountFor(caller, d.visitors),
    }),
    supportRequests: t.field({
      type: PublishedCount,
      description: 'Support requests (hulpvragen) received that day.',
      resolve: (d, _args, { caller }) => publishCountFor(caller, d.supportRequests),
    }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description:
        'Where this count comes from: the seeded daily counts of the first half of 2021 are SYNTHETIC (the ' +
        'sources give no visitor figures), and a count recorded on top of one stays SYNTHETIC; counts recorded ' +
        'through `recordVisits` alone are RECORDED.',
    }),
  }),
});

/** A room's totals with its counts as published in the area's table (complementary suppression). */
type PublishedRoom = AreaVisitTable<RoomTotals>['rooms'][number];

const RoomStatistics = builder.objectRef<PublishedRoom>('RoomStatistics').implement({
  description:
    'The visit figures of one room over a period, as parts of its area’s totals: a room’s count may be ' +
    'suppressed so that another room’s secret count cannot be found from the area’s total (BR-KT5).',
  authScopes: STATISTICS,
  fields: (t) => ({
    room: t.field({ type: Room, description: 'The room.', resolve: (r) => r.roomId }),
    visitors: t.field({
      type: PublishedCount,
      description: 'Visitors.',
      resolve: (r) => r.published.visitors,
    }),
    supportRequests: t.field({
      type: PublishedCount,
      description: 'Support requests (hulpvragen).',
      resolve: (r) => r.published.supportRequests,
    }),
    daysRecorded: t.int({ description: 'Days with a recorded count.', resolve: (r) => r.days }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description: 'SYNTHETIC when any counted day is synthetic (seeded), otherwise RECORDED.',
    }),
  }),
});

/** An area's visit table for one period, its totals published with its rooms (`publishAreaVisits`). */
export interface AreaTotals extends AreaVisitTable<RoomTotals> {
  areaId: string;
  from: string;
  to: string;
}

export const AreaStatistics = builder.objectRef<AreaTotals>('AreaStatistics').implement({
  description:
    'Visit statistics of an area over a period, aggregated in the database. Counts follow the CBS rule for small ' +
    'numbers unless the key has the personal-data scope; totals are taken before rounding. The area’s total and ' +
    'its rooms form one table for each count (visitors, support requests), published with complementary ' +
    'suppression: while the rooms not shown add up to 7 or less (one secret room always does), the room with ' +
    'the smallest count still shown is suppressed too, and when no room is left, the total; every room of the ' +
    'area is listed, also one without counts.',
  authScopes: STATISTICS,
  fields: (t) => ({
    area: t.field({ type: Area, description: 'The area.', resolve: (a) => a.areaId }),
    from: t.field({ type: 'Date', description: 'First day of the period.', resolve: (a) => a.from }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (a) => a.to }),
    visitors: t.field({
      type: PublishedCount,
      description: 'Visitors in all rooms of the area.',
      resolve: (a) => a.visitors,
    }),
    supportRequests: t.field({
      type: PublishedCount,
      description: 'Support requests (hulpvragen) in all rooms of the area.',
      resolve: (a) => a.supportRequests,
    }),
    rooms: t.field({
      type: [RoomStatistics],
      description: 'Per room: every room of the area, by name, also one with nothing counted.',
      resolve: (a) => a.rooms,
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description:
        'SYNTHETIC when any counted day in any room is synthetic (seeded): then the totals are not figures of ' +
        'Leeuwarden; otherwise RECORDED.',
      resolve: (a) => combinedProvenance(a.rooms.map((room) => room.provenance)),
    }),
  }),
});

builder.queryFields((t) => ({
  areaStatistics: t.field({
    type: AreaStatistics,
    nullable: true,
    description:
      'Visitors and support requests in the rooms of one area over a period; null for an unknown area. ' +
      'Without the personal-data scope the period is whole calendar months (from the first day of a month to ' +
      'the last day of a month), otherwise BAD_USER_INPUT.',
    authScopes: STATISTICS,
    args: {
      areaId: t.arg.id({ required: true, description: 'The area.' }),
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'First day (without personal-data the first day of a month).',
      }),
      to: t.arg({
        type: 'Date',
        required: true,
        description:
          'Last day (at most 366 days after the first; without personal-data the last day of a month).',
      }),
    },
    resolve: async (_root, args, { db, caller }) => {
      requireDateRange(args.from, args.to, MAX_PERIOD_DAYS);
      requireStatisticsPeriod(caller, args.from, args.to);
      const totals = await roomTotalsOfArea(db, args.areaId, args.from, args.to);
      // An area without rooms still answers; only an unknown area is null.
      if (totals.length === 0 && !(await findArea(db, args.areaId))) return null;
      return { areaId: args.areaId, from: args.from, to: args.to, ...publishAreaVisits(caller, totals) };
    },
  }),
}));

builder.objectField(Room, 'visits', (t) =>
  t.field({
    type: [DailyVisits],
    description:
      'Counted visitors and support requests per day over a period (at most 366 days), the days with a ' +
      'recorded count. Without the personal-data scope the period is whole calendar months (from the first ' +
      'day of a month to the last day of a month), otherwise BAD_USER_INPUT.',
    authScopes: STATISTICS,
    args: {
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'First day (without personal-data the first day of a month).',
      }),
      to: t.arg({
        type: 'Date',
        required: true,
        description: 'Last day (without personal-data the last day of a month).',
      }),
    },
    resolve: (room, args, { db, caller }) => {
      requireDateRange(args.from, args.to, MAX_PERIOD_DAYS);
      requireStatisticsPeriod(caller, args.from, args.to);
      return visitsOfRoom(db, room.id, args.from, args.to);
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
      const today = new Date().toISOString().slice(0, 10);
      return addVisits(db, orThrow(planVisits(input, today, await findRoom(db, input.roomId))));
    },
  }),
}));
