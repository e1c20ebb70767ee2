import { randomUUID } from 'node:crypto';
import { type Db, preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { and, eq, sql } from 'drizzle-orm';
import { realisations } from '../db/tables.ts';
import type { RealisationEntry } from '../domain/realisation.ts';

/** Spending per year, lot and month of the years asked (`years`), of one organisation or of all; built once per database. */
function monthlySums(ofOneOrganisation: boolean) {
  return preparedPerDatabase((db) =>
    db
      .select({
        year: realisations.year,
        lot: realisations.lot,
        month: realisations.month,
        amountCents: sql<string>`sum(${realisations.amountCents})`.mapWith((sum) => BigInt(sum)),
      })
      .from(realisations)
      .where(
        and(
          sql`${realisations.year} = any(${sql.placeholder('years')})`,
          ofOneOrganisation ? eq(realisations.organisationId, sql.placeholder('organisationId')) : undefined,
        ),
      )
      .groupBy(realisations.year, realisations.lot, realisations.month)
      .prepare(UNNAMED),
  );
}

const SUMS_OF_ALL = monthlySums(false);
const SUMS_OF_ONE_ORGANISATION = monthlySums(true);

/** Spending per year, lot and month, summed in SQL: one statement; only `organisationId`'s entries when one is given. */
export function monthlyRealisation(db: Db, years: readonly number[], organisationId: string | undefined) {
  return organisationId === undefined
    ? SUMS_OF_ALL(db).execute({ years: [...years] })
    : SUMS_OF_ONE_ORGANISATION(db).execute({ years: [...years], organisationId });
}

/** Adds a spending entry; entries are never overwritten (BR-BU5). */
export async function insertRealisation(db: Db, entry: RealisationEntry) {
  const [row] = await db
    .insert(realisations)
    .values({ id: `realisation-${randomUUID()}`, ...entry })
    .returning();
  return row!;
}
