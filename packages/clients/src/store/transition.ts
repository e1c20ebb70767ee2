import { lockVersioned, type Tx } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { transitionInterviews } from '../db/tables.ts';
import type { TransitionStatus } from '../domain/transition.ts';
import { visibleInterviews } from './scoping.ts';

/** SQL for where a transition interview stands (mirrors `transitionStatus` in the domain). */
export function transitionCondition(status: TransitionStatus): SQL {
  const ti = transitionInterviews;
  switch (status) {
    case 'NO_FOLLOW_UP':
      return and(isNull(ti.heldOn), isNull(ti.plannedOn))!;
    case 'PLANNED':
      return and(isNull(ti.heldOn), sql`${ti.plannedOn} is not null`)!;
    case 'HELD_NOT_HANDED_OVER':
      return and(sql`${ti.heldOn} is not null`, sql`${ti.handover} <> 'COMPLETED'`)!;
    case 'HANDED_OVER':
      return and(sql`${ti.heldOn} is not null`, eq(ti.handover, 'COMPLETED'))!;
  }
}

/**
 * Locks an interview this key may change (a provider: those of its clients, and those where it is
 * the old or new provider) and refuses a stale version.
 */
export async function lockInterview(tx: Tx, caller: Caller, input: { id: string; version: number }) {
  const visible = visibleInterviews(caller);
  const mayChange =
    !visible ||
    (
      await tx
        .select({ id: transitionInterviews.id })
        .from(transitionInterviews)
        .where(and(eq(transitionInterviews.id, input.id), visible))
    ).length > 0;
  return lockVersioned(
    tx,
    transitionInterviews,
    'TransitionInterview',
    input.id,
    input.version,
    () => mayChange,
  );
}
