import type { Caller } from '@mienskip/kit/rules';
import { isMunicipal } from '@mienskip/kit/rules';
import { and, eq, exists, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { clients, coordinatorAssignments, engagements, transitionInterviews } from '../db/tables.ts';
import type { ClientVisibility } from '../domain/visibility.ts';

/** The members of the households a team holds regie in, or youth or debt listed. */
const MEMBER = 'visible_member';
const member = alias(clients, MEMBER);

/**
 * Row scoping (BR-KT2, BR-KT4), as `clientVisibility` decided it (`visibilityOf` in
 * `lookups/caseloads.ts`, before any SQL): the municipality sees every resident; a municipal team the
 * members of the households where it holds regie now and of those youth or debt listed for it (one
 * array parameter for both); any other organisation the residents with an engagement at it and the
 * members of the households youth or debt listed for it — on every path, entity references included.
 * Returns undefined (no condition) for the municipality.
 */
export function visibleClients(
  visibility: ClientVisibility,
  clientId: AnyPgColumn = clients.id,
): SQL | undefined {
  switch (visibility.kind) {
    case 'ALL':
      return undefined;
    case 'TEAM': {
      // Uncorrelated, so that PostgreSQL hashes it once beside the array rather than probing per row.
      const regie = sql`${member.householdId} in (select ${coordinatorAssignments.householdId} from ${coordinatorAssignments} where ${and(
        eq(coordinatorAssignments.organisationId, visibility.organisationId),
        isNull(coordinatorAssignments.endedOn),
      )})`;
      return sql`${clientId} in (select ${member.id} from ${clients} ${sql.identifier(MEMBER)} where ${or(regie, ofCaseloadHouseholds(visibility.caseloadHouseholdIds))})`;
    }
    case 'ENGAGED': {
      const engaged = exists(
        sql`(select 1 from ${engagements} where ${and(
          eq(engagements.clientId, clientId),
          eq(engagements.organisationId, visibility.organisationId),
        )})`,
      );
      const caseload = ofCaseloadHouseholds(visibility.caseloadHouseholdIds);
      return caseload
        ? or(
            engaged,
            sql`${clientId} in (select ${member.id} from ${clients} ${sql.identifier(MEMBER)} where ${caseload})`,
          )
        : engaged;
    }
  }
}

/** Members of the households youth and debt listed (one array parameter); none when they listed none. */
function ofCaseloadHouseholds(householdIds: readonly string[]): SQL | undefined {
  return householdIds.length > 0
    ? sql`${member.householdId} = any(${sql.param([...householdIds])}::text[])`
    : undefined;
}

/** Rows that belong to one organisation (engagements, complaints, housing links): its own only. */
export function ownRows(caller: Caller, organisationId: AnyPgColumn): SQL | undefined {
  return isMunicipal(caller) ? undefined : eq(organisationId, caller.organisationId);
}

/** A provider sees the interviews of its clients, and those where it is the old or new provider. */
export function visibleInterviews(visibility: ClientVisibility): SQL | undefined {
  if (visibility.kind === 'ALL') return undefined;
  return or(
    visibleClients(visibility, transitionInterviews.clientId),
    eq(transitionInterviews.legacyOrganisationId, visibility.organisationId),
    eq(transitionInterviews.newOrganisationId, visibility.organisationId),
  );
}
