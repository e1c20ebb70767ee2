import { isMunicipal, type Period, periodsOf } from '@mienskip/kit/rules';
import { addStatisticsGrain, assertStatisticsPeriod, StatisticsGrid } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { GraphQLError } from 'graphql';
import { type LotFigures, lotFigures } from '../domain/realisation.ts';
import { realisationPeriodRefusal } from '../domain/realisation-period.ts';
import { lotSharesOfYears, lotSpendingOfGrid } from '../store/lot-realisation.ts';
import { builder, Provenance } from './builder.ts';
import { Lot } from './contract.ts';

const STATISTICS = { scope: 'statistics' } as const;

const StatisticsGrain = addStatisticsGrain(builder);

const LotRealisation = builder.objectRef<LotFigures>('LotRealisation').implement({
  description:
    'Lumpsum versus realisation of one lot (perceel) in a year, or in a period of a year (`lotRealisationSeries`).',
  authScopes: STATISTICS,
  fields: (t) => ({
    lot: t.expose('lot', { type: Lot, description: 'The lot.' }),
    lumpsum: t.field({
      type: 'Money',
      description:
        "The lot's part of the current lumpsums of the year: the shares of the lot's main providers. A lumpsum " +
        'is set per year, so a quarter or month shows the whole year’s lumpsum, not a part of it.',
      resolve: (f) => f.lumpsumCents,
    }),
    realised: t.field({
      type: 'Money',
      description: 'Spent on the lot in the year, or in the period of a series.',
      resolve: (f) => f.realisedCents,
    }),
    realisedToDate: t.field({
      type: 'Money',
      description:
        'Spent on the lot from 1 January of the year to the last day of the period ("enough money left at year ' +
        'end"); for a whole year the same as `realised`.',
      resolve: (f) => f.realisedToDateCents,
    }),
    difference: t.field({
      type: 'Money',
      description:
        'Realised to date − lumpsum: for a whole year realised − lumpsum; in a series negative while money is ' +
        'left of the year’s lumpsum at the end of the period, positive when more was spent.',
      resolve: (f) => f.differenceCents,
    }),
    provenance: t.expose('provenance', {
      type: Provenance,
      description:
        'Where the figures come from: SYNTHETIC when any spending entry summed is (the seeded realisation of ' +
        '2021, generated: the sources give no spending); otherwise RECORDED when any lumpsum, share or entry was ' +
        'recorded or changed through the API, and for a lot with nothing to sum (all zero); SOURCE when all of it ' +
        'is the sources’ figures (the 2021 lumpsums without spending).',
    }),
  }),
});

interface LotTable extends Period {
  lots: LotFigures[];
}

/**
 * Every period of the table with every lot, in two statements (lumpsum shares per year, spending per
 * period). Row scoping (BR-KT2): a key of any other organisation than the municipality sums only its
 * own shares and spending (a lot with one main provider would otherwise show that provider's share).
 */
async function lotTables({ db, caller }: SubgraphContext, grid: StatisticsGrid): Promise<LotTable[]> {
  const organisationId = isMunicipal(caller) ? undefined : caller.organisationId;
  const yearOf = (period: Period) => Number(period.to.slice(0, 4));
  const [shares, spending] = await Promise.all([
    lotSharesOfYears(db, [...new Set(grid.periods.map(yearOf))], organisationId),
    lotSpendingOfGrid(db, grid, organisationId),
  ]);
  return grid.periods.map((period, index) => ({
    ...period,
    lots: lotFigures(
      shares.filter((share) => share.year === yearOf(period)),
      spending.filter((spent) => spent.period === index),
    ),
  }));
}

builder.queryField('lotRealisation', (t) =>
  t.field({
    type: [LotRealisation],
    nullable: true,
    description:
      'Lumpsum versus realisation per lot for a year, for council reporting: money amounts, aggregated in SQL ' +
      '(the small-number rule is for counts of people, not for amounts). A key of another organisation than the ' +
      "municipality sums its own organisation's shares and spending only. Null when budget is unavailable; see errors.",
    authScopes: STATISTICS,
    args: { year: t.arg.int({ required: true, description: 'The year.' }) },
    resolve: async (_root, args, context) => {
      const grid = new StatisticsGrid([{ from: `${args.year}-01-01`, to: `${args.year}-12-31` }]);
      return (await lotTables(context, grid))[0]!.lots;
    },
  }),
);

const LotRealisationPeriod = builder.objectRef<LotTable>('LotRealisationPeriod').implement({
  description: 'Lumpsum versus realisation of every lot in one period of `lotRealisationSeries`.',
  authScopes: STATISTICS,
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day of the period.', resolve: (p) => p.from }),
    to: t.field({ type: 'Date', description: 'Last day of the period.', resolve: (p) => p.to }),
    lots: t.field({
      type: [LotRealisation],
      description: 'Every lot, in the tender’s order, a lot without lumpsum or spending at zero.',
      resolve: (p) => p.lots,
    }),
  }),
});

builder.queryField('lotRealisationSeries', (t) =>
  t.field({
    type: [LotRealisationPeriod],
    nullable: true,
    description:
      'Lumpsum versus realisation per lot per period, for council reporting ("enough money left at year end"): ' +
      'one element per period in order (without `grain`: one, the whole period). Lots are municipal, not per ' +
      'area. Spending is recorded per month and a lumpsum per year: the period is whole calendar months (for ' +
      'every key), each period lies within one calendar year, at most ten years and 120 periods; otherwise ' +
      "BAD_USER_INPUT. A key of another organisation than the municipality sums its own organisation's shares " +
      'and spending only. Null when budget is unavailable; see errors.',
    authScopes: STATISTICS,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day: the first day of a month.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day: the last day of a month.' }),
      grain: t.arg({
        type: StatisticsGrain,
        description: 'How to cut the period into rows; without it, one row for the whole period.',
      }),
    },
    resolve: (_root, args, context) => {
      const period = { from: args.from, to: args.to };
      assertStatisticsPeriod(context.caller, period, args.grain);
      const periods = periodsOf(period, args.grain);
      const refusal = realisationPeriodRefusal(period, periods);
      if (refusal)
        throw new GraphQLError(refusal.message, {
          extensions: { code: 'BAD_USER_INPUT', field: refusal.field },
        });
      return lotTables(context, new StatisticsGrid(periods));
    },
  }),
);
