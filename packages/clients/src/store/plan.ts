import type { Tx } from '@mienskip/kit/db';
import { and, eq, isNull } from 'drizzle-orm';
import { type SupportPlanRow, supportPlans } from '../db/tables.ts';
import type { NewPlan } from '../domain/plan.ts';

/** The id of the household's open plan, or null (lock the household first). */
export async function activePlanId(tx: Tx, householdId: string): Promise<string | null> {
  const [active] = await tx
    .select({ id: supportPlans.id })
    .from(supportPlans)
    .where(and(eq(supportPlans.householdId, householdId), isNull(supportPlans.closedOn)));
  return active?.id ?? null;
}

export async function insertPlan(tx: Tx, plan: NewPlan): Promise<SupportPlanRow> {
  const [row] = await tx
    .insert(supportPlans)
    .values({ id: `plan-${crypto.randomUUID()}`, ...plan })
    .returning();
  return row!;
}
