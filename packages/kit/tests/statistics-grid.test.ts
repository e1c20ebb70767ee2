import { count, sql } from 'drizzle-orm';
import { date, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../src/db.ts';
import { periodsOf } from '../src/periods.ts';
import { areaSeriesLoader, StatisticsGrid } from '../src/statistics-grid.ts';

const stays = pgTable('grid_stays', {
  id: integer('id').primaryKey(),
  area: text('area').notNull(),
  startedOn: date('started_on').notNull(),
  endedOn: date('ended_on'),
});

let database: Database;
beforeAll(async () => {
  // Embedded PostgreSQL: the grid's SQL is plain PostgreSQL (VALUES, BETWEEN), the same on a server.
  database = await connectDatabase({});
  await database.db.execute(
    sql`create table grid_stays (id int primary key, area text not null, started_on date not null, ended_on date)`,
  );
  await database.db.insert(stays).values([
    { id: 1, area: 'north', startedOn: '2021-01-15', endedOn: '2021-02-10' },
    { id: 2, area: 'north', startedOn: '2021-03-01', endedOn: null },
    { id: 3, area: 'south', startedOn: '2021-05-01', endedOn: '2021-05-31' },
    { id: 4, area: 'east', startedOn: '2021-05-01', endedOn: null },
  ]);
});
afterAll(() => database?.close());

/** Stays running per period (and area): one grouped query for the whole grid. */
function runningStays(grid: StatisticsGrid) {
  return database.db
    .select({ period: grid.periodIndex, area: grid.area(stays.area), n: count() })
    .from(stays)
    .innerJoin(grid.periodTable, grid.overlaps(stays.startedOn, stays.endedOn))
    .where(grid.inAreas(stays.area))
    .groupBy(...grid.groupBy(stays.area));
}

describe('a statistics table answers every cell from one grouped query', () => {
  const year = { from: '2021-01-01', to: '2021-12-31' };

  it('counts per period for the whole municipality', async () => {
    const grid = new StatisticsGrid(periodsOf(year, 'QUARTER'));
    const counts = await Promise.all(
      grid.cells().map(async (cell) => {
        const rows = await grid.rowsFor(cell, 'stays', runningStays);
        return rows[0]?.n ?? 0;
      }),
    );
    expect(counts).toEqual([2, 3, 2, 2]);
  });

  it('counts per period and area, only for the areas asked, and runs the query once', async () => {
    let runs = 0;
    const grid = new StatisticsGrid(periodsOf(year, 'QUARTER'), ['north', 'south']);
    // A drizzle query runs on every `then`: count the runs, not the calls that build it.
    const counted = (g: StatisticsGrid): PromiseLike<Awaited<ReturnType<typeof runningStays>>> => ({
      // biome-ignore lint/suspicious/noThenProperty: a thenable, as a drizzle query is
      then: (resolve, reject) => {
        runs += 1;
        return runningStays(g).then(resolve, reject);
      },
    });
    const table = await Promise.all(
      grid.cells().map(async (cell) => {
        const rows = await grid.rowsFor(cell, 'stays', counted);
        return `${cell.period.from} ${cell.areaId} ${rows[0]?.n ?? 0}`;
      }),
    );
    expect(runs).toBe(1);
    expect(table).toEqual([
      '2021-01-01 north 2',
      '2021-01-01 south 0',
      '2021-04-01 north 1',
      '2021-04-01 south 1',
      '2021-07-01 north 1',
      '2021-07-01 south 0',
      '2021-10-01 north 1',
      '2021-10-01 south 0',
    ]);
  });

  it('holds a date in its period', async () => {
    const grid = new StatisticsGrid(periodsOf(year, 'QUARTER'));
    const rows = await database.db
      .select({ period: grid.periodIndex, area: grid.area(stays.area), n: count() })
      .from(stays)
      .innerJoin(grid.periodTable, grid.holds(stays.startedOn))
      .groupBy(...grid.groupBy(stays.area));
    expect(rows.sort((a, b) => a.period - b.period)).toEqual([
      { period: 0, area: null, n: 2 },
      { period: 1, area: null, n: 2 },
    ]);
  });

  it('puts the areas of one request with the same period and grain in one grid', async () => {
    const loader = areaSeriesLoader<object>()({});
    const [north, south, other] = await Promise.all([
      loader.load({ ...year, grain: 'QUARTER', areaId: 'north' }),
      loader.load({ ...year, grain: 'QUARTER', areaId: 'south' }),
      loader.load({ ...year, grain: 'YEAR', areaId: 'north' }),
    ]);
    expect(north!.map((cell) => cell.period.from)).toEqual([
      '2021-01-01',
      '2021-04-01',
      '2021-07-01',
      '2021-10-01',
    ]);
    expect(north![0]!.grid).toBe(south![0]!.grid);
    expect(north![0]!.grid.areaIds).toEqual(['north', 'south']);
    expect(other![0]!.grid).not.toBe(north![0]!.grid);
    expect(other).toHaveLength(1);
  });
});
