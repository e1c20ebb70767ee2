import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgSchema,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database, jsonRow, rowFromJson } from '../src/db.ts';
import { createTestDatabase } from './support/test-database.ts';

// Child rows read as JSON inside their parent's statement come back as drizzle reads them itself.

const shop = pgSchema('shop');
const kind = pgEnum('kind', ['A', 'B']);
const parts = shop.table('parts', {
  id: text('id').primaryKey(),
  kind: kind('kind').notNull(),
  amountCents: bigint('amount_cents', { mode: 'bigint' }).notNull(),
  count: integer('count'),
  madeOn: date('made_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  position: smallint('position'),
  done: boolean('done'),
  ref: uuid('ref'),
  extra: jsonb('extra'),
  seenAt: timestamp('seen_at'),
});

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let database: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  database = await connectDatabase(testDb.options);
  await database.db.execute(sql`create type kind as enum ('A', 'B')`);
  await database.db.execute(sql`create schema shop`);
  await database.db.execute(sql`create table shop.parts (id text primary key, kind kind not null,
    amount_cents bigint not null, count integer, made_on date, created_at timestamptz not null,
    position smallint, done boolean, ref uuid, extra jsonb, seen_at timestamp)`);
  await database.db.execute(sql`insert into shop.parts values
    ('big', 'A', 9007199254740993, 3, '2021-11-01', '2021-11-01T10:00:00.123Z', 2, true,
     'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"n": 1, "list": ["x"]}', '2021-11-01 10:00:00.5'),
    ('small', 'B', -150, null, null, '2020-01-31T23:59:59Z', null, false, null, null, null)`);
}, 120_000);
afterAll(async () => {
  await database?.close();
  await testDb?.drop();
});

describe('jsonRow and rowFromJson', () => {
  it('give back every column as drizzle reads it: bigints exact beyond 2^53, dates and times, nulls, enums, json', async () => {
    const direct = await database.db.select().from(parts).orderBy(parts.id);
    const [aggregated] = await database.db
      .select({ rows: sql<Record<string, unknown>[]>`json_agg(${jsonRow(parts)} order by ${parts.id})` })
      .from(parts);
    const viaJson = aggregated!.rows.map((json) => rowFromJson(parts, json));
    expect(viaJson).toEqual(direct);
    expect(viaJson[0]!.amountCents).toBe(9007199254740993n);
    expect(viaJson[0]!.createdAt).toEqual(new Date('2021-11-01T10:00:00.123Z'));
  });

  it('refuses a column whose JSON form would come back different (a numeric loses its digits)', () => {
    const prices = pgTable('prices', { id: text('id').primaryKey(), amount: numeric('amount') });
    expect(() => jsonRow(prices)).toThrow('jsonRow cannot carry amount (PgNumeric) exactly');
  });
});
