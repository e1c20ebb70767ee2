import type { StatisticsGrain as Grain } from '@mienskip/kit/rules';
import {
  addStatisticsGrain,
  areaSeriesLoader,
  assertStatisticsPeriod,
  type StatisticsCell,
} from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { builder } from './builder.ts';

export const StatisticsGrain = addStatisticsGrain(builder);

/** The series of every area one request asks for with the same period and grain share one table. */
const seriesCells = areaSeriesLoader<SubgraphContext>();

/** What every `Area.…Series` field says about its period, for its description. */
export const SERIES_PERIOD =
  'One element per period in order (without `grain`: one, the whole period). The period is at most ten ' +
  'years long and cut into at most 120 periods; without the personal-data scope it is whole calendar ' +
  'months (from the first day of a month to the last day of a month); otherwise BAD_USER_INPUT.';

export interface SeriesArgs {
  from: string;
  to: string;
  grain?: Grain | null;
}

/** The arguments of every `Area.…Series` field. */
export const seriesArgs = builder.args((t) => ({
  from: t.field({ type: 'Date', required: true, description: 'First day of the period.' }),
  to: t.field({ type: 'Date', required: true, description: 'Last day of the period.' }),
  grain: t.field({
    type: StatisticsGrain,
    description: 'How to cut the period into rows; without it, one row for the whole period.',
  }),
}));

/** The checked cells of one area's series: one per period, all areas of the request in one grid. */
export function cellsOfArea(
  areaId: string,
  args: SeriesArgs,
  context: SubgraphContext,
): Promise<StatisticsCell[]> {
  const grain = args.grain ?? null;
  assertStatisticsPeriod(context.caller, args, grain);
  return seriesCells(context).load({ from: args.from, to: args.to, grain, areaId });
}
