import { sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database, preparedPerDatabase, UNNAMED } from '../src/db.ts';
import { NotFoundError } from '../src/domain-errors.ts';
import { loadByIds } from '../src/loaders.ts';
import { createTestDatabase } from './support/test-database.ts';

// Loaders and lists built once per database: same rows, one statement per batch, on either driver.

const things = pgTable('things', { id: text('id').primaryKey(), name: text('name').notNull() });

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let database: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  database = await connectDatabase(testDb.options);
  await database.db.execute(sql`create table things (id text primary key, name text not null)`);
  await database.db.execute(sql`insert into things values ('a', 'Anna'), ('b', 'Bauke'), ('c', 'Cor')`);
}, 120_000);
afterAll(async () => {
  await database?.close();
  await testDb?.drop();
});

describe('loadByIds', () => {
  it('answers rows in the order asked, a NotFoundError for an id without a row, one statement a batch', async () => {
    const load = loadByIds('Thing', things);
    const before = database.statementCount;
    const first = await load(['c', 'missing', 'a'], database);
    expect(first.map((row) => (row instanceof NotFoundError ? `not found ${row.id}` : row.name))).toEqual([
      'Cor',
      'not found missing',
      'Anna',
    ]);
    const second = await load(['b'], database);
    expect(second).toEqual([{ id: 'b', name: 'Bauke' }]);
    expect(database.statementCount - before).toBe(2);
  });
});

describe('preparedPerDatabase', () => {
  it('builds a query once per database and runs it with the values given', async () => {
    let built = 0;
    const named = preparedPerDatabase((db) => {
      built++;
      return db
        .select()
        .from(things)
        .where(sql`${things.name} = ${sql.placeholder('name')}`)
        .prepare(UNNAMED);
    });
    expect(await named(database.db).execute({ name: 'Anna' })).toEqual([{ id: 'a', name: 'Anna' }]);
    expect(await named(database.db).execute({ name: 'Cor' })).toEqual([{ id: 'c', name: 'Cor' }]);
    expect(built).toBe(1);
  });
});
