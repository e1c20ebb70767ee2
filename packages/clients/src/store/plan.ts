import type { Tx } from '@mienskip/kit/db';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import { type SupportPlanRow, supportPlans } from '../db/tables.ts';
import type { NewPlan, PlanPeriod } from '../domain/plan.ts';
import { today } from './clock.ts';

/** The periods of the household's plans, for BR-K3 (lock the household first). */
export async function planPeriods(tx: Tx, householdId: string): Promise<PlanPeriod[]> {
  return tx
    .select({ id: supportPlans.id, startedOn: supportPlans.startedOn, closedOn: supportPlans.closedOn })
    .from(supportPlans)
    .where(eq(supportPlans.householdId, householdId))
    .orderBy(asc(supportPlans.startedOn), asc(supportPlans.id));
}

export async function insertPlan(tx: Tx, plan: NewPlan): Promise<SupportPlanRow> {
  const [row] = await tx
    .insert(supportPlans)
    .values({ id: `plan-${crypto.randomUUID()}`, ...plan })
    .returning();
  return row!;
}

/**
 * Per household, the plans not yet closed today (no closing date, or one after today: `activeOn` in
 * domain/plan.ts), earliest start first; one query per batch.
 */
export const activePlansOf = contextLoader<SubgraphContext, string, SupportPlanRow[]>(async (ids, { db }) => {
  const rows = await db
    .select()
    .from(supportPlans)
    .where(
      and(
        inArray(supportPlans.householdId, [...ids]),
        or(isNull(supportPlans.closedOn), gt(supportPlans.closedOn, today())),
      ),
    )
    .orderBy(asc(supportPlans.startedOn), asc(supportPlans.id));
  return groupByIds(ids, rows, (row) => row.householdId);
});
