import type { Db } from '@mienskip/kit/db';
import type { Caller } from '@mienskip/kit/rules';
import type { StatisticsGrid } from '@mienskip/kit/schema';
import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core';
import { clients, households } from '../db/tables.ts';
import type { ClientVisibility } from '../domain/visibility.ts';
import { ownRows, visibleClients } from './scoping.ts';

/**
 * Who a statistic counts for one request: the residents the key may see, and of engagements,
 * complaints and housing links only the key's own organisation's when it is not the municipality.
 * Every grouped query joins its rows to their resident (`clients`) and household (`households`), so
 * that both conditions, and the area of a row, are on those two tables (BR-CL19).
 */
export interface Counting {
  db: Db;
  /** Residents the key may see (BR-KT2), on the joined `clients.id`; undefined for the municipality. */
  visible: SQL | undefined;
  /** Rows of one organisation: a key of another than the municipality counts its own. */
  own: (organisationId: AnyPgColumn) => SQL | undefined;
}

export function countingFor(db: Db, visibility: ClientVisibility, caller: Caller): Counting {
  return {
    db,
    visible: visibleClients(visibility, clients.id),
    own: (organisationId) => ownRows(caller, organisationId),
  };
}

/** The resident a row is about. */
export const residentOf = (clientId: AnyPgColumn): SQL => eq(clients.id, clientId);

/** The resident's household: its area is the area a row counts for (BR-CL19). */
export const householdOfResident: SQL = eq(households.id, clients.householdId);

/** The area of a row (null for the whole municipality), for `select`. */
export const areaOf = (grid: StatisticsGrid) => grid.area(households.areaId);

/** What every grouped query groups by first: the period, and the household's area when asked. */
export const cellOf = (grid: StatisticsGrid): SQL[] => grid.groupBy(households.areaId);

/** The conditions every statistic applies: residents the key sees, in the areas of the grid. */
export const countedIn = (counting: Counting, grid: StatisticsGrid, ...more: (SQL | undefined)[]) =>
  and(counting.visible, grid.inAreas(households.areaId), ...more);

/**
 * Joins a row to its resident and household only when the count needs them: for the key's sight
 * (a key other than the municipality) or for the area (a table by area). The municipality's own
 * rows need neither, and ten times the clients then cost a scan, not a scan and two joins. Every
 * resident has a household (not null, foreign key), so the join drops no row.
 */
export function ofResidents<Query extends PgSelect>(
  query: Query,
  clientId: AnyPgColumn,
  counting: Counting,
  grid: StatisticsGrid,
): Query {
  if (!counting.visible && !grid.areaIds) return query;
  return query
    .innerJoin(clients, residentOf(clientId))
    .innerJoin(households, householdOfResident) as unknown as Query;
}
