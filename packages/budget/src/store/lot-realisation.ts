import type { Db } from '@mienskip/kit/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { contracts, lumpsumShares, lumpsums, realisations } from '../db/tables.ts';
import type { LotAmount } from '../domain/realisation.ts';

/**
 * Per lot for a year, summed in SQL in two statements: the lots' part of the current lumpsums (the
 * shares of each lot's main providers, BR-BU7) and the lots' spending. With `organisationId`, only
 * that organisation's shares and spending count.
 */
export async function lotSharesAndSpending(
  db: Db,
  year: number,
  organisationId: string | undefined,
): Promise<{ shares: LotAmount[]; spending: LotAmount[] }> {
  const sum = (column: typeof lumpsumShares.amountCents | typeof realisations.amountCents) =>
    sql<string>`sum(${column})`.mapWith((total) => BigInt(total));
  const [shares, spending] = await Promise.all([
    db
      .select({ lot: contracts.lot, amountCents: sum(lumpsumShares.amountCents) })
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
          eq(lumpsums.year, year),
          isNull(lumpsums.supersededAt),
          organisationId ? eq(lumpsumShares.organisationId, organisationId) : undefined,
        ),
      )
      .groupBy(contracts.lot),
    db
      .select({ lot: realisations.lot, amountCents: sum(realisations.amountCents) })
      .from(realisations)
      .where(
        and(
          eq(realisations.year, year),
          organisationId ? eq(realisations.organisationId, organisationId) : undefined,
        ),
      )
      .groupBy(realisations.lot),
  ]);
  return { shares, spending };
}
