import { isMunicipal } from '@mienskip/kit/rules';
import { groupByIds } from '@mienskip/kit/schema';
import { and, asc, between, eq, inArray, isNull } from 'drizzle-orm';
import { byName } from '../db/order.ts';
import {
  type ActivityRow,
  activities,
  type FacilityAgreementRow,
  facilityAgreements,
  type OpeningHoursRow,
  openingHours,
  presenceSlots,
  type RoomMomentRow,
  roomMoments,
  shifts,
  workerRooms,
  workers,
} from '../db/tables.ts';
import { computeCoverage, type Gap } from '../domain/coverage.ts';
import { presenceRoleOf } from '../domain/roles.ts';
import { datesOfWeek, toTime } from '../domain/time.ts';
import { builder, READ } from './builder.ts';
import { from, to, Weekday } from './common.ts';
import { checkDateRange } from './date-range.ts';
import { OrganisationRef } from './organisation.ts';
import { PresenceSlot } from './presence.ts';
import { Room } from './room.ts';
import { Shift } from './shift.ts';
import { Worker } from './worker.ts';

const OpeningPeriod = builder.objectRef<OpeningHoursRow>('OpeningPeriod').implement({
  description: 'Openingstijd: a period on a weekday in which the room is open.',
  authScopes: READ,
  fields: (t) => ({
    weekday: t.expose('weekday', { type: Weekday, description: 'The day of the week.' }),
    from: t.field({ type: 'LocalTime', description: 'Opens (inclusive).', resolve: from }),
    to: t.field({ type: 'LocalTime', description: 'Closes (exclusive).', resolve: to }),
  }),
});

export const MomentKind = builder.enumType('MomentKind', {
  description: 'The kind of a fixed moment in a room.',
  values: {
    INLOOP: { description: 'Inloop: drop-in, no appointment needed.' },
    SPREEKUUR: { description: 'Spreekuur: consultation hour of a professional or organisation.' },
  },
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

export const FacilityItem = builder.enumType('FacilityItem', {
  description: 'What a facility agreement compensates (faciliteitenafspraak).',
  values: {
    COFFEE_TEA: { description: 'Koffie en thee.' },
    ROOM: { description: 'Ruimte (room use).' },
    OTHER: { description: 'Anders.' },
  },
});

export const FacilityPeriod = builder.enumType('FacilityPeriod', {
  description: 'The period a compensation amount is for.',
  values: {
    PER_MONTH: { description: 'Per maand.' },
    PER_YEAR: { description: 'Per jaar.' },
    PER_OCCASION: { description: 'Per keer.' },
  },
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

const ActivityKind = builder.enumType('ActivityKind', {
  description: 'The kind of an activity in a room or in the sociale basis.',
  values: {
    SOLLICITATIECLUB: { description: 'Sollicitatieclub (job-application club).' },
    MAATJESTRAJECT: { description: 'Maatjestraject (buddy scheme).' },
    WIJKACTIVITEIT: { description: 'Wijkactiviteit (neighbourhood activity).' },
    FORMULIERENHULP: { description: 'Formulierenhulp (help with forms).' },
    SPREEKUUR: { description: 'Spreekuur (consultation hour).' },
    GROENPROJECT: { description: 'Groenproject (green project).' },
    ONTMOETING: { description: 'Ontmoeting (meeting).' },
    OTHER: { description: 'Anders.' },
  },
});

const Activity = builder.objectRef<ActivityRow>('Activity').implement({
  description: 'Activiteit: something organised in a room, e.g. a sollicitatieclub or a groenproject.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    kind: t.expose('kind', { type: ActivityKind, description: 'The kind of activity.' }),
    name: t.exposeString('name', { description: 'Name as announced.' }),
    schedule: t.exposeString('schedule', {
      nullable: true,
      description: 'When, in words (e.g. "Tuesday afternoon").',
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'Who organises it.',
      resolve: (activity) => (activity.organisationId ? { id: activity.organisationId } : null),
    }),
  }),
});

const CoverageGap = builder.objectRef<Gap>('CoverageGap').implement({
  description: 'A time in which a room is open without the presence asked for.',
  authScopes: READ,
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'The day.', resolve: (gap) => gap.date }),
    weekday: t.expose('weekday', { type: Weekday, description: 'The day of the week.' }),
    from: t.field({
      type: 'LocalTime',
      description: 'Start (inclusive).',
      resolve: (gap) => toTime(gap.from),
    }),
    to: t.field({ type: 'LocalTime', description: 'End (exclusive).', resolve: (gap) => toTime(gap.to) }),
    minutes: t.int({ description: 'Length in minutes.', resolve: (gap) => gap.to - gap.from }),
  }),
});

interface RoomCoverageShape {
  weekStart: string;
  unreceived: Gap[];
  withoutBasis: Gap[];
}

const RoomCoverage = builder.objectRef<RoomCoverageShape>('RoomCoverage').implement({
  description:
    'Dekking: for one room and week, the open times without anyone to receive residents and the open times ' +
    "without basis presence, from the weekly presence slots and the week's shifts together. The aim is a " +
    'room open all day with someone to receive people and basis present at fixed times.',
  authScopes: READ,
  fields: (t) => ({
    weekStart: t.field({ type: 'Date', description: 'The Monday of the week.', resolve: (c) => c.weekStart }),
    gapsWithoutReception: t.field({
      type: [CoverageGap],
      description: 'Open, and nobody there to receive residents.',
      resolve: (c) => c.unreceived,
    }),
    gapsWithoutBasis: t.field({
      type: [CoverageGap],
      description: 'Open, and no basis professional present.',
      resolve: (c) => c.withoutBasis,
    }),
    fullyReceived: t.boolean({
      description: 'True when someone receives residents whenever the room is open this week.',
      resolve: (c) => c.unreceived.length === 0,
    }),
  }),
});

/** Rows of one room-keyed table for a batch of rooms, in the order asked. */
function byRoom<T extends { roomId: string }>(roomIds: readonly string[], rows: readonly T[]): T[][] {
  return groupByIds(roomIds, rows, (row) => row.roomId);
}

const MAX_SHIFT_RANGE_DAYS = 31;

builder.objectField(Worker, 'rooms', (t) =>
  t.loadableList({
    type: Room,
    description: 'The rooms this worker works in.',
    load: async (workerIds: string[], { db }) => {
      const rows = await db
        .select({ workerId: workerRooms.workerId, roomId: workerRooms.roomId })
        .from(workerRooms)
        .where(inArray(workerRooms.workerId, workerIds))
        .orderBy(asc(workerRooms.roomId));
      return groupByIds(workerIds, rows, (row) => row.workerId).map((group) =>
        group.map((row) => row.roomId),
      );
    },
    resolve: (worker) => worker.id,
  }),
);

builder.objectFields(Room, (t) => ({
  openingHours: t.loadableList({
    type: OpeningPeriod,
    description: 'Openingstijden: when the room is open, per weekday.',
    load: async (roomIds: string[], { db }) =>
      byRoom(
        roomIds,
        await db
          .select()
          .from(openingHours)
          .where(inArray(openingHours.roomId, roomIds))
          .orderBy(asc(openingHours.fromMinute)),
      ),
    resolve: (room) => room.id,
  }),
  moments: t.loadableList({
    type: RoomMoment,
    description: 'Inloop- en spreekuurmomenten: the fixed weekly drop-in and consultation moments.',
    load: async (roomIds: string[], { db }) =>
      byRoom(
        roomIds,
        await db
          .select()
          .from(roomMoments)
          .where(inArray(roomMoments.roomId, roomIds))
          .orderBy(asc(roomMoments.id)),
      ),
    resolve: (room) => room.id,
  }),
  facilityAgreements: t.loadableList({
    type: FacilityAgreement,
    description: 'Faciliteitenafspraken: compensation agreed for coffee, tea and the room.',
    load: async (roomIds: string[], { db }) =>
      byRoom(
        roomIds,
        await db
          .select()
          .from(facilityAgreements)
          .where(inArray(facilityAgreements.roomId, roomIds))
          .orderBy(asc(facilityAgreements.id)),
      ),
    resolve: (room) => room.id,
  }),
  presence: t.loadableList({
    type: PresenceSlot,
    description:
      "Bezetting: who is present when, every week; a key of another organisation than the municipality sees its own organisation's presence only.",
    // Row scoping: a key of any other organisation than the municipality sees its own presence only.
    load: async (roomIds: string[], { db, caller }) =>
      byRoom(
        roomIds,
        await db
          .select()
          .from(presenceSlots)
          .where(
            and(
              inArray(presenceSlots.roomId, roomIds),
              isMunicipal(caller) ? undefined : eq(presenceSlots.organisationId, caller.organisationId),
            ),
          )
          .orderBy(asc(presenceSlots.weekday), asc(presenceSlots.fromMinute), asc(presenceSlots.id)),
      ),
    resolve: (room) => room.id,
  }),
  activities: t.loadableList({
    type: Activity,
    description: 'Activiteiten in the room.',
    load: async (roomIds: string[], { db }) =>
      byRoom(
        roomIds,
        await db
          .select()
          .from(activities)
          .where(inArray(activities.roomId, roomIds))
          .orderBy(byName(activities.name)),
      ),
    resolve: (room) => room.id,
  }),
  workers: t.loadableList({
    type: Worker,
    description: 'Workers and volunteers linked to this room.',
    load: async (roomIds: string[], { db }) => {
      const rows = await db
        .select({ roomId: workerRooms.roomId, worker: workers })
        .from(workerRooms)
        .innerJoin(workers, eq(workers.id, workerRooms.workerId))
        .where(inArray(workerRooms.roomId, roomIds))
        .orderBy(asc(workers.id));
      return byRoom(roomIds, rows).map((group) => group.map((row) => row.worker));
    },
    resolve: (room) => room.id,
  }),
  shifts: t.loadableList({
    type: Shift,
    description: `The roster: shifts in this room from one date to another (at most ${MAX_SHIFT_RANGE_DAYS} days), cancelled ones included.`,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day.' }),
    },
    load: async (keys: string[], { db }) => {
      // Keys are "roomId|from|to": one statement per distinct range in the operation.
      const parsed = keys.map((key) => key.split('|') as [string, string, string]);
      const ranges = [...new Set(parsed.map(([, f, t]) => `${f}|${t}`))];
      const results = new Map<string, (typeof shifts.$inferSelect)[]>();
      for (const range of ranges) {
        const [f, l] = range.split('|') as [string, string];
        const roomIds = parsed.filter(([, a, b]) => `${a}|${b}` === range).map(([id]) => id);
        const rows = await db
          .select()
          .from(shifts)
          .where(and(inArray(shifts.roomId, roomIds), between(shifts.date, f, l)))
          .orderBy(asc(shifts.date), asc(shifts.fromMinute), asc(shifts.id));
        for (const id of roomIds)
          results.set(
            `${id}|${range}`,
            rows.filter((row) => row.roomId === id),
          );
      }
      return keys.map((key) => results.get(key) ?? []);
    },
    resolve: (room, args) => {
      checkDateRange(args.from, args.to, MAX_SHIFT_RANGE_DAYS, 'A roster');
      return `${room.id}|${args.from}|${args.to}`;
    },
  }),
  coverage: t.loadable({
    type: RoomCoverage,
    description:
      'Dekking in the week that holds `week`: the open times without reception and without basis presence.',
    args: { week: t.arg({ type: 'Date', required: true, description: 'Any day of the week.' }) },
    load: async (keys: string[], { db }) => {
      // Keys are "roomId|date": three statements per distinct week, however many rooms.
      const parsed = keys.map((key) => key.split('|') as [string, string]);
      const roomIds = [...new Set(parsed.map(([id]) => id))];
      const [opening, weekly] = await Promise.all([
        db.select().from(openingHours).where(inArray(openingHours.roomId, roomIds)),
        db.select().from(presenceSlots).where(inArray(presenceSlots.roomId, roomIds)),
      ]);
      const openingByRoom = groupByIds(roomIds, opening, (o) => o.roomId);
      const weeklyByRoom = groupByIds(roomIds, weekly, (p) => p.roomId);
      const byWeek = new Map<string, Map<string, RoomCoverageShape>>();
      for (const week of new Set(parsed.map(([, date]) => date))) {
        const days = datesOfWeek(week);
        const dated = await db
          .select({
            roomId: shifts.roomId,
            date: shifts.date,
            from: shifts.fromMinute,
            to: shifts.toMinute,
            role: workers.role,
          })
          .from(shifts)
          .innerJoin(workers, eq(workers.id, shifts.workerId))
          .where(
            and(
              inArray(shifts.roomId, roomIds),
              between(shifts.date, days[0]!.date, days[6]!.date),
              isNull(shifts.cancelledAt),
            ),
          );
        const datedByRoom = groupByIds(roomIds, dated, (s) => s.roomId);
        const coverage = new Map<string, RoomCoverageShape>();
        roomIds.forEach((roomId, i) => {
          coverage.set(
            roomId,
            computeCoverage(
              week,
              openingByRoom[i]!.map((o) => ({ weekday: o.weekday, from: o.fromMinute, to: o.toMinute })),
              weeklyByRoom[i]!.map((p) => ({
                weekday: p.weekday,
                role: p.role,
                from: p.fromMinute,
                to: p.toMinute,
              })),
              datedByRoom[i]!.map((s) => ({
                date: s.date,
                from: s.from,
                to: s.to,
                role: presenceRoleOf(s.role),
              })),
            ),
          );
        });
        byWeek.set(week, coverage);
      }
      return parsed.map(([roomId, week]) => byWeek.get(week)!.get(roomId)!);
    },
    resolve: (room, args) => `${room.id}|${args.week}`,
  }),
}));
