import { addStatisticsGrain, areaSeriesCells, statisticsSeriesArgs } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { builder } from './builder.ts';

export const StatisticsGrain = addStatisticsGrain(builder);

/** What every `Area.…Series` field says about its period, for its description. */
export const SERIES_PERIOD =
  'One element per period in order (without `grain`: one, the whole period). The period is at most ten ' +
  'years long and cut into at most 120 periods; without the personal-data scope it is whole calendar ' +
  'months (from the first day of a month to the last day of a month); otherwise BAD_USER_INPUT.';

/** The arguments of every `Area.…Series` field. */
export const seriesArgs = statisticsSeriesArgs(builder, StatisticsGrain);

/** The checked cells of one area's series: one per period, all areas of the request in one grid. */
export const cellsOfArea = areaSeriesCells<SubgraphContext>();
