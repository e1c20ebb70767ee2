import { isMunicipal } from '@mienskip/kit/rules';
import { type LotFigures, lotFigures } from '../domain/realisation.ts';
import { lotSharesAndSpending } from '../store/lot-realisation.ts';
import { builder } from './builder.ts';
import { Lot } from './contract.ts';

const STATISTICS = { scope: 'statistics' } as const;

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
      resolve: (f) => f.differenceCents,
    }),
  }),
});

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
    resolve: async (_root, args, { db, caller }) => {
      // Row scoping (BR-KT2): a key of any other organisation than the municipality sums only its own
      // shares and spending (a lot with one main provider would otherwise show that provider's share).
      const { shares, spending } = await lotSharesAndSpending(
        db,
        args.year,
        isMunicipal(caller) ? undefined : caller.organisationId,
      );
      return lotFigures(shares, spending);
    },
  }),
);
