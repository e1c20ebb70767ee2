import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  combinedRegieAgreements,
  jetConsultations,
  jetDecisions,
  lightParentingSupport,
  type YouthCaseRow,
  youthCaseChildren,
  youthCases,
  youthReferrals,
} from '../db/tables.ts';
import { visibleCases } from './visibility.ts';

/**
 * Per-request loaders: one `WHERE parent IN (…)` per batch, however many cases a page holds, so that
 * the statements of an operation do not grow with its rows (architecture.md, performance rules).
 * They load the events of cases already found visible; the lists of cases apply `visibleCases`.
 */
function rowsByCase<T extends PgTable & { caseId: AnyPgColumn }>(table: T, orderBy: AnyPgColumn) {
  type Row = T['$inferSelect'];
  return contextLoader<SubgraphContext, string, Row[]>(async (ids, { db }) => {
    const rows = (await db
      .select()
      .from(table as PgTable)
      .where(inArray(table.caseId, [...ids]))
      .orderBy(asc(orderBy))) as Row[];
    return groupByIds(ids, rows, (row) => (row as { caseId: string }).caseId);
  });
}

export const childrenOf = contextLoader<SubgraphContext, string, string[]>(async (ids, { db }) => {
  const rows = await db
    .select()
    .from(youthCaseChildren)
    .where(inArray(youthCaseChildren.caseId, [...ids]))
    .orderBy(asc(youthCaseChildren.clientId));
  return groupByIds(ids, rows, (row) => row.caseId).map((group) => group.map((row) => row.clientId));
});

export const consultationsOf = rowsByCase(jetConsultations, jetConsultations.consultedOn);
export const decisionsOf = rowsByCase(jetDecisions, jetDecisions.decidedOn);
export const referralsOf = rowsByCase(youthReferrals, youthReferrals.referredOn);
export const lightSupportOf = rowsByCase(lightParentingSupport, lightParentingSupport.startedOn);

/** The combined-regie agreement in force per case, or null. */
export const combinedRegieOf = contextLoader<
  SubgraphContext,
  string,
  typeof combinedRegieAgreements.$inferSelect | null
>(async (ids, { db }) => {
  const rows = await db
    .select()
    .from(combinedRegieAgreements)
    .where(and(inArray(combinedRegieAgreements.caseId, [...ids]), isNull(combinedRegieAgreements.endedOn)));
  return groupByIds(ids, rows, (row) => row.caseId).map((group) => group[0] ?? null);
});

/** The cases of each household that the key may see, oldest first. */
export const casesOfHousehold = contextLoader<SubgraphContext, string, YouthCaseRow[]>(
  async (ids, { db, caller }) => {
    const rows = await db
      .select()
      .from(youthCases)
      .where(and(inArray(youthCases.householdId, [...ids]), visibleCases(caller)))
      .orderBy(asc(youthCases.openedOn), asc(youthCases.id));
    return groupByIds(ids, rows, (row) => row.householdId);
  },
);

/** The cases each child is in that the key may see, oldest first. */
export const casesOfChild = contextLoader<SubgraphContext, string, YouthCaseRow[]>(
  async (ids, { db, caller }) => {
    const rows = await db
      .select({ clientId: youthCaseChildren.clientId, youthCase: youthCases })
      .from(youthCaseChildren)
      .innerJoin(youthCases, eq(youthCases.id, youthCaseChildren.caseId))
      .where(and(inArray(youthCaseChildren.clientId, [...ids]), visibleCases(caller)))
      .orderBy(asc(youthCases.openedOn), asc(youthCases.id));
    return groupByIds(ids, rows, (row) => row.clientId).map((group) => group.map((row) => row.youthCase));
  },
);
