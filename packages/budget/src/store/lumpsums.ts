import type { Db, Tx } from '@mienskip/kit/db';
import { preparedPerDatabase, UNNAMED, updateVersioned } from '@mienskip/kit/db';
import { provenanceAfterChange } from '@mienskip/kit/rules';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  contracts,
  type LumpsumRow,
  lumpsumMutations,
  lumpsumShares,
  lumpsums,
  organisations,
} from '../db/tables.ts';
import type { Lot } from '../domain/lots.ts';
import type { LumpsumLine, LumpsumShare, LumpsumVersion } from '../domain/lumpsum.ts';

// The overview's reads, built once per database (`preparedPerDatabase`).
const CURRENT_OF_YEAR = preparedPerDatabase((db) =>
  db
    .select()
    .from(lumpsums)
    .where(and(eq(lumpsums.year, sql.placeholder('year')), isNull(lumpsums.supersededAt)))
    .orderBy(asc(lumpsums.id))
    .prepare(UNNAMED),
);
const LINES_OF = preparedPerDatabase((db) =>
  db
    .select()
    .from(lumpsumMutations)
    .where(sql`${lumpsumMutations.lumpsumId} = any(${sql.placeholder('ids')})`)
    .orderBy(asc(lumpsumMutations.position))
    .prepare(UNNAMED),
);
const SHARES_OF = preparedPerDatabase((db) =>
  db
    .select({ share: lumpsumShares, organisation: organisations })
    .from(lumpsumShares)
    .innerJoin(organisations, eq(organisations.id, lumpsumShares.organisationId))
    .where(sql`${lumpsumShares.lumpsumId} = any(${sql.placeholder('ids')})`)
    .orderBy(asc(lumpsumShares.organisationId))
    .prepare(UNNAMED),
);

/** The current version of every lumpsum of a year, by id. */
export function currentLumpsums(db: Db, year: number): Promise<LumpsumRow[]> {
  return CURRENT_OF_YEAR(db).execute({ year });
}

/** The lines of these lumpsums, in the order decided. */
export function linesOfLumpsums(db: Db, ids: readonly string[]) {
  return LINES_OF(db).execute({ ids: [...ids] });
}

/** The shares of these lumpsums by organisation id, each with its organisation: an overview names who gets a share. */
export function sharesWithOrganisations(db: Db, ids: readonly string[]) {
  return SHARES_OF(db).execute({ ids: [...ids] });
}

export async function findLumpsum(db: Db, id: string): Promise<LumpsumRow | null> {
  return (await db.select().from(lumpsums).where(eq(lumpsums.id, id)))[0] ?? null;
}

/** A version's lines, in the order decided. */
export async function storedLines(db: Db, lumpsumId: string): Promise<LumpsumLine[]> {
  const rows = await db
    .select()
    .from(lumpsumMutations)
    .where(eq(lumpsumMutations.lumpsumId, lumpsumId))
    .orderBy(asc(lumpsumMutations.position));
  return rows.map(({ kind, amountCents, explanation }) => ({ kind, amountCents, explanation }));
}

/** A version's shares, by organisation id. */
export async function storedShares(db: Db, lumpsumId: string): Promise<LumpsumShare[]> {
  const rows = await db
    .select()
    .from(lumpsumShares)
    .where(eq(lumpsumShares.lumpsumId, lumpsumId))
    .orderBy(asc(lumpsumShares.organisationId));
  return rows.map(({ organisationId, amountCents }) => ({ organisationId, amountCents }));
}

/** The organisations holding a running main contract in any of the lots, by id. */
export async function runningMainProviders(db: Db, lots: readonly Lot[]): Promise<string[]> {
  if (lots.length === 0) return [];
  const rows = await db
    .selectDistinct({ organisationId: contracts.organisationId })
    .from(contracts)
    .where(
      and(inArray(contracts.lot, [...lots]), eq(contracts.role, 'MAIN_PROVIDER'), isNull(contracts.endsOn)),
    )
    .orderBy(contracts.organisationId);
  return rows.map((row) => row.organisationId);
}

/** Writes a new version with its lines (numbered from 1) and shares; returns its row. */
export async function insertLumpsumVersion(tx: Tx, version: LumpsumVersion): Promise<LumpsumRow> {
  const { lines, shares, ...figures } = version;
  const [row] = await tx.insert(lumpsums).values(figures).returning();
  if (lines.length) {
    await tx.insert(lumpsumMutations).values(
      lines.map((line, i) => ({
        id: `${version.id}-line-${i + 1}`,
        lumpsumId: version.id,
        position: i + 1,
        ...line,
      })),
    );
  }
  if (shares.length) {
    await tx.insert(lumpsumShares).values(shares.map((share) => ({ lumpsumId: version.id, ...share })));
  }
  return row!;
}

/**
 * Replaces a version's shares (written through the API: RECORDED) and raises its version: its figures
 * changed, so a source lumpsum becomes RECORDED too.
 */
export async function replaceShares(tx: Tx, lumpsum: LumpsumRow, shares: readonly LumpsumShare[]) {
  const lumpsumId = lumpsum.id;
  await tx.delete(lumpsumShares).where(eq(lumpsumShares.lumpsumId, lumpsumId));
  await tx.insert(lumpsumShares).values(shares.map((share) => ({ lumpsumId, ...share })));
  await updateVersioned(tx, lumpsums, lumpsumId, { provenance: provenanceAfterChange(lumpsum.provenance) });
}
