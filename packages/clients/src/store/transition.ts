import { lockVersioned, type Tx } from '@mienskip/kit/db';
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { transitionInterviews } from '../db/tables.ts';
import {
  type DeprecatedTransitionStatus,
  statusesMeant,
  type TransitionStatus,
} from '../domain/transition.ts';
import type { ClientVisibility } from '../domain/visibility.ts';
import { visibleInterviews } from './scoping.ts';

/**
 * SQL for where a transition interview stands, now or at the end of the day `asOf` (a date, or SQL
 * for one such as a statistics period's last day; mirrors `transitionStatus` in the domain); a
 * deprecated status matches what it meant.
 */
export function transitionCondition(
  status: TransitionStatus | DeprecatedTransitionStatus,
  asOf?: string | SQL,
): SQL {
  const ti = transitionInterviews;
  const held = asOf === undefined ? sql`${ti.heldOn} is not null` : sql`${ti.heldOn} <= ${asOf}`;
  const notHeld =
    asOf === undefined ? isNull(ti.heldOn) : or(isNull(ti.heldOn), sql`${ti.heldOn} > ${asOf}`)!;
  const one = (meant: TransitionStatus): SQL => {
    switch (meant) {
      case 'NOT_PLANNED':
        return and(notHeld, isNull(ti.plannedOn))!;
      case 'PLANNED':
        return and(notHeld, sql`${ti.plannedOn} is not null`)!;
      case 'FOLLOW_UP_PENDING':
        return and(held, eq(ti.handover, 'NOT_STARTED'))!;
      case 'HANDOVER_IN_PROGRESS':
        return and(held, eq(ti.handover, 'IN_PROGRESS'))!;
      case 'HANDED_OVER':
        return and(held, eq(ti.handover, 'COMPLETED'))!;
    }
  };
  return or(...statusesMeant(status).map(one))!;
}

/**
 * Locks an interview this key may change (a provider: those of its clients, and those where it is
 * the old or new provider) and refuses a stale version.
 */
export async function lockInterview(
  tx: Tx,
  visibility: ClientVisibility,
  input: { id: string; version: number },
) {
  const visible = visibleInterviews(visibility);
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
