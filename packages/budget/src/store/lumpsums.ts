import type { Db, Tx } from '@mienskip/kit/db';
import {
  jsonRow,
  preparedPerDatabase,
  qualified,
  rowFromJson,
  UNNAMED,
  updateVersioned,
} from '@mienskip/kit/db';
import { provenanceAfterChange } from '@mienskip/kit/rules';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  contracts,
  type LumpsumMutationRow,
  type LumpsumRow,
  type LumpsumShareRow,
  lumpsumMutations,
  lumpsumShares,
  lumpsums,
  type OrganisationRow,
  organisations,
} from '../db/tables.ts';
import type { Lot } from '../domain/lots.ts';
import type { LumpsumLine, LumpsumShare, LumpsumVersion } from '../domain/lumpsum.ts';

// The loaders' reads (lumpsums fetched elsewhere), built once per database (`preparedPerDatabase`).
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

type Json = Record<string, unknown>;

/** The lines of the lumpsum of the row, in the order decided, as JSON rows (`jsonRow`). */
const LINES_JSON = sql<Json[]>`coalesce((select json_agg(${jsonRow(lumpsumMutations)}
  order by ${qualified(lumpsumMutations.position)})
  from ${lumpsumMutations} where ${qualified(lumpsumMutations.lumpsumId)} = ${qualified(lumpsums.id)}), '[]')`;

/** The shares of the lumpsum of the row, each with its organisation, by organisation id, as JSON rows. */
const SHARES_JSON = sql<{ share: Json; organisation: Json }[]>`coalesce((select json_agg(json_build_object(
  'share', ${jsonRow(lumpsumShares)}, 'organisation', ${jsonRow(organisations)})
  order by ${qualified(lumpsumShares.organisationId)})
  from ${lumpsumShares} join ${organisations} on ${qualified(organisations.id)} = ${qualified(lumpsumShares.organisationId)}
  where ${qualified(lumpsumShares.lumpsumId)} = ${qualified(lumpsums.id)}), '[]')`;

/**
 * The overview's read: the current version of every lumpsum of a year, each with its lines and its
 * shares with their organisations. One statement where there were three, in one wave where there
 * were two: each statement costs a round trip and a wake-up of the server (issue 19).
 */
const OVERVIEW_OF_YEAR = preparedPerDatabase((db) =>
  db
    .select({ lumpsum: lumpsums, lines: LINES_JSON, shares: SHARES_JSON })
    .from(lumpsums)
    .where(and(eq(lumpsums.year, sql.placeholder('year')), isNull(lumpsums.supersededAt)))
    .orderBy(asc(lumpsums.id))
    .prepare(UNNAMED),
);

export interface LumpsumWithDetails {
  lumpsum: LumpsumRow;
  lines: LumpsumMutationRow[];
  shares: { share: LumpsumShareRow; organisation: OrganisationRow }[];
}

/** The current version of every lumpsum of a year, by id, with its lines and its shares' organisations. */
export async function lumpsumsOfYearWithDetails(db: Db, year: number): Promise<LumpsumWithDetails[]> {
  const rows = await OVERVIEW_OF_YEAR(db).execute({ year });
  return rows.map(({ lumpsum, lines, shares }) => ({
    lumpsum,
    lines: lines.map((line) => rowFromJson(lumpsumMutations, line)),
    shares: shares.map(({ share, organisation }) => ({
      share: rowFromJson(lumpsumShares, share),
      organisation: rowFromJson(organisations, organisation),
    })),
  }));
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
