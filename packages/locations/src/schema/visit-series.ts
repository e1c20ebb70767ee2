import { publishAreaVisits } from '../domain/visit-table.ts';
import { roomTotalsOfGrid } from '../store/visits.ts';
import { Area } from './area.ts';
import { builder } from './builder.ts';
import { cellsOfArea, SERIES_PERIOD, seriesArgs } from './series.ts';
import { AreaStatistics } from './visits.ts';

builder.objectField(Area, 'visitStatisticsSeries', (t) =>
  t.field({
    type: [AreaStatistics],
    nullable: true,
    description:
      'Visitors and support requests in the rooms of this area per period, each period published as ' +
      '`areaStatistics` publishes one (CBS rule, complementary suppression per period). ' +
      SERIES_PERIOD +
      ' All areas a request asks for are counted in one grouped statement (BR-LO7).',
    authScopes: { scope: 'statistics' },
    args: seriesArgs,
    resolve: async (area, args, context) => {
      const cells = await cellsOfArea(area.id, args, context);
      return Promise.all(
        cells.map(async (cell) => {
          const rooms = await cell.grid.rowsFor(cell, 'visits', (grid) => roomTotalsOfGrid(context.db, grid));
          return { areaId: area.id, ...cell.period, ...publishAreaVisits(context.caller, rooms) };
        }),
      );
    },
  }),
);
