import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, inArray } from 'drizzle-orm';
import {
  type DebtCrisisRow,
  debtCases,
  debtCrises,
  type OutreachAttemptRow,
  outreachAttempts,
} from '../db/tables.ts';
import { visibleCases } from './visibility.ts';

/**
 * Per-request loaders of signals and crises: one `WHERE parent IN (…)` per batch, however many rows a
 * page holds (architecture.md, performance rules). They load the children of parents already found
 * visible; the case a signal led to is scoped again (BR-DB9), since a signal's handler need not see it.
 */

/** The contact attempts of each signal, oldest first. */
export const attemptsOf = contextLoader<SubgraphContext, string, OutreachAttemptRow[]>(
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(outreachAttempts)
      .where(inArray(outreachAttempts.signalId, [...ids]))
      .orderBy(asc(outreachAttempts.attemptedOn), asc(outreachAttempts.createdAt), asc(outreachAttempts.id));
    return groupByIds(ids, rows, (row) => row.signalId);
  },
);

/** The case each signal led to, if the caller may see it, by id (null: none, or not visible). */
export const caseOfSignal = contextLoader<SubgraphContext, string, string | null>(
  async (ids, { db, caller }) => {
    const rows = await db
      .select({ id: debtCases.id, signalId: debtCases.signalId })
      .from(debtCases)
      .where(and(inArray(debtCases.signalId, [...ids]), visibleCases(caller)));
    return groupByIds(ids, rows, (row) => row.signalId!).map((group) => group[0]?.id ?? null);
  },
);

/** The crises of each case, oldest report first. */
export const crisesOf = contextLoader<SubgraphContext, string, DebtCrisisRow[]>(async (ids, { db }) => {
  const rows = await db
    .select()
    .from(debtCrises)
    .where(inArray(debtCrises.caseId, [...ids]))
    .orderBy(asc(debtCrises.reportedOn), asc(debtCrises.id));
  return groupByIds(ids, rows, (row) => row.caseId);
});
