import { lockVersioned, type Tx, updateVersioned } from '@mienskip/kit/db';
import { type Caller, NotFoundError } from '@mienskip/kit/rules';
import { and, eq } from 'drizzle-orm';
import { type DebtCrisisRow, debtCases, debtCrises } from '../db/tables.ts';
import type { CrisisCaseFacts, CrisisState } from '../domain/crisis.ts';
import { newId } from './signals.ts';
import { visibleCases } from './visibility.ts';

/**
 * The case a crisis is reported on, if the caller may see it (BR-DB9), locked FOR UPDATE so that it
 * does not flow out while the crisis is written and its version can be raised; otherwise
 * `NotFoundError`, like a missing one.
 */
export async function caseForCrisis(tx: Tx, caller: Caller, caseId: string): Promise<CrisisCaseFacts> {
  const [row] = await tx
    .select({ id: debtCases.id, registeredOn: debtCases.registeredOn, outflowOn: debtCases.outflowOn })
    .from(debtCases)
    .where(and(eq(debtCases.id, caseId), visibleCases(caller)))
    .for('update');
  if (!row) throw new NotFoundError('DebtCase', caseId);
  return row;
}

export async function insertCrisis(
  tx: Tx,
  crisis: Pick<DebtCrisisRow, 'caseId' | 'kind' | 'reportedOn'>,
): Promise<DebtCrisisRow> {
  const [row] = await tx
    .insert(debtCrises)
    .values({ id: newId('debt-crisis'), ...crisis })
    .returning();
  return row!;
}

/**
 * Locks a crisis on a case the caller may see (FOR UPDATE) and refuses a stale version; a crisis of a
 * case it may not see answers `NotFoundError`.
 */
export async function lockCrisis(
  tx: Tx,
  caller: Caller,
  crisisId: string,
  expectedVersion: number,
): Promise<DebtCrisisRow> {
  const [visible] = await tx
    .select({ id: debtCrises.id })
    .from(debtCrises)
    .where(and(eq(debtCrises.id, crisisId), visibleCases(caller, debtCrises.caseId)));
  if (!visible) throw new NotFoundError('DebtCrisis', crisisId);
  return lockVersioned(tx, debtCrises, 'DebtCrisis', crisisId, expectedVersion);
}

export function crisisState(row: DebtCrisisRow): CrisisState {
  return {
    id: row.id,
    reportedOn: row.reportedOn,
    firstConversationOn: row.firstConversationOn,
    handledOn: row.handledOn,
  };
}

export function updateCrisis(
  tx: Tx,
  crisisId: string,
  changes: Partial<Pick<DebtCrisisRow, 'firstConversationOn' | 'handledOn'>>,
): Promise<DebtCrisisRow> {
  return updateVersioned(tx, debtCrises, crisisId, changes);
}
