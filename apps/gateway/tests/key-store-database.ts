import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { afterAll, beforeAll } from 'vitest';
import { openGatewayDatabase } from '../src/database.ts';
import { KeyRefused } from '../src/keys/errors.ts';
import type { KeyStore, StoredSecret } from '../src/keys/store.ts';

// What the key tests share: a migrated gateway database of the test file's own, the real key store
// with its look-ups counted, and what an authentication came to.

export type GatewayDb = Awaited<ReturnType<typeof openGatewayDatabase>>['db'];

export interface KeyStoreDatabase {
  /** The connection opened before the file's tests. */
  readonly db: GatewayDb;
  /** Another connection to the same database, as another gateway instance has its own. */
  connect(): Promise<GatewayDb>;
}

/**
 * A migrated gateway database for one test file: created before its tests; every connection is
 * closed and the database dropped after them (after the file's own `afterAll`s: vitest runs those
 * registered later first).
 */
export function useKeyStoreDatabase(): KeyStoreDatabase {
  let testDb: TestDatabase | undefined;
  let first: GatewayDb | undefined;
  const closers: (() => Promise<void>)[] = [];
  const database: KeyStoreDatabase = {
    get db() {
      if (!first) throw new Error('The key store database is opened in beforeAll');
      return first;
    },
    async connect() {
      if (!testDb) throw new Error('The key store database is created in beforeAll');
      const opened = await openGatewayDatabase(testDb.options);
      closers.push(() => opened.close());
      return opened.db;
    },
  };
  beforeAll(async () => {
    testDb = await createTestDatabase();
    first = await database.connect();
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await testDb?.drop();
  });
  return database;
}

/** 'accepted', or the reason the key was refused (KeyRefused), or the other error as text. */
export const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof KeyRefused ? error.reason : String(error)),
  );

/**
 * The real store, its look-ups counted; `failNext` fails the next look-up, `beforeReturning` runs
 * once a look-up has read its row.
 */
export function countedStore(store: KeyStore) {
  const counted = {
    ...store,
    lookups: 0,
    failNext: false,
    beforeReturning: undefined as (() => Promise<void>) | undefined,
    async findSecret(prefix: string, secretHash: string): Promise<StoredSecret | undefined> {
      counted.lookups++;
      if (counted.failNext) {
        counted.failNext = false;
        throw new Error('the key store does not answer');
      }
      const found = await store.findSecret(prefix, secretHash);
      const hook = counted.beforeReturning;
      counted.beforeReturning = undefined;
      await hook?.();
      return found;
    },
  };
  return counted;
}
