import { type Caller, isMunicipal, NotFoundError, VersionConflictError } from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { households } from '../db/tables.ts';

export type Tx = Parameters<Parameters<SubgraphContext['db']['transaction']>[0]>[0];

type Versioned = PgTable & { id: AnyPgColumn; version: AnyPgColumn };

/**
 * Locks the row a change is about (FOR UPDATE, so concurrent changes run one after the other) and
 * refuses a stale `version` before anything changes. A row the key may not change answers as absent.
 */
export async function lockVersioned<T extends Versioned>(
  tx: Tx,
  table: T,
  entity: string,
  id: string,
  version: number | null | undefined,
  mayChange: (row: T['$inferSelect']) => boolean = () => true,
): Promise<T['$inferSelect']> {
  const [row] = (await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for('update')) as T['$inferSelect'][];
  if (!row || !mayChange(row)) throw new NotFoundError(entity, id);
  const current = (row as { version: number }).version;
  if (version != null && current !== version) throw new VersionConflictError(entity, id, version, current);
  return row;
}

/** Rows owned by one organisation: a municipal key may change any, another key only its own. */
export function ownedBy(caller: Caller) {
  return (row: { organisationId: string }) =>
    isMunicipal(caller) || row.organisationId === caller.organisationId;
}

/** Locks the household: regie and plan changes to one household run one after the other. */
export function lockHousehold(tx: Tx, householdId: string, version?: number | null) {
  return lockVersioned(tx, households, 'Household', householdId, version);
}

/** Raises the household's version after a regie or plan change, returning the new row. */
export async function bumpHousehold(tx: Tx, householdId: string) {
  const [row] = await tx
    .update(households)
    .set({ version: sql`${households.version} + 1` })
    .where(eq(households.id, householdId))
    .returning();
  return row!;
}
