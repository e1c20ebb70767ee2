import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { createLogger } from './logger.ts';
import { grantRuntimeRole, MIGRATION_LOCK, type RuntimePrivileges } from './migrate-grants.ts';

export { jsonRow, qualified, rowFromJson } from './json-rows.ts';

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

/**
 * Told of every statement the application sends: `started` returns what to call when it has ended
 * (with the error, when it failed). Metrics and SQL spans hang on it (`statement-observer.ts`).
 */
export interface StatementObserver {
  started(statement: string): (error?: unknown) => void;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent, embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; in memory when absent. Ignored when `url` is set. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** Observes each statement besides counting it. */
  observer?: StatementObserver | undefined;
}

/**
 * A read built once per database and then only run (a list, a loader's batch): drizzle's prepared
 * query, its SQL text made at the first call rather than on every call. Values travel as
 * `sql.placeholder`s filled at `execute`. `build` prepares it unnamed (`prepare(UNNAMED)`), so
 * nothing stays prepared on a pooled connection: each run is still one statement, parsed by the
 * server as before, and a migration or a pooler cannot trip on a statement it kept.
 */
export function preparedPerDatabase<Query>(build: (db: Db) => Query): (db: Db) => Query {
  const built = new WeakMap<Db, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/** The name for `prepare` that keeps a prepared query unnamed (node-postgres sends it as before). */
export const UNNAMED = '';

/** PGlite by default (in a data directory or in memory), `pg` when a URL is given. */
export async function connectDatabase(options: DatabaseOptions): Promise<Database> {
  const counter = { statements: 0 };
  const statementStarted = (statement: string) => {
    counter.statements++;
    return options.observer?.started(statement) ?? (() => {});
  };
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // An idle client whose connection the server ends (a restart, a dropped test database) emits an
    // error; without a listener that would stop the process. The pool discards the client and
    // opens a new one for the next query, so there is nothing else to do.
    pool.on('error', () => {});
    // Surface a bad URL or a server that is down at start-up, not on the first request.
    await pool.query('select 1').catch(async (error: Error) => {
      await pool.end();
      throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(options.url!)}: ${error.message}`);
    });
    // The probe above is ours, not the application's: observing starts now.
    observePool(pool, statementStarted);
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
  observePglite(client, statementStarted);
  return {
    db: drizzlePglite(client) as unknown as Db,
    driver: 'pglite',
    get statementCount() {
      return counter.statements;
    },
    close: () => client.close(),
  };
}

type StatementStarted = (statement: string) => (error?: unknown) => void;
type QueryMethod = (...args: unknown[]) => unknown;

/**
 * Wraps a driver's query method: each call is one statement, observed from the call (in the
 * caller's async context, where the request's span is active) until its result or callback.
 */
function observedQuery(original: QueryMethod, started: StatementStarted): QueryMethod {
  return (...args) => {
    const first = args[0];
    const text = typeof first === 'string' ? first : String((first as { text?: unknown })?.text ?? '');
    const ended = started(text);
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, ...rest: unknown[]) => {
        ended(error ?? undefined);
        return callback(error, ...rest);
      };
      return original(...args);
    }
    let result: unknown;
    try {
      result = original(...args);
    } catch (error) {
      ended(error);
      throw error;
    }
    if (result instanceof Promise) result.then(() => ended(), ended);
    else ended();
    return result;
  };
}

/**
 * `pool.query` is one statement; so is each query on a client the application checks out itself
 * (`await pool.connect()`: drizzle's transactions). The pool's own check-outs for `pool.query` take
 * a callback and are left alone, or their statements would count twice.
 */
function observePool(pool: pg.Pool, started: StatementStarted): void {
  pool.query = observedQuery(pool.query.bind(pool) as QueryMethod, started) as typeof pool.query;
  const connect = pool.connect.bind(pool) as QueryMethod;
  pool.connect = ((...args: unknown[]) => {
    if (args.length > 0) return connect(...args);
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      const query = observedQuery(client.query.bind(client) as QueryMethod, started);
      return new Proxy(client, {
        get: (target, property) => {
          if (property === 'query') return query;
          const value = Reflect.get(target, property, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    });
  }) as typeof pool.connect;
}

/** PGlite runs a transaction's BEGIN and COMMIT itself: count them, and what runs inside. */
function observePglite(client: PGlite, started: StatementStarted): void {
  const observe = (target: PGlite | Transaction) => {
    const methods = target as unknown as Record<'query' | 'exec', QueryMethod>;
    for (const method of ['query', 'exec'] as const) {
      methods[method] = observedQuery(methods[method].bind(target), started);
    }
  };
  observe(client);
  const transaction = client.transaction.bind(client);
  client.transaction = async (callback) => {
    started('BEGIN')();
    let ok = false;
    try {
      const result = await transaction((tx) => {
        observe(tx);
        return callback(tx);
      });
      ok = true;
      return result;
    } finally {
      started(ok ? 'COMMIT' : 'ROLLBACK')();
    }
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

/** What a service's migrate command needs: its name (also its schema), migrations and runtime rights. */
export interface MigrationTarget {
  name: string;
  /** drizzle-kit's output folder. */
  migrationsFolder: string;
  /** What its runtime role may do, where it differs from rows of every table in its schema. */
  runtimePrivileges?: RuntimePrivileges;
}

export const MIGRATION_DATABASE_URL_ENV = 'MIENSKIP_MIGRATION_DATABASE_URL';
export const RUNTIME_ROLE_ENV = 'MIENSKIP_DATABASE_RUNTIME_ROLE';

/**
 * Applies a service's migrations on `database` (connected as the owner of its schema), then, given a
 * runtime role, grants it what the service needs at run time (`grantRuntimeRole`). Returns whether it granted.
 */
export async function migrateService(
  target: MigrationTarget,
  database: DatabaseOptions,
  runtimeRole?: string,
): Promise<boolean> {
  if (runtimeRole && !database.url)
    throw new Error(`${RUNTIME_ROLE_ENV} needs PostgreSQL: embedded PGlite has no roles`);
  const connected = await connectDatabase(database);
  try {
    await migrateDatabase(connected, target.name, target.migrationsFolder);
  } finally {
    await connected.close();
  }
  if (!runtimeRole || !database.url) return false;
  await grantRuntimeRole(database.url, target.name, runtimeRole, target.runtimePrivileges);
  return true;
}

/**
 * The `src/migrate.ts` of every service (`pnpm migrate`, `pnpm migrate:production`): applies its
 * migrations as the database's owner, grants its runtime role and exits; a failure exits 1.
 * - `MIENSKIP_MIGRATION_DATABASE_URL`, else `DATABASE_URL`: the owner's connection
 * - `PGLITE_DATA_DIR` (default `.data/<name>`) without either
 * - `MIENSKIP_DATABASE_RUNTIME_ROLE`: the role the service runs as (optional: without it, no grants)
 */
export async function runMigrations(target: MigrationTarget): Promise<void> {
  const env = process.env;
  const logger = createLogger(target.name);
  try {
    const url = env[MIGRATION_DATABASE_URL_ENV] || env.DATABASE_URL || undefined;
    const dataDir = url ? undefined : (env.PGLITE_DATA_DIR ?? `.data/${target.name}`);
    const runtimeRole = env[RUNTIME_ROLE_ENV] || undefined;
    logger.info({ database: url ? redactUrl(url) : `pglite:${dataDir}`, runtimeRole }, 'migrating');
    const granted = await migrateService(target, { url, dataDir, maxConnections: 1 }, runtimeRole);
    logger.info(
      granted ? `migrated; runtime role "${runtimeRole}" granted` : 'migrated; no runtime role, no grants',
    );
  } catch (error) {
    logger.fatal({ err: error }, `${target.name} could not migrate: ${(error as Error).message}`);
    process.exit(1);
  }
}

export { grantRuntimeRole, type RuntimePrivileges, type TablePrivilege } from './migrate-grants.ts';
export { MIGRATE_ENV, MIGRATE_MODES, type MigrateMode, migrateModeFromEnv } from './migrate-mode.ts';
export { assertMigrated, MIGRATE_COMMAND, pendingMigrations } from './migrate-status.ts';

export {
  isUniqueViolation,
  lockVersioned,
  type Tx,
  updateVersioned,
  type VersionedTable,
} from './versioned.ts';
