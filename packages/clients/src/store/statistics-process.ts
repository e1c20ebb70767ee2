import type { StatisticsGrid } from '@mienskip/kit/schema';
import { count, eq, notExists, sql } from 'drizzle-orm';
import { complaints, decisions, engagements, objections, referrals, supportRequests } from '../db/tables.ts';
import { areaOf, type Counting, cellOf, countedIn, ofResidents } from './statistics.ts';

/**
 * Grouped queries over the steps of the process — requests, referrals, beschikkingen, bezwaren and
 * klachten — each counting what happened in a period (its date in the period) for every cell of a
 * grid in one statement.
 */

/** Support requests received in the period, per outcome (null: not yet assessed). */
export function requestsByOutcome(counting: Counting, grid: StatisticsGrid) {
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), outcome: supportRequests.outcome, n: count() })
      .from(supportRequests)
      .$dynamic(),
    supportRequests.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(supportRequests.receivedOn))
    .where(countedIn(counting, grid))
    .groupBy(...cellOf(grid), supportRequests.outcome);
}

/** Referrals to aanvullende ondersteuning issued in the period. */
export function referralsIssued(counting: Counting, grid: StatisticsGrid) {
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), n: count() })
      .from(referrals)
      .$dynamic(),
    referrals.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(referrals.issuedOn))
    .where(countedIn(counting, grid))
    .groupBy(...cellOf(grid));
}

/**
 * Referrals issued in the period from which no engagement has been started, of any provider, by the
 * time the statistic is asked (BR-CL22).
 */
export function referralsNotStarted(counting: Counting, grid: StatisticsGrid) {
  const started = counting.db
    .select({ one: sql`1` })
    .from(engagements)
    .where(eq(engagements.referralId, referrals.id));
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), n: count() })
      .from(referrals)
      .$dynamic(),
    referrals.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(referrals.issuedOn))
    .where(countedIn(counting, grid, notExists(started)))
    .groupBy(...cellOf(grid));
}

/** Beschikkingen issued in the period, per outcome. */
export function decisionsByOutcome(counting: Counting, grid: StatisticsGrid) {
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), outcome: decisions.outcome, n: count() })
      .from(decisions)
      .$dynamic(),
    decisions.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(decisions.issuedOn))
    .where(countedIn(counting, grid))
    .groupBy(...cellOf(grid), decisions.outcome);
}

/** Bezwaren filed in the period, per outcome now (null: not decided yet, BR-CL23). */
export function objectionsByOutcome(counting: Counting, grid: StatisticsGrid) {
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), outcome: objections.outcome, n: count() })
      .from(objections)
      .innerJoin(decisions, eq(decisions.id, objections.decisionId))
      .$dynamic(),
    decisions.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(objections.filedOn))
    .where(countedIn(counting, grid))
    .groupBy(...cellOf(grid), objections.outcome);
}

/** Klachten raised in the period, per rung and status they are at now (BR-CL23). */
export function complaintsByLevelAndStatus(counting: Counting, grid: StatisticsGrid) {
  return ofResidents(
    counting.db
      .select({
        period: grid.periodIndex,
        area: areaOf(grid),
        level: complaints.level,
        status: complaints.status,
        n: count(),
      })
      .from(complaints)
      .$dynamic(),
    complaints.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(complaints.raisedOn))
    .where(countedIn(counting, grid, counting.own(complaints.organisationId)))
    .groupBy(...cellOf(grid), complaints.level, complaints.status);
}
