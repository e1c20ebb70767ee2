import type { StatisticsGrid } from '@mienskip/kit/schema';
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { housingLinks, transitionInterviews } from '../db/tables.ts';
import type { HousingLinkStatus } from '../domain/codes.ts';
import { TRANSITION_STATUSES, type TransitionStatus } from '../domain/transition.ts';
import { areaOf, type Counting, cellOf, countedIn, ofResidents } from './statistics.ts';
import { transitionCondition } from './transition.ts';

/**
 * Grouped queries over states as they stood on the last day of each period: every row is joined to
 * every period of the grid and counted, per state, with a filter on the period's last day.
 */

const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** Residents per state of their transition interview on the last day of the period. */
export function transitionStates(counting: Counting, grid: StatisticsGrid) {
  const states = Object.fromEntries(
    TRANSITION_STATUSES.map((status) => [status, countWhere(transitionCondition(status, grid.lastDay))]),
  ) as Record<TransitionStatus, SQL<number>>;
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), ...states })
      .from(transitionInterviews)
      .$dynamic(),
    transitionInterviews.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, sql`true`)
    .where(countedIn(counting, grid))
    .groupBy(...cellOf(grid));
}

/**
 * Housing links per status on the last day of the period (BR-CL24): solved when solved on or before
 * it (a solved link without a date counts as solved), open otherwise. A link has no opening date: the
 * links are the old providers' arrangements, all there at the transition, so every link counts.
 */
export function housingLinkStates(counting: Counting, grid: StatisticsGrid) {
  const solved = and(
    eq(housingLinks.status, 'SOLVED'),
    or(isNull(housingLinks.solvedOn), sql`${housingLinks.solvedOn} <= ${grid.lastDay}`),
  )!;
  const states: Record<HousingLinkStatus, SQL<number>> = {
    SOLVED: countWhere(solved),
    OPEN: countWhere(sql`not (${solved})`),
  };
  return ofResidents(
    counting.db
      .select({ period: grid.periodIndex, area: areaOf(grid), ...states })
      .from(housingLinks)
      .$dynamic(),
    housingLinks.clientId,
    counting,
    grid,
  )
    .innerJoin(grid.periodTable, sql`true`)
    .where(countedIn(counting, grid, counting.own(housingLinks.organisationId)))
    .groupBy(...cellOf(grid));
}
