import { NotFoundError } from '@mienskip/kit/rules';
import { byIds, contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  caseConferences,
  giCooperations,
  investigationRequests,
  meldcodeWeighings,
  riskAssessments,
  safetyPlans,
  safetySignals,
  safetyTaskAllocations,
  veiligThuisEvents,
  verwijsindexMatches,
  verwijsindexRegistrations,
  youthCaseChildren,
} from '../../db/tables.ts';
import { visibleCases } from '../visibility.ts';

/**
 * Batching for the safety fields: every loader is one statement per request tick, whatever the
 * number of parents (no N+1), and filters through `visibleCases` like every read path.
 */

type CaseTable = PgTable & { caseId: AnyPgColumn };

/** The rows of `table` per case, oldest first (`order`), one `WHERE case_id IN (…)` per batch. */
function byCase<T extends CaseTable>(table: T, order: AnyPgColumn[]) {
  return contextLoader<SubgraphContext, string, T['$inferSelect'][]>(async (ids, context) => {
    const rows = (await context.db
      .select()
      .from(table as PgTable)
      .where(and(inArray(table.caseId, [...ids]), visibleCases(context.caller, table.caseId)))
      .orderBy(...order.map((column) => asc(column)))) as T['$inferSelect'][];
    return groupByIds(ids, rows, (row) => (row as { caseId: string }).caseId);
  });
}

export const signalsOfCase = byCase(safetySignals, [safetySignals.signalledOn, safetySignals.id]);
export const assessmentsOfCase = byCase(riskAssessments, [riskAssessments.assessedOn, riskAssessments.id]);
export const plansOfCase = byCase(safetyPlans, [safetyPlans.drawnUpOn, safetyPlans.id]);
export const weighingsOfCase = byCase(meldcodeWeighings, [meldcodeWeighings.weighedOn, meldcodeWeighings.id]);
export const veiligThuisOfCase = byCase(veiligThuisEvents, [
  veiligThuisEvents.occurredOn,
  veiligThuisEvents.id,
]);
export const registrationsOfCase = byCase(verwijsindexRegistrations, [
  verwijsindexRegistrations.registeredOn,
  verwijsindexRegistrations.id,
]);
export const conferencesOfCase = byCase(caseConferences, [caseConferences.heldOn, caseConferences.id]);
export const cooperationsOfCase = byCase(giCooperations, [giCooperations.startedOn, giCooperations.id]);
export const investigationsOfCase = byCase(investigationRequests, [
  investigationRequests.filedOn,
  investigationRequests.id,
]);
export const allocationsOfCase = byCase(safetyTaskAllocations, [safetyTaskAllocations.task]);

/** The children of each case (clients' `Client` ids): whom a personal safety field is about. */
export const childrenOfCase = contextLoader<SubgraphContext, string, string[]>(async (ids, { db }) => {
  const rows = await db
    .select({ caseId: youthCaseChildren.caseId, clientId: youthCaseChildren.clientId })
    .from(youthCaseChildren)
    .where(inArray(youthCaseChildren.caseId, [...ids]))
    .orderBy(asc(youthCaseChildren.clientId));
  return groupByIds(ids, rows, (row) => row.caseId).map((group) => group.map((row) => row.clientId));
});

/** The matches of each Verwijsindex registration, oldest first. */
export const matchesOfRegistration = contextLoader<
  SubgraphContext,
  string,
  (typeof verwijsindexMatches.$inferSelect)[]
>(async (ids, context) => {
  const rows = await context.db
    .select({ match: verwijsindexMatches })
    .from(verwijsindexMatches)
    .innerJoin(
      verwijsindexRegistrations,
      eq(verwijsindexRegistrations.id, verwijsindexMatches.registrationId),
    )
    .where(
      and(
        inArray(verwijsindexMatches.registrationId, [...ids]),
        visibleCases(context.caller, verwijsindexRegistrations.caseId),
      ),
    )
    .orderBy(asc(verwijsindexMatches.matchedOn), asc(verwijsindexMatches.id));
  return groupByIds(
    ids,
    rows.map((row) => row.match),
    (match) => match.registrationId,
  );
});

/** Risk assessments by id (a plan's or a weighing's assessment). */
export const assessmentById = contextLoader<
  SubgraphContext,
  string,
  typeof riskAssessments.$inferSelect | Error
>(async (ids, context) => {
  const rows = await context.db
    .select()
    .from(riskAssessments)
    .where(and(inArray(riskAssessments.id, [...ids]), visibleCases(context.caller, riskAssessments.caseId)));
  return byIds('RiskAssessment', ids, rows, (row) => row.id);
});

/** Meldcode weighings by id (a report's weighing). */
export const weighingById = contextLoader<
  SubgraphContext,
  string,
  typeof meldcodeWeighings.$inferSelect | Error
>(async (ids, context) => {
  const rows = await context.db
    .select()
    .from(meldcodeWeighings)
    .where(
      and(inArray(meldcodeWeighings.id, [...ids]), visibleCases(context.caller, meldcodeWeighings.caseId)),
    );
  return byIds('MeldcodeWeighing', ids, rows, (row) => row.id);
});

/**
 * What a loader built on `byIds` found, or null when it answered `NotFoundError` (a missing row, or one
 * on a case the key may not see): DataLoader rejects `load` with an `Error` its batch returned, so the
 * not-found case is caught here (and an `Error` resolved is taken alike); any other failure still throws.
 */
export async function foundOrNull<T>(loading: Promise<T>): Promise<Exclude<T, Error> | null> {
  try {
    const found = await loading;
    return found instanceof Error ? null : (found as Exclude<T, Error>);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
