import type { StatisticsGrid } from '@mienskip/kit/schema';
import { avg, count, countDistinct, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { engagements, referrals } from '../db/tables.ts';
import { areaOf, type Counting, cellOf, countedIn, ofResidents } from './statistics.ts';

/**
 * Grouped queries over engagements, each answering every cell of a grid in one statement: the
 * support running in a period (an engagement that started by its last day and did not end before
 * its first), the engagements ended in it, and the waiting time of those started in it.
 */

/**
 * Residents with support running in the period, per the groups given (engagement columns), of the
 * engagements that also meet `only`.
 */
function residentsRunning<Groups extends Record<string, AnyPgColumn>>(
  counting: Counting,
  grid: StatisticsGrid,
  groups: Groups,
  only?: SQL,
) {
  return ofResidents(
    counting.db
      .select({
        period: grid.periodIndex,
        area: areaOf(grid),
        ...groups,
        n: countDistinct(engagements.clientId),
      })
      .from(engagements)
      .$dynamic(),
    engagements.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.overlaps(engagements.startedOn, engagements.endedOn))
    .where(countedIn(counting, grid, counting.own(engagements.organisationId), only))
    .groupBy(...cellOf(grid), ...Object.values(groups));
}

/** Residents with support running, per pillar and kind. */
export const residentsByPillarAndKind = (counting: Counting, grid: StatisticsGrid) =>
  residentsRunning(counting, grid, { pillar: engagements.pillar, kind: engagements.kind });

/** Residents with support running, per pillar (BR-CL20). */
export const residentsByPillar = (counting: Counting, grid: StatisticsGrid) =>
  residentsRunning(counting, grid, { pillar: engagements.pillar });

/** Residents with support running, per provision type: algemene voorziening or maatwerk (BR-CL20). */
export const residentsByProvision = (counting: Counting, grid: StatisticsGrid) =>
  residentsRunning(counting, grid, { provisionType: engagements.provisionType });

/** Residents with maatwerk running, per delivery form (ZIN or PGB). */
export const residentsByDeliveryForm = (counting: Counting, grid: StatisticsGrid) =>
  residentsRunning(
    counting,
    grid,
    { form: engagements.deliveryForm },
    eq(engagements.provisionType, 'MAATWERK'),
  );

/** Engagements ended in the period, per end reason of their stop message (BR-CL21). */
export function engagementsEndedByReason(counting: Counting, grid: StatisticsGrid) {
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), reason: engagements.endReason, n: count() })
      .from(engagements)
      .$dynamic(),
    engagements.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(engagements.endedOn))
    .where(countedIn(counting, grid, counting.own(engagements.organisationId)))
    .groupBy(...cellOf(grid), engagements.endReason);
}

/** Engagements started in the period from a referral, and their average days since the referral. */
export function waitingTimes(counting: Counting, grid: StatisticsGrid) {
  return ofResidents(
    counting.db
      .select({
        period: grid.periodIndex,
        area: areaOf(grid),
        n: count(),
        average: avg(sql`${engagements.startedOn} - ${referrals.issuedOn}`),
      })
      .from(engagements)
      .innerJoin(referrals, eq(referrals.id, engagements.referralId))
      .$dynamic(),
    engagements.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, grid.holds(engagements.startedOn))
    .where(countedIn(counting, grid, counting.own(engagements.organisationId)))
    .groupBy(...cellOf(grid));
}
