import { lockVersioned, type Tx, updateVersioned } from '@mienskip/kit/db';
import { type Caller, mayReadRowsOf, NotFoundError } from '@mienskip/kit/rules';
import { and, eq } from 'drizzle-orm';
import { clients, households } from '../db/tables.ts';
import type { ClientVisibility } from '../domain/visibility.ts';
import { visibleClients } from './scoping.ts';

/** Rows owned by one organisation: a municipal key may change any, another key only its own. */
export function ownedBy(caller: Caller) {
  return (row: { organisationId: string }) => mayReadRowsOf(caller, row.organisationId);
}

/**
 * Locks the household: regie and plan changes to one household run one after the other. A household
 * the caller cannot see answers as absent, so that a key cannot make a household visible to itself
 * by assigning its own worker regie there (BR-KT4). `visibility` comes before the transaction
 * (`visibilityOf`): no look-up while the row is locked.
 */
export async function lockHousehold(
  tx: Tx,
  visibility: ClientVisibility,
  householdId: string,
  version?: number | null,
) {
  const row = await lockVersioned(tx, households, 'Household', householdId, version);
  const visible = visibleClients(visibility);
  if (visible) {
    const [member] = await tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.householdId, householdId), visible))
      .limit(1);
    if (!member) throw new NotFoundError('Household', householdId);
  }
  return row;
}

/** Raises the household's version after a regie or plan change, returning the new row. */
export function bumpHousehold(tx: Tx, householdId: string) {
  return updateVersioned(tx, households, householdId, {});
}
