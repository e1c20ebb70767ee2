import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';

/** A connected database (`Database` of `db.ts`, which re-exports this module). */
interface Queryable {
  db: { execute(query: SQL): Promise<unknown> };
}

/** Where drizzle records a service's applied migrations (`migrateDatabase`). */
export function migrationsTable(name: string): { schema: string; table: string } {
  return { schema: 'drizzle', table: `${name}_migrations` };
}

interface JournalEntry {
  tag: string;
  when: number;
}

/**
 * The migrations of the folder's journal that the database has not applied, oldest first. Drizzle's
 * rule: a migration is applied when it is not newer than the last one recorded.
 */
export async function pendingMigrations(
  database: Queryable,
  name: string,
  migrationsFolder: string,
): Promise<string[]> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const { schema, table } = migrationsTable(name);
  const [exists] = rowsOf<{ found: string | null }>(
    await database.db.execute(sql`select to_regclass(${`"${schema}"."${table}"`})::text as found`),
  );
  let last = Number.NEGATIVE_INFINITY;
  if (exists?.found) {
    const [row] = rowsOf<{ last: string | number | null }>(
      await database.db.execute(
        sql`select max(created_at) as last from ${sql.identifier(schema)}.${sql.identifier(table)}`,
      ),
    );
    if (row?.last != null) last = Number(row.last);
  }
  return journal.entries.filter((entry) => entry.when > last).map((entry) => entry.tag);
}

/** The command that applies a service's migrations, for messages. */
export const MIGRATE_COMMAND =
  '`node dist/migrate.js` in its package (`pnpm migrate:production`; `pnpm migrate` from sources)';

/**
 * Stops a start whose database lacks migrations (`MIENSKIP_MIGRATE=never`), naming them and the
 * command to run; reads only, so the database is left as it was.
 */
export async function assertMigrated(
  database: Queryable,
  name: string,
  migrationsFolder: string,
): Promise<void> {
  let pending: string[];
  try {
    pending = await pendingMigrations(database, name, migrationsFolder);
  } catch (error) {
    throw new Error(
      `${name}: cannot read its applied migrations (${(error as Error).message}): run its migrate command as the database's owner, with MIENSKIP_DATABASE_RUNTIME_ROLE naming this role: ${MIGRATE_COMMAND}`,
    );
  }
  if (pending.length > 0)
    throw new Error(
      `${name}: ${pending.length} migration(s) not applied (${pending.join(', ')}) and MIENSKIP_MIGRATE=never: run its migrate command first, as the database's owner: ${MIGRATE_COMMAND}`,
    );
}

function rowsOf<Row>(result: unknown): Row[] {
  return (result as { rows: Row[] }).rows;
}
