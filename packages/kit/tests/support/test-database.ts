import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
// The kit cannot depend on @mienskip/testing (which depends on the kit); ci.ts imports nothing.
import { inCi, requirePostgres } from '../../../testing/src/ci.ts';
import type { DatabaseOptions } from '../../src/db.ts';

/**
 * A database of its own: a fresh database on the server named by TEST_DATABASE_URL, or in-memory
 * PGlite. (Like `createTestDatabase` in packages/testing, which kit cannot import.)
 */
export async function createTestDatabase(): Promise<{ options: DatabaseOptions; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl && inCi()) requirePostgres();
  if (!serverUrl) return { options: {}, drop: async () => {} };
  const name = `kit_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    options: { url: url.toString(), maxConnections: 4 },
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** Runs one statement on the server, outside any test database. */
export async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Writes a drizzle-kit migrations folder with one migration, `0000_init`, always with the same `when`. */
export function writeMigrations(root: string, name: string, statements: string[]): string {
  const folder = join(root, name);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = {
    version: '7',
    dialect: 'postgresql',
    entries: [{ idx: 0, version: '7', when: 1700000000000, tag: '0000_init', breakpoints: true }],
  };
  writeFileSync(join(folder, 'meta', '_journal.json'), `${JSON.stringify(journal, null, 2)}\n`);
  writeFileSync(join(folder, '0000_init.sql'), statements.join('\n--> statement-breakpoint\n'));
  return folder;
}
