import { setTimeout as sleep } from 'node:timers/promises';
import { requirePostgres } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApiClient } from '../src/keys/admin-client.ts';
import { createKeyStore, type KeyStore } from '../src/keys/store.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { countedStore, useKeyStoreDatabase } from './key-store-database.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

// Gateways over one key store, each with its own connection and store object, as two instances are.
const database = useKeyStoreDatabase();
let standIn: StandInSubgraph;
let gateway: TestGateway;
let keys: KeyStore & { lookups: number };

/** A key store over a connection of its own, as another instance has. */
const openStore = async () => createKeyStore(await database.connect());

beforeAll(async () => {
  standIn = await startStandInSubgraph();
  keys = countedStore(await openStore());
  gateway = await startTestGateway(standIn.urls, { keys });
});
afterAll(async () => {
  await gateway?.close();
  await standIn?.close();
});

function partnerKey(store: KeyStore = keys) {
  return store.create({
    name: 'cached partner',
    organisationId: 'org-amaryllis',
    organisationKind: 'PROVIDER',
    scopes: ['locations:read'],
  });
}

const status = async (on: TestGateway, key: string, query = '{ __typename }') =>
  (await on.query(query, { key })).status;

describe('a gateway keeps accepted keys in memory', () => {
  it('answers a key again without a look-up in the store', async () => {
    const { secret } = await partnerKey();
    const before = keys.lookups;
    for (let i = 0; i < 3; i++) expect(await status(gateway, secret)).toBe(200);
    expect(keys.lookups - before).toBe(1);
  });

  it('refuses a key revoked through its admin API on the very next request', async () => {
    const { id, secret } = await partnerKey();
    expect(await status(gateway, secret)).toBe(200);
    expect(await status(gateway, secret)).toBe(200);
    await adminApiClient(gateway.url, gateway.municipalKey).revoke(id);
    expect(await status(gateway, secret)).toBe(401);
  });

  it('refuses the old secret of a key rotated through its admin API at once, and takes the new one', async () => {
    const { id, secret: old } = await partnerKey();
    expect(await status(gateway, old)).toBe(200);
    const { secret: fresh } = await adminApiClient(gateway.url, gateway.municipalKey).rotate(id, 0);
    expect(await status(gateway, old)).toBe(401);
    expect(await status(gateway, fresh)).toBe(200);
  });

  it('applies a change made through its admin API at once', async () => {
    const { id, secret } = await partnerKey();
    const introspection = '{ __schema { queryType { name } } }';
    expect(await status(gateway, secret, introspection)).toBe(200);
    await adminApiClient(gateway.url, gateway.municipalKey).update(id, 1, { mayIntrospect: false });
    expect(await status(gateway, secret, introspection)).toBe(403);
  });
});

describe.runIf(requirePostgres())('two gateway instances over one PostgreSQL key store', () => {
  // The bound is what is checked, not the speed: long enough that a request, a revocation and a
  // second request fit in it on a loaded machine.
  const CACHE_MS = 10_000;
  let other: TestGateway;

  beforeAll(async () => {
    other = await startTestGateway(standIn.urls, { keys: await openStore(), keyCacheMs: CACHE_MS });
  });
  afterAll(async () => {
    await other?.close();
  });

  it('refuses a key revoked through the other instance once the cache time has passed, not before', async () => {
    const { id, secret } = await partnerKey();
    const keptFrom = Date.now();
    expect(await status(other, secret)).toBe(200);
    await adminApiClient(gateway.url, gateway.municipalKey).revoke(id);
    expect(await status(gateway, secret)).toBe(401);
    // The other instance still has the key in memory.
    expect(await status(other, secret)).toBe(200);
    let refusedAt: number | undefined;
    const deadline = Date.now() + CACHE_MS + 30_000;
    while (refusedAt === undefined && Date.now() < deadline) {
      if ((await status(other, secret)) === 401) refusedAt = Date.now();
      else await sleep(100);
    }
    expect(refusedAt).toBeDefined();
    expect(refusedAt! - keptFrom).toBeGreaterThanOrEqual(CACHE_MS);
  }, 90_000);
});
