import type { Db } from '@mienskip/kit/db';
import type { Provenance } from '@mienskip/kit/rules';
import type { StatisticsGrid } from '@mienskip/kit/schema';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { contracts, lumpsumShares, lumpsums, realisations } from '../db/tables.ts';
import type { LotShare, LotSpending } from '../domain/realisation.ts';

const sum = (column: typeof lumpsumShares.amountCents | typeof realisations.amountCents) =>
  sql<string>`coalesce(sum(${column}), 0)`.mapWith((total) => BigInt(total));

/**
 * Per year and lot, summed in one statement: the lots' part of the current lumpsums (the shares of
 * each lot's main providers, BR-BU7), with the provenance of the lumpsums and shares. With
 * `organisationId`, only that organisation's shares count.
 */
export async function lotSharesOfYears(
  db: Db,
  years: readonly number[],
  organisationId: string | undefined,
): Promise<(LotShare & { year: number })[]> {
  return await db
    .select({
      year: lumpsums.year,
      lot: contracts.lot,
      amountCents: sum(lumpsumShares.amountCents),
      provenances: sql<
        Provenance[]
      >`array_agg(distinct ${lumpsumShares.provenance}::text) || array_agg(distinct ${lumpsums.provenance}::text)`,
    })
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
        inArray(lumpsums.year, [...years]),
        isNull(lumpsums.supersededAt),
        organisationId ? eq(lumpsumShares.organisationId, organisationId) : undefined,
      ),
    )
    .groupBy(lumpsums.year, contracts.lot);
}

/**
 * Per period of the table and lot, summed in one statement (BR-BU8): the spending in the period,
 * and from 1 January of the period's year to its last day, with the provenance of the entries to
 * date. An entry is for its month; the periods are whole months. With `organisationId`, only that
 * organisation's entries count.
 */
export async function lotSpendingOfGrid(
  db: Db,
  grid: StatisticsGrid,
  organisationId: string | undefined,
): Promise<(LotSpending & { period: number })[]> {
  const month = sql`make_date(${realisations.year}::int, ${realisations.month}::int, 1)`;
  return await db
    .select({
      period: grid.periodIndex,
      lot: realisations.lot,
      amountCents:
        sql<string>`coalesce(sum(${realisations.amountCents}) filter (where ${grid.holds(month)}), 0)`.mapWith(
          (total) => BigInt(total),
        ),
      toDateCents: sum(realisations.amountCents),
      provenances: sql<Provenance[]>`array_agg(distinct ${realisations.provenance}::text)`,
    })
    .from(realisations)
    .innerJoin(
      grid.periodTable,
      sql`${month} between date_trunc('year', ${grid.lastDay})::date and ${grid.lastDay}`,
    )
    .where(organisationId ? eq(realisations.organisationId, organisationId) : undefined)
    .groupBy(grid.periodIndex, realisations.lot);
}
