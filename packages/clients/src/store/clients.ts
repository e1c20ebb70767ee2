import type { Db, Tx } from '@mienskip/kit/db';
import { NotFoundError } from '@mienskip/kit/rules';
import { and, eq, exists, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  type ClientRow,
  clients,
  coordinatorAssignments,
  engagements,
  households,
  transitionInterviews,
} from '../db/tables.ts';
import type { Registration } from '../domain/client.ts';
import type { Pillar } from '../domain/codes.ts';
import type { DeprecatedTransitionStatus, TransitionStatus } from '../domain/transition.ts';
import type { ClientVisibility } from '../domain/visibility.ts';
import { visibleClients } from './scoping.ts';
import { transitionCondition } from './transition.ts';

/** The client, if this key may see it; otherwise the same `NotFoundError` as for a missing one. */
export async function requireClient(
  db: Db | Tx,
  visibility: ClientVisibility,
  clientId: string,
): Promise<ClientRow> {
  const [row] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), visibleClients(visibility)));
  if (!row) throw new NotFoundError('Client', clientId);
  return row;
}

/** The client whoever asks: only for a check that must not depend on the key's scoping. */
export async function requireAnyClient(db: Db | Tx, clientId: string): Promise<ClientRow> {
  const [row] = await db.select().from(clients).where(eq(clients.id, clientId));
  if (!row) throw new NotFoundError('Client', clientId);
  return row;
}

/** The id of the resident registered with this BSN, or null. */
export async function clientWithBsn(tx: Tx, bsn: string): Promise<string | null> {
  const [row] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.bsn, bsn));
  return row?.id ?? null;
}

/** Inserts a registered resident, into the household it joins or a new one in its area. */
export async function insertResident(tx: Tx, registration: Registration): Promise<ClientRow> {
  const { household, ...resident } = registration;
  let householdId: string;
  if ('existing' in household) {
    householdId = household.existing;
    const [found] = await tx
      .select({ id: households.id })
      .from(households)
      .where(eq(households.id, householdId));
    if (!found) throw new NotFoundError('Household', householdId);
  } else {
    householdId = `household-${crypto.randomUUID()}`;
    await tx.insert(households).values({ id: householdId, areaId: household.newInArea });
  }
  const [row] = await tx
    .insert(clients)
    .values({ id: `client-${crypto.randomUUID()}`, householdId, ...resident })
    .returning();
  return row!;
}

export interface ClientFilter {
  areaId?: string | null;
  pillar?: Pillar | null;
  coordinatorId?: string | null;
  transitionStatus?: TransitionStatus | DeprecatedTransitionStatus | null;
}

/** The conditions of a list of clients: what the key may see, narrowed by the filter. */
export function clientConditions(
  db: Db,
  visibility: ClientVisibility,
  filter: ClientFilter | null | undefined,
): SQL[] {
  const conditions: SQL[] = [];
  const visible = visibleClients(visibility);
  if (visible) conditions.push(visible);
  if (filter?.areaId) {
    conditions.push(
      inArray(
        clients.householdId,
        db
          .select({ id: households.id })
          .from(households)
          .where(eq(households.areaId, String(filter.areaId))),
      ),
    );
  }
  if (filter?.pillar) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(engagements)
          .where(
            and(
              eq(engagements.clientId, clients.id),
              eq(engagements.pillar, filter.pillar),
              isNull(engagements.endedOn),
            ),
          ),
      ),
    );
  }
  if (filter?.coordinatorId) {
    conditions.push(
      inArray(
        clients.householdId,
        db
          .select({ id: coordinatorAssignments.householdId })
          .from(coordinatorAssignments)
          .where(
            and(
              eq(coordinatorAssignments.workerId, String(filter.coordinatorId)),
              isNull(coordinatorAssignments.endedOn),
            ),
          ),
      ),
    );
  }
  if (filter?.transitionStatus) {
    conditions.push(
      inArray(
        clients.id,
        db
          .select({ id: transitionInterviews.clientId })
          .from(transitionInterviews)
          .where(transitionCondition(filter.transitionStatus)),
      ),
    );
  }
  return conditions;
}
