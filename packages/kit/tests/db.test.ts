import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The kit cannot depend on @mienskip/testing (which depends on the kit); ci.ts imports nothing.
import { requirePostgres } from '../../testing/src/ci.ts';
import { connectDatabase, type Database, migrateDatabase, redactUrl } from '../src/db.ts';
import { admin, createTestDatabase, writeMigrations } from './support/test-database.ts';

type Row = Record<string, unknown>;

async function rows(database: Database, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await database.db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

describe('connectDatabase and migrateDatabase', () => {
  let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let database: Database;
  let root: string;
  let folderA: string;
  let folderB: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = await connectDatabase(testDb.options);
    root = mkdtempSync(join(tmpdir(), 'kit-migrations-'));
    folderA = writeMigrations(root, 'a', [
      'CREATE SCHEMA "a";',
      'CREATE TABLE "a"."things" ("id" text PRIMARY KEY NOT NULL, "name" text NOT NULL);',
    ]);
    folderB = writeMigrations(root, 'b', [
      'CREATE SCHEMA "b";',
      'CREATE TABLE "b"."widgets" ("id" integer PRIMARY KEY NOT NULL);',
      `INSERT INTO "b"."widgets" ("id") VALUES (1), (2);`,
    ]);
  }, 30_000);

  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('uses the driver the options ask for', () => {
    if (process.env.TEST_DATABASE_URL) {
      expect(database.driver).toBe('postgres');
      expect(database.url).toBe(testDb.options.url);
    } else {
      expect(database.driver).toBe('pglite');
      expect(database.url).toBeUndefined();
    }
  });

  it('applies two subgraphs’ migrations that share tag and timestamp', async () => {
    await migrateDatabase(database, 'a', folderA);
    await migrateDatabase(database, 'b', folderB);

    await database.db.execute(sql`insert into a.things (id, name) values ('t1', 'first')`);
    expect(await rows(database, sql`select id, name from a.things`)).toEqual([{ id: 't1', name: 'first' }]);
    expect(await rows(database, sql`select id from b.widgets order by id`)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('keeps a migrations table per subgraph in the drizzle schema', async () => {
    const tables = await rows(
      database,
      sql`select table_name from information_schema.tables where table_schema = 'drizzle' order by table_name`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(['a_migrations', 'b_migrations']);
    for (const table of ['a_migrations', 'b_migrations']) {
      const applied = await rows(
        database,
        sql`select created_at from ${sql.identifier('drizzle')}.${sql.identifier(table)}`,
      );
      expect(applied).toHaveLength(1);
      expect(Number(applied[0]!.created_at)).toBe(1700000000000);
    }
  });

  it('does nothing when run again', async () => {
    await migrateDatabase(database, 'a', folderA);
    await migrateDatabase(database, 'b', folderB);
    // The migration inserts two widgets; running it again would fail on the schema or duplicate them.
    expect(await rows(database, sql`select count(*)::int as n from b.widgets`)).toEqual([{ n: 2 }]);
    expect(await rows(database, sql`select count(*)::int as n from drizzle.a_migrations`)).toEqual([
      { n: 1 },
    ]);
    expect(await rows(database, sql`select count(*)::int as n from drizzle.b_migrations`)).toEqual([
      { n: 1 },
    ]);
  });

  it('fails on a broken migration', async () => {
    const broken = writeMigrations(root, 'c', ['CREATE TABLE "missing_schema"."x" ("id" int);']);
    await expect(migrateDatabase(database, 'c', broken)).rejects.toThrow();
    expect(await rows(database, sql`select count(*)::int as n from drizzle.c_migrations`)).toEqual([
      { n: 0 },
    ]);
  });

  it('counts statements as they run', async () => {
    const before = database.statementCount;
    await database.db.execute(sql`select 1`);
    expect(database.statementCount).toBe(before + 1);
    await database.db.execute(sql`select 2`);
    await database.db.execute(sql`select 3`);
    expect(database.statementCount).toBe(before + 3);
  });

  it('counts statements per connection', async () => {
    const other = await connectDatabase(testDb.options);
    try {
      expect(other.statementCount).toBe(0);
      await other.db.execute(sql`select 1`);
      expect(other.statementCount).toBe(1);
    } finally {
      await other.close();
    }
  }, 30_000);
});

describe('connectDatabase errors', () => {
  it('reports a server that cannot be reached without the password', async () => {
    const url = 'postgres://user:s3cret@127.0.0.1:1/db';
    const attempt = connectDatabase({ url });
    await expect(attempt).rejects.toThrow(
      /Cannot connect to PostgreSQL at postgres:\/\/user:\*\*\*@127\.0\.0\.1:1\/db/,
    );
    await expect(attempt).rejects.not.toThrow(/s3cret/);
  });
});

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://app:hunter2@db.example:5432/mienskip')).toBe(
      'postgres://app:***@db.example:5432/mienskip',
    );
  });

  it('leaves a URL without password alone', () => {
    expect(redactUrl('postgres://postgres@127.0.0.1:5432/postgres')).toBe(
      'postgres://postgres@127.0.0.1:5432/postgres',
    );
  });

  it('does not echo an unparsable string', () => {
    expect(redactUrl('not a url with password hunter2')).toBe('(unparsable connection string)');
  });
});

describe.runIf(requirePostgres())('a server that ends idle connections', () => {
  it('costs the pool a connection, not the process', async () => {
    const own = await createTestDatabase();
    const database = await connectDatabase(own.options);
    try {
      const probe = (await database.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
        rows: { pid: number }[];
      };
      const pid = probe.rows[0]!.pid;
      // The pool's idle client is cut off by the server, as a restart or a dropped database would.
      await admin(process.env.TEST_DATABASE_URL!, `select pg_terminate_backend(${Number(pid)})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { rows } = (await database.db.execute(sql`select 1 as one`)) as unknown as { rows: unknown[] };
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
      await own.drop();
    }
  });
});
