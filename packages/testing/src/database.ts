import { randomBytes } from 'node:crypto';
import type { DatabaseOptions } from '@mienskip/kit/db';
import pg from 'pg';
import { inCi, POSTGRES_HINT } from './ci.ts';

export interface TestDatabase {
  options: DatabaseOptions;
  /** `postgres` on a real server (TEST_DATABASE_URL), `pglite` in memory otherwise. */
  driver: 'pglite' | 'postgres';
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: a fresh database on the server named by
 * `TEST_DATABASE_URL`, or an in-memory PGlite when that is not set (never in CI: CI tests on
 * PostgreSQL 15, and a missing variable must not quietly test on PGlite instead).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl && inCi())
    throw new Error(`CI=true and TEST_DATABASE_URL is not set: CI tests on PostgreSQL (${POSTGRES_HINT})`);
  if (!serverUrl) return { options: {}, driver: 'pglite', drop: async () => {} };
  const name = `mienskip_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  announceServer(serverUrl);
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    options: { url: url.toString(), maxConnections: 4 },
    driver: 'postgres',
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let announced = false;
/** Says once per test process which server the tests run on, so a CI log shows it. */
function announceServer(serverUrl: string): void {
  if (announced) return;
  announced = true;
  const { hostname, port } = new URL(serverUrl);
  console.info(`[testing] databases of their own on the PostgreSQL server at ${hostname}:${port || 5432}`);
}
