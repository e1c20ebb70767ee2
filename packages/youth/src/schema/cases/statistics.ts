import { publishCountFor } from '@mienskip/kit/rules';
import {
  areaSeriesLoader,
  assertStatisticsPeriod,
  checkedGrid,
  type StatisticsCell,
} from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { visibleCases } from '../../store/visibility.ts';
import { builder, STATISTICS, StatisticsGrain } from '../builder.ts';
import { AreaRef } from './refs.ts';
import { YouthStatistics, type YouthStatisticsSource } from './statistics-types.ts';

/** A cell of a statistics table as this request's key may see it (BR-Y10, BR-KT5). */
function sourceOf(cell: StatisticsCell, context: SubgraphContext): YouthStatisticsSource {
  return {
    cell,
    visible: visibleCases(context.caller),
    publish: (exact) => publishCountFor(context.caller, exact),
    context,
  };
}

/** All areas of one `_entities` call with the same period and grain are one grid. */
const areaCells = areaSeriesLoader<SubgraphContext>();

const PERIOD_RULES =
  'Without the personal-data scope the period is whole calendar months (`from` the first day of a month, `to` the ' +
  'last day of a month), otherwise BAD_USER_INPUT; at most ten years';

builder.queryField('youthStatistics', (t) =>
  t.field({
    type: YouthStatistics,
    nullable: true,
    description:
      'Youth statistics for a period, optionally one area (BR-Y15): cases by route, light parenting support by goal, ' +
      'JET consultations, decisions by route, referrals to youth care, closed cases by reason. Needs only the ' +
      `statistics scope; counts the cases the key may see. ${PERIOD_RULES}. Null when youth is unavailable; see errors.`,
    authScopes: STATISTICS,
    args: {
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'First day (without personal-data the first of a month).',
      }),
      to: t.arg({
        type: 'Date',
        required: true,
        description:
          'Last day (at most ten years after the first; without personal-data the last day of a month).',
      }),
      areaId: t.arg.id({
        description: 'Only cases of households in this area (as it was when the case opened).',
      }),
    },
    resolve: (_root, args, context) => {
      const areaIds = args.areaId ? [String(args.areaId)] : null;
      const grid = checkedGrid(context.caller, { from: args.from, to: args.to }, null, areaIds);
      return sourceOf(grid.cells()[0]!, context);
    },
  }),
);

builder.queryField('youthStatisticsSeries', (t) =>
  t.field({
    type: [YouthStatistics],
    nullable: true,
    description:
      'Youth statistics for the whole municipality, one element per period of the grain in order (without a ' +
      'grain one element, the whole period), each as `youthStatistics` answers it; every statistic is one ' +
      `grouped query for all periods. Needs only the statistics scope. ${PERIOD_RULES}, and at most 120 periods.`,
    authScopes: STATISTICS,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day of the first period.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day of the last period.' }),
      grain: t.arg({
        type: StatisticsGrain,
        description: 'Months, quarters or years (calendar ones, cut to the period); none: the whole period.',
      }),
    },
    resolve: (_root, args, context) =>
      checkedGrid(context.caller, { from: args.from, to: args.to }, args.grain)
        .cells()
        .map((cell) => sourceOf(cell, context)),
  }),
);

builder.objectFields(AreaRef, (t) => ({
  youthStatisticsSeries: t.field({
    type: [YouthStatistics],
    nullable: true,
    description:
      'Youth statistics for this area (a case counts in its household’s area when it opened), one element per ' +
      'period as `youthStatisticsSeries`; all areas asked in one request share one grouped query per statistic. ' +
      `Needs only the statistics scope. ${PERIOD_RULES}, and at most 120 periods.`,
    authScopes: STATISTICS,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day of the first period.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day of the last period.' }),
      grain: t.arg({
        type: StatisticsGrain,
        description: 'Months, quarters or years (calendar ones, cut to the period); none: the whole period.',
      }),
    },
    resolve: async (area, args, context) => {
      const period = { from: args.from, to: args.to };
      assertStatisticsPeriod(context.caller, period, args.grain);
      const cells = await areaCells(context).load({ ...period, grain: args.grain ?? null, areaId: area.id });
      return cells.map((cell) => sourceOf(cell, context));
    },
  }),
}));
