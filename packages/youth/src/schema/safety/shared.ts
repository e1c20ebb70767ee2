import type { Tx } from '@mienskip/kit/db';
import type { SubgraphContext } from '@mienskip/kit/server';
import type { SafetyCase } from '../../domain/safety/case.ts';
import { loadSafetyCase } from '../../store/safety/cases.ts';
import { PERSONAL, WRITE } from '../builder.ts';
import { purposeRefusal } from '../personal.ts';

/**
 * What a mutation that writes personal youth data needs (BR-YS15): youth:write and personal-data;
 * and a Jeugdwet purpose (`refuseWithoutPurpose`), and its write is logged per child (`logYouthWrite`).
 */
export const PERSONAL_WRITE = { $all: { ...WRITE, $all: PERSONAL } } as const;

/** Doelbinding of a personal write (Jeugdwet art. 7.4.0): throws the typed refusal, before anything is read. */
export function refuseWithoutPurpose(context: SubgraphContext): void {
  const refusal = purposeRefusal(context.caller);
  if (refusal) throw refusal;
}

/**
 * One safety event written on a case the caller may see: the case is loaded (and locked FOR SHARE)
 * inside the transaction, an invisible one answers `NotFoundError`; what `write` throws rolls
 * everything back.
 */
export function onCase<T>(
  context: SubgraphContext,
  caseId: string,
  write: (tx: Tx, safetyCase: SafetyCase) => Promise<T>,
): Promise<T> {
  return context.db.transaction(async (tx) => write(tx, await loadSafetyCase(tx, context.caller, caseId)));
}

/** `onCase` for a write of personal youth data: refused first without a Jeugdwet purpose. */
export function personalOnCase<T>(
  context: SubgraphContext,
  caseId: string,
  write: (tx: Tx, safetyCase: SafetyCase) => Promise<T>,
): Promise<T> {
  refuseWithoutPurpose(context);
  return onCase(context, caseId, write);
}

/** A transaction writing personal youth data: refused first without a Jeugdwet purpose. */
export function personalTransaction<T>(context: SubgraphContext, write: (tx: Tx) => Promise<T>): Promise<T> {
  refuseWithoutPurpose(context);
  return context.db.transaction(write);
}
