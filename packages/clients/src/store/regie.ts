import type { Tx } from '@mienskip/kit/db';
import { and, eq, isNull } from 'drizzle-orm';
import { coordinatorAssignments } from '../db/tables.ts';
import type { RegieDomain } from '../domain/codes.ts';
import type { ActiveAssignment, Handover, NewAssignment } from '../domain/regie.ts';

/** The household's open assignment in a domain, if any (lock the household first). */
export async function activeAssignment(
  tx: Tx,
  householdId: string,
  domain: RegieDomain,
): Promise<ActiveAssignment | null> {
  const [active] = await tx
    .select({
      id: coordinatorAssignments.id,
      workerId: coordinatorAssignments.workerId,
      startedOn: coordinatorAssignments.startedOn,
    })
    .from(coordinatorAssignments)
    .where(
      and(
        eq(coordinatorAssignments.householdId, householdId),
        eq(coordinatorAssignments.domain, domain),
        isNull(coordinatorAssignments.endedOn),
      ),
    );
  return active ?? null;
}

export async function insertAssignment(tx: Tx, assignment: NewAssignment): Promise<void> {
  await tx.insert(coordinatorAssignments).values({ id: `regie-${crypto.randomUUID()}`, ...assignment });
}

/** Ends the active assignment and starts the new one. */
export async function handOver(tx: Tx, handover: Handover): Promise<void> {
  await tx
    .update(coordinatorAssignments)
    .set({ endedOn: handover.ends.endedOn })
    .where(eq(coordinatorAssignments.id, handover.ends.id));
  await insertAssignment(tx, handover.starts);
}
