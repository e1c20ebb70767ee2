import { type Coverage, type Gap, roomCoverage } from '../domain/coverage.ts';
import { toTime } from '../domain/time.ts';
import { roomWeeks } from '../store/coverage.ts';
import { builder, READ_REFERENCE } from './builder.ts';
import { Room } from './room/types.ts';
import { Weekday } from './time.ts';

const CoverageGap = builder.objectRef<Gap>('CoverageGap').implement({
  description: 'A time in which a room is open without the presence asked for.',
  authScopes: READ_REFERENCE,
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

const RoomCoverage = builder.objectRef<Coverage>('RoomCoverage').implement({
  description:
    'Dekking: for one room and week, the open times without anyone to receive residents and the open times ' +
    "without basis presence, from the weekly presence slots and the week's shifts together. The aim is a " +
    'room open all day with someone to receive people and basis present at fixed times.',
  authScopes: READ_REFERENCE,
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

builder.objectField(Room, 'coverage', (t) =>
  t.loadable({
    type: RoomCoverage,
    description:
      'Dekking in the week that holds `week`: the open times without reception and without basis presence (times only, no one named; readable with `locations:read` or `statistics`).',
    args: { week: t.arg({ type: 'Date', required: true, description: 'Any day of the week.' }) },
    // Keys are "roomId|date": three statements per distinct week, however many rooms.
    load: async (keys: string[], { db }) => {
      const requests = keys.map((key) => {
        const [roomId, date] = key.split('|') as [string, string];
        return { roomId, date };
      });
      const weeks = await roomWeeks(db, requests);
      return requests.map(({ date }, i) => roomCoverage(date, weeks[i]!));
    },
    resolve: (room, args) => `${room.id}|${args.week}`,
  }),
);
