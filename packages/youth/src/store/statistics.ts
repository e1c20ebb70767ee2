import type { GridRow, StatisticsGrid } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, count, countDistinct, eq, type SQL, sql } from 'drizzle-orm';
import {
  jetConsultations,
  jetDecisions,
  lightParentingSupport,
  youthCases,
  youthReferrals,
} from '../db/tables.ts';

/**
 * The grouped queries behind `YouthStatistics` (BR-Y15, BR-Y18): each answers every cell of a grid
 * (period × area) in one statement. An event counts in the area of its case (`youth_cases.area_id`,
 * the household's area when the case opened), so event tables join their case.
 */
export interface CountedCases {
  db: SubgraphContext['db'];
  /** The cases the key may see (BR-Y10), a condition on `youth_cases.id`; undefined for all. */
  visible: SQL | undefined;
}

/** A count in one cell. */
export interface CountRow extends GridRow {
  n: number;
}

const area = youthCases.areaId;

/** Cases open at some time in the period, by their route now. */
export function casesByRoute(cases: CountedCases, grid: StatisticsGrid) {
  return cases.db
    .select({ period: grid.periodIndex, area: grid.area(area), key: youthCases.route, n: count() })
    .from(youthCases)
    .innerJoin(grid.periodTable, grid.overlaps(youthCases.openedOn, youthCases.closedOn))
    .where(and(grid.inAreas(area), cases.visible))
    .groupBy(...grid.groupBy(area), youthCases.route);
}

/** Cases closed in the period, by reden beëindiging (BR-Y18). */
export function casesClosedByReason(cases: CountedCases, grid: StatisticsGrid) {
  return cases.db
    .select({ period: grid.periodIndex, area: grid.area(area), key: youthCases.closeReason, n: count() })
    .from(youthCases)
    .innerJoin(grid.periodTable, grid.holds(youthCases.closedOn))
    .where(and(grid.inAreas(area), cases.visible))
    .groupBy(...grid.groupBy(area), youthCases.closeReason);
}

/** Cases with light parenting support running in the period, per goal (a support counts for each of its goals). */
export function lightSupportByGoal(cases: CountedCases, grid: StatisticsGrid) {
  const goal = sql<string>`goals.goal`;
  return cases.db
    .select({
      period: grid.periodIndex,
      area: grid.area(area),
      key: goal,
      n: countDistinct(lightParentingSupport.caseId),
    })
    .from(lightParentingSupport)
    .innerJoin(youthCases, eq(youthCases.id, lightParentingSupport.caseId))
    .innerJoin(
      grid.periodTable,
      grid.overlaps(lightParentingSupport.startedOn, lightParentingSupport.endedOn),
    )
    .innerJoin(sql`lateral unnest(${lightParentingSupport.goals}) as goals(goal)`, sql`true`)
    .where(and(grid.inAreas(area), cases.visible))
    .groupBy(...grid.groupBy(area), goal);
}

/** JET consultations held in the period. */
export function consultations(cases: CountedCases, grid: StatisticsGrid) {
  return cases.db
    .select({ period: grid.periodIndex, area: grid.area(area), n: count() })
    .from(jetConsultations)
    .innerJoin(youthCases, eq(youthCases.id, jetConsultations.caseId))
    .innerJoin(grid.periodTable, grid.holds(jetConsultations.consultedOn))
    .where(and(grid.inAreas(area), cases.visible))
    .groupBy(...grid.groupBy(area));
}

/** JET decisions taken in the period, by the route decided. */
export function decisionsByRoute(cases: CountedCases, grid: StatisticsGrid) {
  return cases.db
    .select({ period: grid.periodIndex, area: grid.area(area), key: jetDecisions.route, n: count() })
    .from(jetDecisions)
    .innerJoin(youthCases, eq(youthCases.id, jetDecisions.caseId))
    .innerJoin(grid.periodTable, grid.holds(jetDecisions.decidedOn))
    .where(and(grid.inAreas(area), cases.visible))
    .groupBy(...grid.groupBy(area), jetDecisions.route);
}

/** Referrals to youth-care providers made in the period. */
export function referrals(cases: CountedCases, grid: StatisticsGrid) {
  return cases.db
    .select({ period: grid.periodIndex, area: grid.area(area), n: count() })
    .from(youthReferrals)
    .innerJoin(youthCases, eq(youthCases.id, youthReferrals.caseId))
    .innerJoin(grid.periodTable, grid.holds(youthReferrals.referredOn))
    .where(and(grid.inAreas(area), cases.visible))
    .groupBy(...grid.groupBy(area));
}
