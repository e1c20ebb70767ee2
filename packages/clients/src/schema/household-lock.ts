import { NotFoundError, VersionConflictError } from '@mienskip/kit';
import { eq, sql } from 'drizzle-orm';
import type { ClientsContext } from '../context.ts';
import { households } from '../db/schema.ts';

export type Tx = Parameters<Parameters<ClientsContext['db']['transaction']>[0]>[0];

/**
 * Locks the household row: regie and plan changes to one household run one after the other, and a
 * stale `version` is refused before anything changes.
 */
export async function lockHousehold(tx: Tx, householdId: string, version?: number | null) {
  const [household] = await tx.select().from(households).where(eq(households.id, householdId)).for('update');
  if (!household) throw new NotFoundError('Household', householdId);
  if (version != null && household.version !== version) {
    throw new VersionConflictError('Household', householdId, version, household.version);
  }
  return household;
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
