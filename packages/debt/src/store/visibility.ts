import type { Caller } from '@mienskip/kit/rules';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { debtCases, debtReferrals, debtSignals } from '../db/tables.ts';
import { debtVisibility } from '../domain/visibility.ts';

/**
 * Row scoping of debt cases (BR-DB9), for a column holding a case id (`debt_cases.id` by default; an
 * event table's `case_id` on the event's own paths). Undefined (no condition) for the municipality.
 * Every path that returns or changes case data filters through it.
 */
export function visibleCases(caller: Caller, caseId: AnyPgColumn = debtCases.id): SQL | undefined {
  const visibility = debtVisibility(caller);
  if (visibility.kind === 'ALL') return undefined;
  return sql`${caseId} in (${involvedCaseIds(visibility.organisationId)})`;
}

/** The ids of the cases an organisation registered or that were referred to it. */
export function involvedCaseIds(organisationId: string): SQL {
  return sql`select ${debtCases.id} from ${debtCases} where ${eq(debtCases.openedByOrganisationId, organisationId)}
    union select ${debtReferrals.caseId} from ${debtReferrals} where ${eq(debtReferrals.organisationId, organisationId)}`;
}

/** The households of the open cases an organisation registered or that were referred to it (`DebtCaseload`). */
export function involvedOpenCaseHouseholds(organisationId: string): SQL {
  return sql`select distinct ${debtCases.householdId} from ${debtCases} where ${and(
    sql`${debtCases.outflowOn} is null`,
    sql`${debtCases.id} in (${involvedCaseIds(organisationId)})`,
  )}`;
}

/** Row scoping of signals: the municipality all, another organisation the signals it handles. */
export function visibleSignals(caller: Caller): SQL | undefined {
  const visibility = debtVisibility(caller);
  if (visibility.kind === 'ALL') return undefined;
  return or(eq(debtSignals.organisationId, visibility.organisationId));
}
