import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { transitionInterviews } from '../db/tables.ts';
import type { TransitionStatus } from '../domain/transition.ts';

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
