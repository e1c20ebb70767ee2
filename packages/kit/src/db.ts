import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

/** The drizzle database type both drivers share. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** The connection string when the driver is `postgres`. */
  url?: string;
  /** Statements sent since start; `pnpm bench` reads it to prove statements per operation stay flat. */
  readonly statementCount: number;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent, embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; in memory when absent. Ignored when `url` is set. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

/** PGlite by default (in a data directory or in memory), `pg` when a URL is given. */
export async function connectDatabase(options: DatabaseOptions): Promise<Database> {
  const counter = { statements: 0 };
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    pool.on('connect', (client) => countQueries(client, counter));
    // An idle client whose connection the server ends (a restart, a dropped test database) emits an
    // error; without a listener that would stop the process. The pool discards the client and
    // opens a new one for the next query, so there is nothing else to do.
    pool.on('error', () => {});
    // Surface a bad URL or a server that is down at start-up, not on the first request.
    await pool.query('select 1').catch(async (error: Error) => {
      await pool.end();
      throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(options.url!)}: ${error.message}`);
    });
    counter.statements = 0; // The probe is ours, not the application's.
    return {
      db: drizzlePg(pool) as unknown as Db,
      driver: 'postgres',
      url: options.url,
      get statementCount() {
        return counter.statements;
      },
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  countPgliteQueries(client, counter);
  return {
    db: drizzlePglite(client) as unknown as Db,
    driver: 'pglite',
    get statementCount() {
      return counter.statements;
    },
    close: () => client.close(),
  };
}

/** Counts every statement a driver object sends, by wrapping its query methods. */
function countQueries(target: object, counter: { statements: number }, methods = ['query']): void {
  const object = target as Record<string, (...args: unknown[]) => unknown>;
  for (const method of methods) {
    const original = object[method]!.bind(target);
    object[method] = (...args: unknown[]) => {
      counter.statements++;
      return original(...args);
    };
  }
}

/** PGlite runs a transaction's BEGIN and COMMIT itself: count them, and what runs inside. */
function countPgliteQueries(client: PGlite, counter: { statements: number }): void {
  countQueries(client, counter, ['query', 'exec']);
  const transaction = client.transaction.bind(client);
  client.transaction = (callback) => {
    counter.statements += 2;
    return transaction((tx) => {
      countQueries(tx, counter, ['query', 'exec']);
      return callback(tx);
    });
  };
}

/** Hides the password in a connection string, for error messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable connection string)';
  }
}

/** Arbitrary fixed key: one migration run at a time per database, whichever subgraph runs it. */
const MIGRATION_LOCK = 7_301_001;

/**
 * Applies a subgraph's drizzle-kit migrations. Each subgraph has its own migrations table
 * (`drizzle.<name>_migrations`): with the shared default table, one subgraph's history would make
 * another's migrations look applied.
 */
export async function migrateDatabase(
  database: Database,
  name: string,
  migrationsFolder: string,
): Promise<void> {
  const config = { migrationsFolder, migrationsTable: `${name}_migrations`, migrationsSchema: 'drizzle' };
  if (database.driver === 'pglite') {
    await migratePglite(database.db as never, config);
    return;
  }
  // Subgraphs sharing one server start at once; a session advisory lock on a connection of its own
  // keeps their DDL apart (drizzle's migrator opens its own transaction, so no outer one is used).
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), config);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

export {
  isUniqueViolation,
  lockVersioned,
  type Tx,
  updateVersioned,
  type VersionedTable,
} from './versioned.ts';
