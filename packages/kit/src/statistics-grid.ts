import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import type { Caller } from './caller.ts';
import { type Period, periodsOf, type StatisticsGrain, statisticsPeriodCheck } from './periods.ts';
import { statisticsPeriodRefusalFor } from './statistics.ts';

/**
 * A statistics table: periods down, and areas across when it is grouped by area. Every statistic of
 * the table is one grouped SQL query for all of its cells (`rowsFor`), so a table of four quarters
 * by eight areas costs as many statements as one cell, not thirty-two times as many.
 */
export interface StatisticsCell {
  grid: StatisticsGrid;
  period: Period;
  /** The period's place in the grid, as the grouped queries name it (`period.index`). */
  periodIndex: number;
  /** The area; null for the whole municipality. */
  areaId: string | null;
}

/** A row of a grouped query: its period's index and its area (null when not grouped by area). */
export interface GridRow {
  period: number;
  area: string | null;
}

export class StatisticsGrid {
  readonly periods: readonly Period[];
  /** The areas the table is grouped by, in the order asked; null for the whole municipality. */
  readonly areaIds: readonly string[] | null;
  private readonly results = new Map<string, Promise<readonly GridRow[]>>();

  constructor(periods: readonly Period[], areaIds: readonly string[] | null = null) {
    if (periods.length === 0) throw new RangeError('A statistics table has at least one period');
    this.periods = periods;
    this.areaIds = areaIds;
  }

  /** One cell per period and area asked (period first), or per period for the municipality. */
  cells(): StatisticsCell[] {
    const areas = this.areaIds ?? [null];
    return this.periods.flatMap((period, periodIndex) =>
      areas.map((areaId) => ({ grid: this, period, periodIndex, areaId })),
    );
  }

  /** The cells of one area, one per period in order. */
  cellsOf(areaId: string | null): StatisticsCell[] {
    return this.cells().filter((cell) => cell.areaId === areaId);
  }

  /** The periods as a table to join: `period.index`, `period.first_day`, `period.last_day`. */
  get periodTable(): SQL {
    const rows = this.periods.map(
      (period, index) => sql`(${index}::int, ${period.from}::date, ${period.to}::date)`,
    );
    return sql`(values ${sql.join(rows, sql`, `)}) as period(index, first_day, last_day)`;
  }

  /** The joined period's index, for `select` and `group by`. */
  get periodIndex(): SQL<number> {
    return sql<number>`period.index`.mapWith(Number);
  }

  /** The joined period's last day: for a state "as it stood at the end of the period". */
  get lastDay(): SQL {
    return sql`period.last_day`;
  }

  /** A date in the joined period. */
  holds(date: AnyPgColumn | SQL): SQL {
    return sql`${date} between period.first_day and period.last_day`;
  }

  /** Something from `start` to `end` (null: still running) runs at some time in the joined period. */
  overlaps(start: AnyPgColumn | SQL, end: AnyPgColumn | SQL): SQL {
    return sql`(${start} <= period.last_day and (${end} is null or ${end} >= period.first_day))`;
  }

  /** The area a row counts for: `column` when grouped by area, otherwise null. */
  area(column: AnyPgColumn | SQL): SQL<string | null> {
    return this.areaIds ? sql<string>`${column}` : sql<null>`null`;
  }

  /** Only rows of the areas asked (nothing to filter for the whole municipality). */
  inAreas(column: AnyPgColumn): SQL | undefined {
    return this.areaIds ? inArray(column, [...this.areaIds]) : undefined;
  }

  /** What a grouped query groups by before its own groups: the period, and the area when asked. */
  groupBy(areaColumn: AnyPgColumn | SQL): SQL[] {
    return this.areaIds ? [this.periodIndex, sql`${areaColumn}`] : [this.periodIndex];
  }

  /**
   * The rows of one statistic that belong to `cell`: the grouped `query` runs once for the whole
   * grid (the first cell that asks starts it, the others share its answer).
   */
  async rowsFor<Row extends GridRow>(
    cell: StatisticsCell,
    statistic: string,
    query: (grid: StatisticsGrid) => PromiseLike<Row[]>,
  ): Promise<Row[]> {
    let result = this.results.get(statistic);
    if (!result) {
      // A drizzle query is a thenable that runs again on every await: settle it once, as a promise.
      result = Promise.resolve(query(this));
      this.results.set(statistic, result);
    }
    return ((await result) as Row[]).filter(
      (row) => Number(row.period) === cell.periodIndex && (cell.areaId === null || row.area === cell.areaId),
    );
  }
}

/** What an area's series asks: the area, the period and the grain. */
export interface AreaSeriesKey extends Period {
  grain: StatisticsGrain | null;
  areaId: string;
}

/**
 * The cells of one statistic for every area a request asks about with the same period and grain:
 * the gateway asks for `Area.…Series` of all areas in one `_entities` call, and this loader puts
 * them in one grid, so each statistic is one grouped query for all areas together.
 */
export function areaSeriesLoader<Context extends object>() {
  return createContextCache(
    (_context: Context) =>
      new DataLoader<AreaSeriesKey, StatisticsCell[], string>(
        async (keys) => {
          const grids = new Map<string, StatisticsGrid>();
          const tableOf = (key: AreaSeriesKey) => JSON.stringify([key.from, key.to, key.grain]);
          for (const key of keys) {
            const table = tableOf(key);
            if (grids.has(table)) continue;
            const areaIds = [...new Set(keys.filter((k) => tableOf(k) === table).map((k) => k.areaId))];
            grids.set(table, new StatisticsGrid(periodsOf(key, key.grain), areaIds));
          }
          return keys.map((key) => grids.get(tableOf(key))!.cellsOf(key.areaId));
        },
        { cacheKeyFn: (key) => JSON.stringify([key.from, key.to, key.grain, key.areaId]) },
      ),
  );
}

/**
 * Refuses a statistics table's period as BAD_USER_INPUT: the checks of `statisticsPeriodCheck`, then
 * whole months without personal-data (BR-KT5), so that no cut of the table isolates a few days.
 */
export function assertStatisticsPeriod(
  caller: Caller,
  period: Period,
  grain: StatisticsGrain | null | undefined,
): void {
  const refusal =
    statisticsPeriodCheck(period, grain) ?? statisticsPeriodRefusalFor(caller, period.from, period.to);
  if (refusal)
    throw new GraphQLError(refusal.message, { extensions: { code: 'BAD_USER_INPUT', field: refusal.field } });
}

/** A checked statistics table (`assertStatisticsPeriod`), for the whole municipality or the areas given. */
export function checkedGrid(
  caller: Caller,
  period: Period,
  grain: StatisticsGrain | null | undefined,
  areaIds: readonly string[] | null = null,
): StatisticsGrid {
  assertStatisticsPeriod(caller, period, grain);
  return new StatisticsGrid(periodsOf(period, grain), areaIds);
}
