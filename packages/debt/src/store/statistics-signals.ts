import type { StatisticsGrid } from '@mienskip/kit/schema';
import { and, count, eq, sql } from 'drizzle-orm';
import { debtCases, debtCrises, debtSignals, outreachAttempts } from '../db/tables.ts';
import type { StatisticsReader } from './statistics-cases.ts';
import { visibleCases, visibleSignals } from './visibility.ts';

/**
 * The grouped queries of the debt statistics over signals and crises (BR-DB16, BR-DB49), one
 * statement per statistic for every cell of a table. A signal counts for its household's area; a
 * crisis for its case's area (BR-DB50).
 */

/** Signals received in each period, by kind, with those whose resident was reached. */
export function signalsByKind({ db, caller }: StatisticsReader, grid: StatisticsGrid) {
  const reached = sql`exists (select 1 from ${outreachAttempts} where ${outreachAttempts.signalId} = ${debtSignals.id} and ${outreachAttempts.reached})`;
  return db
    .select({
      period: grid.periodIndex,
      area: grid.area(debtSignals.areaId),
      key: sql<string>`${debtSignals.kind}`,
      n: count(),
      reached: sql<number>`count(*) filter (where ${reached})`.mapWith(Number),
    })
    .from(debtSignals)
    .innerJoin(grid.periodTable, grid.holds(debtSignals.receivedOn))
    .where(and(grid.inAreas(debtSignals.areaId), visibleSignals(caller)))
    .groupBy(...grid.groupBy(debtSignals.areaId), debtSignals.kind);
}

/**
 * The crises reported in each period, as the crisis norm needs them: how many were reported on a day
 * with their first conversation on a day (or none). The norm counts working days over the Atw's
 * holidays (BR-DB20, BR-DB21), which the rule decides in TypeScript; this one statement fetches its
 * inputs for every cell, grouped so that it returns at most one row per day pair.
 */
export function crisesByDays({ db, caller }: StatisticsReader, grid: StatisticsGrid) {
  return db
    .select({
      period: grid.periodIndex,
      area: grid.area(debtCases.areaId),
      reportedOn: debtCrises.reportedOn,
      firstConversationOn: debtCrises.firstConversationOn,
      n: count(),
    })
    .from(debtCrises)
    .innerJoin(debtCases, eq(debtCases.id, debtCrises.caseId))
    .innerJoin(grid.periodTable, grid.holds(debtCrises.reportedOn))
    .where(and(grid.inAreas(debtCases.areaId), visibleCases(caller, debtCrises.caseId)))
    .groupBy(...grid.groupBy(debtCases.areaId), debtCrises.reportedOn, debtCrises.firstConversationOn);
}
