import type { Db } from '@mienskip/kit/db';
import { combinedProvenance, type Period, type Provenance } from '@mienskip/kit/rules';
import type { GridRow, StatisticsGrid } from '@mienskip/kit/schema';
import { type CoverageMinutes, coverageOver, shiftsByWeek } from '../domain/coverage-summary.ts';
import { coverageInputsOfAreas } from '../store/coverage-inputs.ts';
import { Area } from './area.ts';
import { builder, Provenance as ProvenanceEnum, READ_REFERENCE } from './builder.ts';
import { Room } from './room/types.ts';
import { cellsOfArea, SERIES_PERIOD, seriesArgs } from './series.ts';

interface RoomCoverageRow extends GridRow {
  roomId: string;
  minutes: CoverageMinutes;
  provenance: Provenance;
}

interface AreaCoverageCell extends Period {
  areaId: string;
  rooms: RoomCoverageRow[];
}

const hours = (minutes: number) => minutes / 60;

const RoomCoverageSummary = builder.objectRef<RoomCoverageRow>('RoomCoverageSummary').implement({
  description:
    'Dekking of one room over a period, in hours (times, no persons, so no small-number rule): its weekly ' +
    'coverage (`Room.coverage`) summed over the days of the period.',
  authScopes: READ_REFERENCE,
  fields: (t) => ({
    room: t.field({ type: Room, description: 'The room.', resolve: (r) => r.roomId }),
    openHours: t.float({
      description: 'Hours the room is open in the period (its opening hours on every day of it).',
      resolve: (r) => hours(r.minutes.open),
    }),
    hoursWithoutReception: t.float({
      description: 'Open hours with nobody there to receive residents.',
      resolve: (r) => hours(r.minutes.withoutReception),
    }),
    hoursWithoutBasis: t.float({
      description: 'Open hours without a basis professional present.',
      resolve: (r) => hours(r.minutes.withoutBasis),
    }),
  }),
});

const AreaCoverage = builder.objectRef<AreaCoverageCell>('AreaCoverage').implement({
  description:
    'Dekking of the rooms of an area over one period of `Area.coverageSeries`: open hours and open hours ' +
    'without reception or basis presence, from the weekly presence slots and the shifts of each week. A week ' +
    'without planned shifts counts the weekly presence slots alone: open time with no presence planned is a ' +
    'gap. The seeded roster plans one week of January 2021 only, so elsewhere a gap means "not planned", not ' +
    '"nobody came".',
  authScopes: READ_REFERENCE,
  fields: (t) => ({
    area: t.field({ type: Area, description: 'The area.', resolve: (c) => c.areaId }),
    from: t.field({ type: 'Date', description: 'First day of the period.', resolve: (c) => c.from }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (c) => c.to }),
    rooms: t.field({
      type: [RoomCoverageSummary],
      description: 'Every room of the area, by name, also one that is never open (all zero).',
      resolve: (c) => c.rooms,
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description:
        'Where the inputs come from: SYNTHETIC when any opening hours, presence slot or shift used is seeded ' +
        '(the seeded schedules are invented; the sources give none), otherwise RECORDED.',
      resolve: (c) => combinedProvenance(c.rooms.map((room) => room.provenance)),
    }),
  }),
});

function grouped<Row extends { roomId: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.roomId, [...(groups.get(row.roomId) ?? []), row]);
  return groups;
}

/**
 * Every room of the grid's areas in every period (BR-LO8): the inputs loaded once for the whole
 * grid (four statements), the pure weekly rule applied per room and week in memory.
 */
async function coverageRows(db: Db, grid: StatisticsGrid): Promise<RoomCoverageRow[]> {
  const span = { from: grid.periods[0]!.from, to: grid.periods.at(-1)!.to };
  const inputs = await coverageInputsOfAreas(db, grid.areaIds ?? [], span);
  const opening = grouped(inputs.opening);
  const weekly = grouped(inputs.weekly);
  const worked = grouped(inputs.shifts);
  return inputs.rooms.flatMap((room) => {
    const schedule = {
      opening: opening.get(room.id) ?? [],
      weekly: weekly.get(room.id) ?? [],
      shiftsByWeek: shiftsByWeek(worked.get(room.id) ?? []),
    };
    return grid.periods.map((period, index) => ({
      period: index,
      area: room.areaId,
      roomId: room.id,
      minutes: coverageOver(period, schedule),
      provenance: combinedProvenance([
        ...schedule.opening.map((row) => row.provenance),
        ...schedule.weekly.map((row) => row.provenance),
        ...(worked.get(room.id) ?? [])
          .filter((shift) => shift.date >= period.from && shift.date <= period.to)
          .map((shift) => shift.provenance),
      ]),
    }));
  });
}

builder.objectField(Area, 'coverageSeries', (t) =>
  t.field({
    type: [AreaCoverage],
    nullable: true,
    description:
      'Dekking of the rooms of this area per period: open hours and open hours without reception or basis ' +
      'presence, summed from the weekly coverage (`Room.coverage`) over the days of each period (readable with ' +
      `\`locations:read\` or \`statistics\`). ${SERIES_PERIOD} All areas a request asks for are computed from one ` +
      'load of their schedules (BR-LO8).',
    authScopes: READ_REFERENCE,
    args: seriesArgs,
    resolve: async (area, args, context) => {
      const cells = await cellsOfArea(area.id, args, context);
      return Promise.all(
        cells.map(async (cell) => ({
          areaId: area.id,
          ...cell.period,
          rooms: await cell.grid.rowsFor(cell, 'coverage', (grid) => coverageRows(context.db, grid)),
        })),
      );
    },
  }),
);
