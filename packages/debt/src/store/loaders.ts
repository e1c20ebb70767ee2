import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  type DebtCaseRow,
  debtCaseClients,
  debtCases,
  debtCaseVolunteers,
  debtReferrals,
  guardianshipAdvices,
} from '../db/tables.ts';
import { visibleCases } from './visibility.ts';

/**
 * Per-request loaders: one `WHERE parent IN (…)` per batch, however many cases a page holds, so that
 * the statements of an operation do not grow with its rows (architecture.md, performance rules).
 * They load the events of cases already found visible; the lists of cases apply `visibleCases`.
 * Exported for the signals and delivery parts as well.
 */
export function rowsByCase<T extends PgTable & { caseId: AnyPgColumn }>(table: T, orderBy: AnyPgColumn) {
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

/** The clients of each case (clients' `Client` ids), sorted. */
export const clientsOf = contextLoader<SubgraphContext, string, string[]>(async (ids, { db }) => {
  const rows = await db
    .select()
    .from(debtCaseClients)
    .where(inArray(debtCaseClients.caseId, [...ids]))
    .orderBy(asc(debtCaseClients.clientId));
  return groupByIds(ids, rows, (row) => row.caseId).map((group) => group.map((row) => row.clientId));
});

export const referralsOf = rowsByCase(debtReferrals, debtReferrals.startedOn);
export const guardianshipAdvicesOf = rowsByCase(guardianshipAdvices, guardianshipAdvices.advisedOn);
export const volunteersOf = rowsByCase(debtCaseVolunteers, debtCaseVolunteers.startedOn);

/** The cases of each household that the key may see, oldest first. */
export const casesOfHousehold = contextLoader<SubgraphContext, string, DebtCaseRow[]>(
  async (ids, { db, caller }) => {
    const rows = await db
      .select()
      .from(debtCases)
      .where(and(inArray(debtCases.householdId, [...ids]), visibleCases(caller)))
      .orderBy(asc(debtCases.registeredOn), asc(debtCases.id));
    return groupByIds(ids, rows, (row) => row.householdId);
  },
);

/** The cases each client is a debtor of that the key may see, oldest first. */
export const casesOfClient = contextLoader<SubgraphContext, string, DebtCaseRow[]>(
  async (ids, { db, caller }) => {
    const rows = await db
      .select({ clientId: debtCaseClients.clientId, debtCase: debtCases })
      .from(debtCaseClients)
      .innerJoin(debtCases, eq(debtCases.id, debtCaseClients.caseId))
      .where(and(inArray(debtCaseClients.clientId, [...ids]), visibleCases(caller)))
      .orderBy(asc(debtCases.registeredOn), asc(debtCases.id));
    return groupByIds(ids, rows, (row) => row.clientId).map((group) => group.map((row) => row.debtCase));
  },
);
