import type { Db, Tx } from '@mienskip/kit/db';
import { VersionConflictError } from '@mienskip/kit/rules';
import { and, eq, sql } from 'drizzle-orm';
import { type SafetyTaskAllocationRow, safetyTaskAllocations } from '../../db/tables.ts';
import type { SafetyTask } from '../../domain/codes.ts';
import type { AllocationChange } from '../../domain/safety/tasks.ts';

/** How an allocation is named in a `VersionConflictError`: its case and task. */
export function allocationKey(caseId: string, task: SafetyTask): string {
  return `${caseId}/${task}`;
}

/** The case's allocation of a task, if any; locked FOR UPDATE when `lock` (inside a transaction). */
export async function allocationOf(
  tx: Tx | Db,
  caseId: string,
  task: SafetyTask,
  lock = false,
): Promise<SafetyTaskAllocationRow | null> {
  const query = tx
    .select()
    .from(safetyTaskAllocations)
    .where(and(eq(safetyTaskAllocations.caseId, caseId), eq(safetyTaskAllocations.task, task)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * Writes what `allocateTask` decided: a first allocation, or a re-allocation of the locked row that
 * is refused with `VersionConflictError` when the version read is stale. Returns the stored row.
 */
export async function writeAllocation(
  tx: Tx,
  existing: SafetyTaskAllocationRow | null,
  change: AllocationChange,
): Promise<SafetyTaskAllocationRow> {
  if (change.kind === 'INSERT') {
    const [row] = await tx.insert(safetyTaskAllocations).values(change.row).returning();
    return row!;
  }
  const current = existing!;
  if (current.version !== change.version)
    throw new VersionConflictError(
      'SafetyTaskAllocation',
      allocationKey(current.caseId, current.task),
      change.version,
      current.version,
    );
  const [row] = await tx
    .update(safetyTaskAllocations)
    .set({
      assignee: change.row.assignee,
      agreedOn: change.row.agreedOn,
      version: sql`${safetyTaskAllocations.version} + 1`,
    })
    .where(
      and(eq(safetyTaskAllocations.caseId, current.caseId), eq(safetyTaskAllocations.task, current.task)),
    )
    .returning();
  return row!;
}
