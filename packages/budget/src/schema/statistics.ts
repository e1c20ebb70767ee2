import { isMunicipal } from '@mienskip/kit/rules';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { contracts, lumpsumShares, lumpsums, realisations } from '../db/tables.ts';
import { LOTS, type Lot as LotValue } from '../domain/lots.ts';
import { builder } from './builder.ts';
import { Lot } from './contract.ts';

const STATISTICS = { scope: 'statistics' } as const;

interface LotFigures {
  lot: LotValue;
  lumpsumCents: bigint;
  realisedCents: bigint;
}

const LotRealisation = builder.objectRef<LotFigures>('LotRealisation').implement({
  description: 'Lumpsum versus realisation of one lot (perceel) in a year.',
  authScopes: STATISTICS,
  fields: (t) => ({
    lot: t.expose('lot', { type: Lot, description: 'The lot.' }),
    lumpsum: t.field({
      type: 'Money',
      description: "The lot's part of the current lumpsums: the shares of the lot's main providers.",
      resolve: (f) => f.lumpsumCents,
    }),
    realised: t.field({
      type: 'Money',
      description: 'Spent on the lot in the year.',
      resolve: (f) => f.realisedCents,
    }),
    difference: t.field({
      type: 'Money',
      description: 'Realised − lumpsum.',
      resolve: (f) => f.realisedCents - f.lumpsumCents,
    }),
  }),
});

builder.queryField('lotRealisation', (t) =>
  t.field({
    type: [LotRealisation],
    description:
      'Lumpsum versus realisation per lot for a year, for council reporting: money amounts, aggregated in SQL ' +
      '(the small-number rule is for counts of people, not for amounts). A key of another organisation than the ' +
      "municipality sums its own organisation's shares and spending only.",
    authScopes: STATISTICS,
    args: { year: t.arg.int({ required: true, description: 'The year.' }) },
    resolve: async (_root, args, { db, caller }) => {
      // Row scoping: a key of any other organisation than the municipality sums only its own shares
      // and spending (a lot with one main provider would otherwise show that provider's share).
      const own = (
        organisationId: typeof realisations.organisationId | typeof lumpsumShares.organisationId,
      ) => (isMunicipal(caller) ? undefined : eq(organisationId, caller.organisationId));
      // Two statements: the lots' shares of the current lumpsums, and the lots' spending.
      const [shares, spent] = await Promise.all([
        db
          .select({ lot: contracts.lot, cents: sql<string>`sum(${lumpsumShares.amountCents})` })
          .from(lumpsumShares)
          .innerJoin(lumpsums, eq(lumpsums.id, lumpsumShares.lumpsumId))
          .innerJoin(
            contracts,
            and(
              eq(contracts.organisationId, lumpsumShares.organisationId),
              eq(contracts.role, 'MAIN_PROVIDER'),
              sql`${contracts.lot} = any(${lumpsums.lots})`,
            ),
          )
          .where(
            and(
              eq(lumpsums.year, args.year),
              isNull(lumpsums.supersededAt),
              own(lumpsumShares.organisationId),
            ),
          )
          .groupBy(contracts.lot),
        db
          .select({ lot: realisations.lot, cents: sql<string>`sum(${realisations.amountCents})` })
          .from(realisations)
          .where(and(eq(realisations.year, args.year), own(realisations.organisationId)))
          .groupBy(realisations.lot),
      ]);
      const cents = (rows: readonly { lot: LotValue; cents: string }[], lot: LotValue) =>
        BigInt(rows.find((r) => r.lot === lot)?.cents ?? 0);
      return LOTS.map((lot) => ({ lot, lumpsumCents: cents(shares, lot), realisedCents: cents(spent, lot) }));
    },
  }),
);
