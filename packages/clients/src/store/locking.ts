import { lockVersioned, type Tx, updateVersioned } from '@mienskip/kit/db';
import { type Caller, mayReadRowsOf } from '@mienskip/kit/rules';
import { households } from '../db/tables.ts';

/** Rows owned by one organisation: a municipal key may change any, another key only its own. */
export function ownedBy(caller: Caller) {
  return (row: { organisationId: string }) => mayReadRowsOf(caller, row.organisationId);
}

/** Locks the household: regie and plan changes to one household run one after the other. */
export function lockHousehold(tx: Tx, householdId: string, version?: number | null) {
  return lockVersioned(tx, households, 'Household', householdId, version);
}

/** Raises the household's version after a regie or plan change, returning the new row. */
export function bumpHousehold(tx: Tx, householdId: string) {
  return updateVersioned(tx, households, householdId, {});
}
