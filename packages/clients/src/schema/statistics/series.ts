import { areaSeriesLoader, assertStatisticsPeriod, checkedGrid } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { builder, STATISTICS, StatisticsGrain } from '../builder.ts';
import { AreaRef } from '../refs.ts';
import { ClientStatistics } from './client-statistics.ts';
import { sourcesOf } from './source.ts';

const WHOLE_MONTHS =
  'Without the personal-data scope the period is whole calendar months (`from` the first day of a month, `to` ' +
  'the last day of a month: a month, a quarter, a year or a run of months), otherwise BAD_USER_INPUT, so that ' +
  'subtracting overlapping periods cannot single out a few days.';
const SCOPING =
  "A provider key counts its own clients, and of engagements, complaints and housing links only its own organisation's.";

/** The arguments of a series: the period and its grain. */
const seriesArgs = builder.args((t) => ({
  from: t.field({
    type: 'Date',
    required: true,
    description: 'First day (without personal-data the first day of a month).',
  }),
  to: t.field({
    type: 'Date',
    required: true,
    description:
      'Last day (at most ten years after the first; without personal-data the last day of a month).',
  }),
  grain: t.field({
    type: StatisticsGrain,
    description: 'How the period is cut into rows (at most 120); without it, one row for the whole period.',
  }),
}));

/** The areas of one request with the same period and grain: one table, one query per figure. */
const areaCells = areaSeriesLoader<SubgraphContext>();

builder.queryField('clientStatistics', (t) =>
  t.field({
    type: ClientStatistics,
    nullable: true,
    description:
      'Statistics of the social domain for a period, optionally one area: pillars and kinds, provision types, ' +
      'ZIN/PGB, requests, referrals, decisions, objections, complaints, transition progress, housing links and ' +
      `waiting time. ${SCOPING} ${WHOLE_MONTHS} Null when clients is unavailable; see errors.`,
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
        description:
          'Last day (at most ten years after the first; without personal-data the last day of a month).',
      }),
      areaId: t.arg.id({ description: 'Only households in this area.' }),
    },
    resolve: async (_root, args, context) => {
      const period = { from: args.from, to: args.to };
      const areaIds = args.areaId ? [String(args.areaId)] : null;
      const [source] = await sourcesOf(context, checkedGrid(context.caller, period, null, areaIds).cells());
      return source!;
    },
  }),
);

builder.queryField('clientStatisticsSeries', (t) =>
  t.field({
    type: [ClientStatistics],
    nullable: true,
    description:
      'A table of `ClientStatistics` for the whole municipality: one element per calendar month, quarter or ' +
      'year of the period (the first and last cut to it), in order; without a grain one element for the ' +
      `period. Each figure is one query for the whole table. At most 120 periods. ${SCOPING} ${WHOLE_MONTHS} ` +
      'Null when clients is unavailable; see errors.',
    authScopes: STATISTICS,
    args: seriesArgs,
    resolve: async (_root, args, context) =>
      sourcesOf(context, checkedGrid(context.caller, { from: args.from, to: args.to }, args.grain).cells()),
  }),
);

builder.objectFields(AreaRef, (t) => ({
  clientStatisticsSeries: t.field({
    type: [ClientStatistics],
    nullable: true,
    description:
      "A table of `ClientStatistics` for this area's households, one element per period as " +
      '`Query.clientStatisticsSeries`; the areas of one request share its queries (one per figure for all ' +
      `areas and periods). ${SCOPING} ${WHOLE_MONTHS} Null when clients is unavailable; see errors.`,
    authScopes: STATISTICS,
    args: seriesArgs,
    resolve: async (area, args, context) => {
      const period = { from: args.from, to: args.to };
      assertStatisticsPeriod(context.caller, period, args.grain);
      const cells = await areaCells(context).load({ ...period, grain: args.grain ?? null, areaId: area.id });
      return sourcesOf(context, cells);
    },
  }),
}));
