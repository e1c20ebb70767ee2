import { areaSeriesLoader, assertStatisticsPeriod, checkedGrid } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { builder, STATISTICS, StatisticsGrain } from '../builder.ts';
import { AreaRef } from './refs.ts';
import { DebtStatistics, debtStatisticsOf } from './statistics.ts';

/**
 * Where debt statistics are asked (BR-DB16, BR-DB49): one period and area (`debtStatistics`), a
 * table by period for the municipality (`debtStatisticsSeries`) or for an area
 * (`Area.debtStatisticsSeries`). Each answers from one statistics table, one statement per statistic.
 */

const PERIOD_RULES =
  'Without the personal-data scope the period is whole calendar months (`from` the first day of a month, `to` the ' +
  'last day of a month), otherwise BAD_USER_INPUT; at most ten years and at most 120 periods.';

/** All areas of one `_entities` call with the same period and grain form one table. */
const areaCells = areaSeriesLoader<SubgraphContext>();

builder.queryField('debtStatistics', (t) =>
  t.field({
    type: DebtStatistics,
    nullable: true,
    description:
      'Debt-assistance statistics for a period, optionally one area (BR-DB16): cases by phase, the Wgs four-week and ' +
      'three-working-day norms, signals, referrals by kind, outflow by reason. Needs only the statistics scope; counts ' +
      'the cases the key may see. Without the personal-data scope the period is whole calendar months (`from` the first ' +
      'day of a month, `to` the last day of a month), otherwise BAD_USER_INPUT; at most ten years. Null when debt is ' +
      'unavailable; see errors.',
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
        description: 'Only cases of households in this area (as it was when the case was registered).',
      }),
    },
    resolve: (_root, args, context) => {
      const areaIds = args.areaId ? [String(args.areaId)] : null;
      const grid = checkedGrid(context.caller, { from: args.from, to: args.to }, null, areaIds);
      return debtStatisticsOf(grid.cells(), context)[0]!;
    },
  }),
);

builder.queryField('debtStatisticsSeries', (t) =>
  t.field({
    type: [DebtStatistics],
    nullable: true,
    description:
      'Debt-assistance statistics of the whole municipality as a table (BR-DB49): one element per calendar month, ' +
      'quarter or year of the period in order (the first and last cut to the period), or one for the whole period ' +
      `without a grain; each as \`debtStatistics\` answers for its period. Needs the statistics scope. ${PERIOD_RULES} ` +
      'Null when debt is unavailable; see errors.',
    authScopes: STATISTICS,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day of the table.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day of the table.' }),
      grain: t.arg({ type: StatisticsGrain, description: 'How the period is cut into rows; none: one row.' }),
    },
    resolve: (_root, args, context) => {
      const grid = checkedGrid(context.caller, { from: args.from, to: args.to }, args.grain);
      return debtStatisticsOf(grid.cells(), context);
    },
  }),
);

builder.objectField(AreaRef, 'debtStatisticsSeries', (t) =>
  t.field({
    type: [DebtStatistics],
    nullable: true,
    description:
      'Debt-assistance statistics of this area as a table (BR-DB49): one element per calendar month, quarter or year ' +
      'of the period in order, or one without a grain; each as `debtStatistics(areaId)` answers for its period. Needs ' +
      `the statistics scope. ${PERIOD_RULES} Null when refused or debt is unavailable.`,
    authScopes: STATISTICS,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day of the table.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day of the table.' }),
      grain: t.arg({ type: StatisticsGrain, description: 'How the period is cut into rows; none: one row.' }),
    },
    resolve: async (area, args, context) => {
      const period = { from: args.from, to: args.to };
      assertStatisticsPeriod(context.caller, period, args.grain);
      const cells = await areaCells(context).load({ ...period, grain: args.grain ?? null, areaId: area.id });
      return debtStatisticsOf(cells, context);
    },
  }),
);
