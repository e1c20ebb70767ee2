import { randomUUID } from 'node:crypto';
import type { Tx } from '@mienskip/kit/db';
import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { type ContractRow, contracts } from '../db/tables.ts';
import type { ContractDraft, MainContract } from '../domain/lots.ts';

/** Locks the contracts: two main contracts added at once are checked one after the other. */
export async function lockContracts(tx: Tx): Promise<void> {
  await tx.execute(sql`lock table budget.contracts in share row exclusive mode`);
}

/** The main contracts still running on a day (open, or ending on or after it). */
export function runningMainContracts(tx: Tx, on: string): Promise<MainContract[]> {
  return tx
    .select({ lot: contracts.lot, organisationId: contracts.organisationId })
    .from(contracts)
    .where(and(eq(contracts.role, 'MAIN_PROVIDER'), or(isNull(contracts.endsOn), gte(contracts.endsOn, on))));
}

export async function insertContract(tx: Tx, draft: ContractDraft): Promise<ContractRow> {
  const [row] = await tx
    .insert(contracts)
    .values({ id: `contract-${randomUUID()}`, ...draft })
    .returning();
  return row!;
}
