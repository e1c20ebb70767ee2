import type { Db } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import type { StatisticsGrid } from '@mienskip/kit/schema';
import { and, count, eq, sql } from 'drizzle-orm';
import { debtCases, debtReferrals } from '../db/tables.ts';
import { FOUR_WEEKS_DAYS } from '../domain/norms.ts';
import { phaseSql } from './cases.ts';
import { visibleCases } from './visibility.ts';

/**
 * The grouped queries of the debt statistics over cases (BR-DB16, BR-DB49): each answers every cell
 * of a statistics table (period × area) in one statement, grouped by the period's index and, when
 * the table is by area, the case's area (as it was when the case was registered, BR-DB50).
 */

/** What a statistic reads with: the database, the key whose cases count (BR-DB9), and today. */
export interface StatisticsReader {
  db: Db;
  caller: Caller;
  today: string;
}

/**
 * Cases running at some time in each period (registered by its end, not flowed out before its start),
 * by the phase they were in at its end.
 */
export function casesByPhase({ db, caller }: StatisticsReader, grid: StatisticsGrid) {
  const phase = phaseSql(grid.lastDay);
  return db
    .select({
      period: grid.periodIndex,
      area: grid.area(debtCases.areaId),
      key: sql<string>`${phase}`,
      n: count(),
    })
    .from(debtCases)
    .innerJoin(grid.periodTable, grid.overlaps(debtCases.registeredOn, debtCases.outflowOn))
    .where(and(grid.inAreas(debtCases.areaId), visibleCases(caller)))
    .groupBy(...grid.groupBy(debtCases.areaId), phase);
}

/**
 * The four-week norm of the cases registered in each period: the same three outcomes as
 * `fourWeekNorm` (domain/norms.ts, BR-DB15) counted in SQL, undecided ones against today.
 */
export function fourWeekNorms({ db, caller, today }: StatisticsReader, grid: StatisticsGrid) {
  const days = sql`(coalesce(${debtCases.intakeOn}, ${today}::date) - ${debtCases.registeredOn})`;
  const counted = (condition: ReturnType<typeof sql>) =>
    sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  return db
    .select({
      period: grid.periodIndex,
      area: grid.area(debtCases.areaId),
      met: counted(sql`${debtCases.intakeOn} is not null and ${days} <= ${FOUR_WEEKS_DAYS}`),
      missed: counted(sql`${days} > ${FOUR_WEEKS_DAYS}`),
      pending: counted(sql`${debtCases.intakeOn} is null and ${days} <= ${FOUR_WEEKS_DAYS}`),
    })
    .from(debtCases)
    .innerJoin(grid.periodTable, grid.holds(debtCases.registeredOn))
    .where(and(grid.inAreas(debtCases.areaId), visibleCases(caller)))
    .groupBy(...grid.groupBy(debtCases.areaId));
}

/** Cases that flowed out in each period, by uitstroomreden. */
export function outflowByReason({ db, caller }: StatisticsReader, grid: StatisticsGrid) {
  return db
    .select({
      period: grid.periodIndex,
      area: grid.area(debtCases.areaId),
      key: sql<string>`${debtCases.outflowReason}`,
      n: count(),
    })
    .from(debtCases)
    .innerJoin(grid.periodTable, grid.holds(debtCases.outflowOn))
    .where(and(grid.inAreas(debtCases.areaId), visibleCases(caller)))
    .groupBy(...grid.groupBy(debtCases.areaId), debtCases.outflowReason);
}

/** Referrals started in each period, by kind, with how many ended and how long those ran on average. */
export function referralsByKind({ db, caller }: StatisticsReader, grid: StatisticsGrid) {
  return db
    .select({
      period: grid.periodIndex,
      area: grid.area(debtCases.areaId),
      key: sql<string>`${debtReferrals.kind}`,
      n: count(),
      ended: sql<number>`count(${debtReferrals.endedOn})`.mapWith(Number),
      average: sql<
        number | null
      >`avg(${debtReferrals.endedOn} - ${debtReferrals.startedOn}) filter (where ${debtReferrals.endedOn} is not null)`.mapWith(
        (value) => (value === null ? null : Number(value)),
      ),
    })
    .from(debtReferrals)
    .innerJoin(debtCases, eq(debtCases.id, debtReferrals.caseId))
    .innerJoin(grid.periodTable, grid.holds(debtReferrals.startedOn))
    .where(and(grid.inAreas(debtCases.areaId), visibleCases(caller, debtReferrals.caseId)))
    .groupBy(...grid.groupBy(debtCases.areaId), debtReferrals.kind);
}
