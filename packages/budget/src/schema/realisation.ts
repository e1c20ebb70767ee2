import { contextLoader, isMunicipal } from '@mienskip/kit';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BudgetContext } from '../context.ts';
import { realisations } from '../db/schema.ts';
import { builder, READ_BUDGET } from './builder.ts';
import { Lumpsum } from './lumpsum.ts';

interface MonthlyAmount {
  month: number;
  amountCents: bigint;
}

const MonthlyRealisation = builder.objectRef<MonthlyAmount>('MonthlyRealisation').implement({
  description: 'Realisatie in one month.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Month, 1–12.' }),
    amount: t.field({ type: 'Money', description: 'Spent in that month.', resolve: (m) => m.amountCents }),
  }),
});

/**
 * Monthly spending per year and lot, summed in SQL: one statement for every lumpsum of an operation.
 * A provider's key sums only its own entries.
 */
const monthlyByLot = contextLoader(async (years: readonly number[], { db, caller }: BudgetContext) => {
  const rows = await db
    .select({
      year: realisations.year,
      lot: realisations.lot,
      month: realisations.month,
      amount: sql<string>`sum(${realisations.amountCents})`,
    })
    .from(realisations)
    .where(
      and(
        inArray(realisations.year, [...years]),
        isMunicipal(caller) ? undefined : eq(realisations.organisationId, caller.organisationId),
      ),
    )
    .groupBy(realisations.year, realisations.lot, realisations.month);
  return years.map((year) => rows.filter((row) => row.year === year));
});

async function monthsOf(
  lumpsum: { year: number; lots: string[] },
  context: BudgetContext,
): Promise<MonthlyAmount[]> {
  const rows = (await monthlyByLot(context).load(lumpsum.year)).filter((row) =>
    lumpsum.lots.includes(row.lot),
  );
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    amountCents: rows.filter((row) => row.month === i + 1).reduce((sum, row) => sum + BigInt(row.amount), 0n),
  }));
}

builder.objectFields(Lumpsum, (t) => ({
  realisationByMonth: t.field({
    type: [MonthlyRealisation],
    description:
      'Realisatie: spending on the lumpsum’s lots in each month of its year (a provider’s key: its own).',
    resolve: (lumpsum, _args, context) => monthsOf(lumpsum, context),
  }),
  realised: t.field({
    type: 'Money',
    description: 'Spending on the lumpsum’s lots over its year (a provider’s key: its own).',
    resolve: async (lumpsum, _args, context) =>
      (await monthsOf(lumpsum, context)).reduce((sum, m) => sum + m.amountCents, 0n),
  }),
  realisedMinusDecided: t.field({
    type: 'Money',
    description: 'Realised − decided amount: positive when more was spent than the lumpsum (municipal keys).',
    nullable: true,
    authScopes: { municipal: true },
    resolve: async (lumpsum, _args, context) =>
      (await monthsOf(lumpsum, context)).reduce((sum, m) => sum + m.amountCents, 0n) - lumpsum.decidedCents,
  }),
}));
