import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, type Database, type Db, migrateDatabase } from '@mienskip/kit/db';
import type { SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface PartialMigrations {
  /** A temporary copy of the migrations folder whose journal holds only the first `count` entries. */
  folder: string;
  /** Removes the temporary folder. */
  cleanup(): void;
}

/** The migrations folder as it was with its first `count` migrations only. */
export function migrationsUpTo(migrationsFolder: string, count: number): PartialMigrations {
  const folder = mkdtempSync(join(tmpdir(), 'mienskip-migrations-'));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return { folder, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

/** The rows a query returns, on either driver. */
export async function rowsOf<Row extends Record<string, unknown> = Record<string, unknown>>(
  db: Db,
  query: SQLWrapper | string,
): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

export interface DatabaseUnderTest {
  /** The connected database; available once `beforeAll` has run. */
  readonly database: Database;
  /** {@link migrationsUpTo}, removed again in `afterAll`. */
  migrationsUpTo(count: number): string;
}

/**
 * A database of its own for the enclosing `describe` (or file), unmigrated: connected in
 * `beforeAll`, closed and dropped in `afterAll`, together with the partial migrations folders
 * made through it.
 */
export function useTestDatabase(migrationsFolder?: string): DatabaseUnderTest {
  let testDatabase: TestDatabase | undefined;
  let database: Database | undefined;
  const partials: PartialMigrations[] = [];
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    database = await connectDatabase(testDatabase.options);
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
    for (const partial of partials) partial.cleanup();
  });
  return {
    get database() {
      if (!database) throw new Error('useTestDatabase: the database is connected in beforeAll');
      return database;
    },
    migrationsUpTo(count) {
      if (!migrationsFolder) throw new Error('useTestDatabase: no migrations folder given');
      const partial = migrationsUpTo(migrationsFolder, count);
      partials.push(partial);
      return partial.folder;
    },
  };
}

/** Per table of `schema`, how many rows carry each provenance marker. */
export async function provenanceMarkers(
  db: Db,
  schema: string,
  tables: readonly string[],
): Promise<Record<string, Record<string, number>>> {
  const marks: Record<string, Record<string, number>> = {};
  for (const table of tables) {
    const rows = await rowsOf<{ p: string; n: number }>(
      db,
      `select provenance::text as p, count(*)::int as n from ${schema}.${table} group by 1 order by 1`,
    );
    marks[table] = Object.fromEntries(rows.map((row) => [row.p, row.n]));
  }
  return marks;
}

/**
 * Takes a migrated database back to before its provenance migration (no `provenance` column on
 * `tables`, no `provenance` type, and the migrations from `forget` on not recorded as applied), then
 * migrates it again: the provenance migration runs over the rows already there.
 */
export async function rerunProvenanceMigration(
  database: Database,
  schema: string,
  tables: readonly string[],
  migrationsFolder: string,
  forget: 'last migration' | 'all but the first migration',
): Promise<void> {
  for (const table of tables)
    await database.db.execute(`alter table ${schema}.${table} drop column provenance`);
  await database.db.execute(`drop type ${schema}.provenance`);
  const applied = `drizzle.${schema}_migrations`;
  await database.db.execute(
    forget === 'last migration'
      ? `delete from ${applied} where created_at = (select max(created_at) from ${applied})`
      : `delete from ${applied} where created_at > (select min(created_at) from ${applied})`,
  );
  await migrateDatabase(database, schema, migrationsFolder);
}
