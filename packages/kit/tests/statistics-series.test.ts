import { count, sql } from 'drizzle-orm';
import { date, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { type GraphQLObjectType, type GraphQLSchema, graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogRecorder } from '../src/access-log.ts';
import { createBuilder } from '../src/builder.ts';
import type { RequestContext } from '../src/context.ts';
import { connectDatabase, type Database } from '../src/db.ts';
import { createLogger } from '../src/logger.ts';
import { addStatisticsGrain, addStatisticTypes } from '../src/schema-types.ts';
import type { Scope } from '../src/scopes.ts';
import type { StatisticsGrid } from '../src/statistics-grid.ts';
import { addStatisticsEntries, cellRows, type StatisticsSource } from '../src/statistics-series.ts';

const stays = pgTable('series_stays', {
  id: integer('id').primaryKey(),
  area: text('area').notNull(),
  startedOn: date('started_on').notNull(),
  endedOn: date('ended_on'),
});

let database: Database;
let schema: GraphQLSchema;
/** How often the schema asked for a reader, and ran the grouped query. */
const asked = { readers: 0, queries: 0 };

type Reader = Database['db'];

/** Stays running per period (and area), as a subgraph's grouped query is written. */
function runningStays(db: Reader, grid: StatisticsGrid) {
  asked.queries += 1;
  return db
    .select({ period: grid.periodIndex, area: grid.area(stays.area), n: count() })
    .from(stays)
    .innerJoin(grid.periodTable, grid.overlaps(stays.startedOn, stays.endedOn))
    .where(grid.inAreas(stays.area))
    .groupBy(...grid.groupBy(stays.area));
}

function buildSchema(): GraphQLSchema {
  const builder = createBuilder<RequestContext>();
  const PublishedCount = addStatisticTypes(builder);
  const Area = builder.objectRef<{ id: string }>('Area').implement({
    fields: (t) => ({ id: t.exposeID('id') }),
  });
  const Stays = builder.objectRef<StatisticsSource<Reader>>('Stays');
  Stays.implement({
    fields: (t) => ({
      from: t.string({ resolve: (s) => s.cell.period.from }),
      area: t.string({ nullable: true, resolve: (s) => s.cell.areaId }),
      running: t.field({
        type: PublishedCount,
        resolve: async (s) => {
          const [row] = await cellRows(s, 'running', runningStays);
          return s.publish(row?.n ?? 0);
        },
      }),
    }),
  });
  builder.queryType({
    fields: (t) => ({
      areas: t.field({
        type: [Area],
        args: { ids: t.arg.idList({ required: true }) },
        resolve: (_root, args) => args.ids.map((id) => ({ id: String(id) })),
      }),
    }),
  });
  addStatisticsEntries(builder, {
    type: Stays,
    area: Area,
    grain: addStatisticsGrain(builder),
    reader: () => {
      asked.readers += 1;
      return database.db;
    },
    cell: { name: 'stays', description: 'One cell.', areaId: 'Only this area.' },
    series: { name: 'staysSeries', description: 'The municipality by period.' },
    areaSeries: { description: 'This area by period.' },
  });
  return builder.toSchema();
}

beforeAll(async () => {
  database = await connectDatabase({});
  await database.db.execute(
    sql`create table series_stays (id int primary key, area text not null, started_on date not null, ended_on date)`,
  );
  await database.db.insert(stays).values([
    { id: 1, area: 'north', startedOn: '2021-01-15', endedOn: '2021-02-10' },
    { id: 2, area: 'north', startedOn: '2021-03-01', endedOn: null },
    { id: 3, area: 'south', startedOn: '2021-05-01', endedOn: '2021-05-31' },
    { id: 4, area: 'east', startedOn: '2021-05-01', endedOn: null },
  ]);
  schema = buildSchema();
});
afterAll(() => database?.close());

const logger = createLogger('test', 'silent');
const EXACT: Scope[] = ['statistics', 'personal-data'];

/** Runs a query as a key with these scopes, counting the readers and queries it needs. */
async function run<Data = Record<string, never>>(source: string, scopes: Scope[] = EXACT) {
  asked.readers = 0;
  asked.queries = 0;
  const contextValue: RequestContext = {
    caller: {
      keyId: 'k',
      organisationId: 'o',
      organisationKind: 'PARTNER',
      scopes: new Set(scopes),
      requestId: 'r',
    },
    logger,
    accessLog: new AccessLogRecorder(),
  };
  const result = await graphql({ schema, source, contextValue });
  return { ...result, data: result.data as Data | null | undefined, ...asked };
}

const YEAR = 'from: "2021-01-01", to: "2021-12-31"';

/** A cell as the tests ask for it. */
interface Cell {
  from: string;
  area: string | null;
  running: { value: number | null; secret?: boolean };
}

describe('the three ways a statistics type is asked (addStatisticsEntries)', () => {
  it('answers the municipality by quarter from one reader and one grouped query', async () => {
    const answer = await run<{ staysSeries: Cell[] }>(
      `{ staysSeries(${YEAR}, grain: QUARTER) { from area running { value } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.staysSeries.map((s) => [s.from, s.area, s.running.value])).toEqual([
      ['2021-01-01', null, 2],
      ['2021-04-01', null, 3],
      ['2021-07-01', null, 2],
      ['2021-10-01', null, 2],
    ]);
    expect([answer.readers, answer.queries]).toEqual([1, 1]);
  });

  it('answers one cell for one area, and the whole period without a grain', async () => {
    const cell = await run<{ stays: Cell }>(
      `{ stays(from: "2021-04-01", to: "2021-06-30", areaId: "north") { from area running { value } } }`,
    );
    expect(cell.data!.stays).toEqual({ from: '2021-04-01', area: 'north', running: { value: 1 } });
    const whole = await run<{ staysSeries: Cell[] }>(`{ staysSeries(${YEAR}) { from running { value } } }`);
    expect(whole.data!.staysSeries).toEqual([{ from: '2021-01-01', running: { value: 4 } }]);
  });

  it("answers each area's table with its own counts, all areas of a request from one grouped query", async () => {
    const answer = await run<{ areas: { id: string; staysSeries: Cell[] }[] }>(
      `{ areas(ids: ["north", "south"]) { id staysSeries(${YEAR}, grain: QUARTER) { area running { value } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const table = answer.data!.areas.map((a) => [
      a.id,
      a.staysSeries.map((s) => `${s.area} ${s.running.value}`),
    ]);
    expect(table).toEqual([
      ['north', ['north 2', 'north 1', 'north 1', 'north 1']],
      ['south', ['south 0', 'south 1', 'south 0', 'south 0']],
    ]);
    expect(answer.queries).toBe(1);
  });

  it('publishes under the CBS rule without personal-data, and refuses part of a month before reading', async () => {
    const published = await run<{ stays: Cell }>(`{ stays(${YEAR}) { running { value secret } } }`, [
      'statistics',
    ]);
    expect(published.data!.stays.running).toEqual({ value: null, secret: true });
    for (const query of [
      '{ stays(from: "2021-01-02", to: "2021-12-31") { from } }',
      '{ staysSeries(from: "2021-01-02", to: "2021-12-31", grain: QUARTER) { from } }',
      '{ areas(ids: ["north"]) { staysSeries(from: "2021-01-02", to: "2021-12-31") { from } } }',
    ]) {
      const refused = await run(query, ['statistics']);
      expect(refused.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect([refused.readers, refused.queries]).toEqual([0, 0]);
    }
  });

  it('needs the statistics scope on each of the three', async () => {
    for (const query of [
      `{ stays(${YEAR}) { from } }`,
      `{ staysSeries(${YEAR}) { from } }`,
      `{ areas(ids: ["north"]) { staysSeries(${YEAR}) { from } } }`,
    ]) {
      const refused = await run(query, ['personal-data']);
      expect(refused.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(refused.readers).toBe(0);
    }
  });

  it('takes the period, and an area or a grain, as the same arguments in every subgraph', () => {
    const args = (field: { args: readonly { name: string; type: unknown }[] } | undefined) =>
      field?.args.map((arg) => `${arg.name}: ${String(arg.type)}`).sort();
    const query = schema.getQueryType()!.getFields();
    const area = (schema.getType('Area') as GraphQLObjectType).getFields();
    expect(args(query.stays)).toEqual(['areaId: ID', 'from: Date!', 'to: Date!']);
    expect(args(query.staysSeries)).toEqual(['from: Date!', 'grain: StatisticsGrain', 'to: Date!']);
    expect(args(area.staysSeries)).toEqual(['from: Date!', 'grain: StatisticsGrain', 'to: Date!']);
    expect(String(query.staysSeries!.type)).toBe('[Stays!]');
  });
});
