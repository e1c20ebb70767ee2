import type { Caller } from '@mienskip/kit/rules';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  giCooperations,
  jetConsultations,
  jetDecisions,
  lightParentingSupport,
  youthCases,
  youthReferrals,
} from '../db/tables.ts';
import { youthCaseVisibility } from '../domain/visibility.ts';

/**
 * Row scoping of youth cases (BR-Y10), as `youthCaseVisibility` decides it, for a column holding a
 * case id (`youth_cases.id` by default; an event table's `case_id` on the event's own paths).
 * Undefined (no condition) for the municipality. Every path that returns case data filters through it.
 */
export function visibleCases(caller: Caller, caseId: AnyPgColumn = youthCases.id): SQL | undefined {
  const visibility = youthCaseVisibility(caller);
  if (visibility.kind === 'ALL') return undefined;
  return sql`${caseId} in (${involvedCaseIds(visibility.organisationId)})`;
}

/** The ids of the cases an organisation is involved in (see `YouthCaseVisibility`). */
export function involvedCaseIds(organisationId: string): SQL {
  const on = (table: { caseId: AnyPgColumn }, organisation: AnyPgColumn) =>
    sql`select ${table.caseId} from ${table} where ${eq(organisation, organisationId)}`;
  return sql.join(
    [
      sql`select ${youthCases.id} from ${youthCases} where ${or(
        eq(youthCases.openedByOrganisationId, organisationId),
        eq(youthCases.processDirectorOrganisationId, organisationId),
      )}`,
      on(lightParentingSupport, lightParentingSupport.organisationId),
      on(jetConsultations, jetConsultations.expertOrganisationId),
      on(jetDecisions, jetDecisions.organisationId),
      on(youthReferrals, youthReferrals.organisationId),
      on(giCooperations, giCooperations.organisationId),
    ],
    sql` union `,
  );
}

/** The households of the open cases an organisation is involved in (`YouthCaseload`, for clients). */
export function involvedOpenCaseHouseholds(organisationId: string): SQL {
  return sql`select distinct ${youthCases.householdId} from ${youthCases} where ${and(
    sql`${youthCases.closedOn} is null`,
    sql`${youthCases.id} in (${involvedCaseIds(organisationId)})`,
  )}`;
}
