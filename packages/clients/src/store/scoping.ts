import type { Caller } from '@mienskip/kit/rules';
import { isMunicipal } from '@mienskip/kit/rules';
import { and, eq, exists, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { clients, coordinatorAssignments, engagements, transitionInterviews } from '../db/tables.ts';
import { clientVisibility } from '../domain/visibility.ts';

/** The members of the households where `organisationId` holds regie now. */
const REGIE_MEMBER = 'regie_member';
const regieMember = alias(clients, REGIE_MEMBER);

/**
 * Row scoping (BR-KT2, BR-KT4), as `clientVisibility` decides it: the municipality sees every
 * resident; a municipal team the members of the households where it holds regie now; any other
 * organisation the residents with an engagement at it — on every path, entity references included.
 * Returns undefined (no condition) for the municipality.
 */
export function visibleClients(caller: Caller, clientId: AnyPgColumn = clients.id): SQL | undefined {
  const visibility = clientVisibility(caller);
  switch (visibility.kind) {
    case 'ALL':
      return undefined;
    case 'REGIE':
      return sql`${clientId} in (select ${regieMember.id} from ${clients} ${sql.identifier(REGIE_MEMBER)} join ${coordinatorAssignments} on ${and(
        eq(coordinatorAssignments.householdId, regieMember.householdId),
        eq(coordinatorAssignments.organisationId, visibility.organisationId),
        isNull(coordinatorAssignments.endedOn),
      )})`;
    case 'ENGAGED':
      return exists(
        sql`(select 1 from ${engagements} where ${and(
          eq(engagements.clientId, clientId),
          eq(engagements.organisationId, visibility.organisationId),
        )})`,
      );
  }
}

/** Rows that belong to one organisation (engagements, complaints, housing links): its own only. */
export function ownRows(caller: Caller, organisationId: AnyPgColumn): SQL | undefined {
  return isMunicipal(caller) ? undefined : eq(organisationId, caller.organisationId);
}

/** A provider sees the interviews of its clients, and those where it is the old or new provider. */
export function visibleInterviews(caller: Caller): SQL | undefined {
  if (isMunicipal(caller)) return undefined;
  return or(
    visibleClients(caller, transitionInterviews.clientId),
    eq(transitionInterviews.legacyOrganisationId, caller.organisationId),
    eq(transitionInterviews.newOrganisationId, caller.organisationId),
  );
}
