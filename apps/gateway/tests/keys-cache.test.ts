import { describe, expect, it } from 'vitest';
import { createKeyAuthenticator } from '../src/keys/authenticate.ts';
import { createAuthenticationCache, KEY_CACHE_MS } from '../src/keys/authentication-cache.ts';
import { LAST_USE_RESOLUTION_MS } from '../src/keys/last-use.ts';
import { createKeyStore, type KeyStore } from '../src/keys/store.ts';
import { countedStore, refusal, useKeyStoreDatabase } from './key-store-database.ts';

const database = useKeyStoreDatabase();
/** A store of its own over the file's database, its look-ups counted. */
const newCountedStore = () => countedStore(createKeyStore(database.db));

const at = (base: Date, ms: number) => ({ now: new Date(base.getTime() + ms) });
const T0 = new Date('2031-03-01T12:00:00Z');

function newKey(keys: KeyStore, extra: { expiresAt?: Date } = {}) {
  return keys.create({
    name: 'cached',
    organisationId: 'org-amaryllis',
    organisationKind: 'PROVIDER',
    scopes: ['locations:read'],
    ...extra,
  });
}

describe('the authentication cache', () => {
  const row = { organisationKind: 'PROVIDER' } as never;

  it('keeps an entry for its time only, on the clock it is given; a clock gone back is stale', () => {
    const cache = createAuthenticationCache(1_000);
    cache.set('h', row, T0, cache.generation);
    expect(cache.get('h', at(T0, 999).now)).toBe(row);
    expect(cache.get('h', at(T0, 1_000).now)).toBeUndefined();
    cache.set('h', row, T0, cache.generation);
    expect(cache.get('h', at(T0, -1).now)).toBeUndefined();
  });

  it('drops the oldest stored entry beyond its size', () => {
    const cache = createAuthenticationCache(1_000, 2);
    for (const hash of ['a', 'b', 'c']) cache.set(hash, row, T0, cache.generation);
    expect([cache.get('a', T0), cache.get('b', T0), cache.get('c', T0)]).toEqual([undefined, row, row]);
    expect(cache.size).toBe(2);
  });

  it('forgets everything on invalidate, and stores nothing looked up before it', () => {
    const cache = createAuthenticationCache(1_000);
    cache.set('a', row, T0, cache.generation);
    const before = cache.generation;
    cache.invalidate();
    cache.set('b', row, T0, before);
    expect([cache.get('a', T0), cache.get('b', T0)]).toEqual([undefined, undefined]);
  });

  it('keeps nothing with a cache time of 0', () => {
    const cache = createAuthenticationCache(0);
    cache.set('a', row, T0, cache.generation);
    expect(cache.get('a', T0)).toBeUndefined();
  });
});

describe('authentication with the cache, over a real store', () => {
  it(`serves an accepted key from memory for ${KEY_CACHE_MS} ms, then asks the store again`, async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys);
    const { id, secret } = await newKey(keys);
    expect((await authenticate(`Bearer ${secret}`, { now: T0 })).keyId).toBe(id);
    expect((await authenticate(`Bearer ${secret}`, at(T0, KEY_CACHE_MS - 1))).keyId).toBe(id);
    expect(keys.lookups).toBe(1);
    expect((await authenticate(`Bearer ${secret}`, at(T0, KEY_CACHE_MS))).keyId).toBe(id);
    expect(keys.lookups).toBe(2);
  });

  it('refuses a kept key from the very instant it expires, without asking the store', async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys);
    const { secret } = await newKey(keys, { expiresAt: T0 });
    expect(await refusal(authenticate(`Bearer ${secret}`, at(T0, -1)))).toBe('accepted');
    expect(await refusal(authenticate(`Bearer ${secret}`, { now: T0 }))).toBe('expired');
    expect(keys.lookups).toBe(1);
  });

  it('refuses a kept secret from the very instant its grace period ends, without asking the store', async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys);
    const { id, secret: old } = await newKey(keys);
    const { previousRetiresAt } = await keys.rotate(id, 60_000, T0);
    expect(await refusal(authenticate(`Bearer ${old}`, at(previousRetiresAt, -1)))).toBe('accepted');
    expect(await refusal(authenticate(`Bearer ${old}`, { now: previousRetiresAt }))).toBe('retired');
    expect(keys.lookups).toBe(1);
  });

  it('takes a revocation, rotation or change made through the same store at once', async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys);
    const { id, secret } = await newKey(keys);
    await authenticate(`Bearer ${secret}`);
    await keys.update(id, 1, { scopes: ['statistics'] });
    expect([...(await authenticate(`Bearer ${secret}`)).scopes]).toEqual(['statistics']);
    const { secret: fresh } = await keys.rotate(id, 0);
    expect(await refusal(authenticate(`Bearer ${secret}`))).toBe('retired');
    expect(await refusal(authenticate(`Bearer ${fresh}`))).toBe('accepted');
    await keys.revoke(id);
    expect(await refusal(authenticate(`Bearer ${fresh}`))).toBe('revoked');
  });

  it('takes a change made through another store on the same database within the cache time', async () => {
    const keys = newCountedStore();
    const elsewhere = createKeyStore(database.db);
    const { authenticate } = createKeyAuthenticator(keys);
    const { id, secret } = await newKey(keys);
    await authenticate(`Bearer ${secret}`, { now: T0 });
    await elsewhere.revoke(id, new Date('2000-01-01T00:00:00Z'));
    // The kept row still says "not revoked": the other store's change is not seen yet.
    expect(await refusal(authenticate(`Bearer ${secret}`, at(T0, KEY_CACHE_MS - 1)))).toBe('accepted');
    expect(await refusal(authenticate(`Bearer ${secret}`, at(T0, KEY_CACHE_MS)))).toBe('revoked');
  });

  it('never keeps a row read before a change that ended while the look-up was under way', async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys);
    const { id, secret } = await newKey(keys);
    keys.beforeReturning = async () => void (await keys.revoke(id));
    expect(await refusal(authenticate(`Bearer ${secret}`))).toBe('accepted');
    expect(await refusal(authenticate(`Bearer ${secret}`))).toBe('revoked');
  });

  it('keeps no refusal and no store failure: each costs a look-up', async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys);
    const { id, secret } = await newKey(keys);
    const unknown = `${secret.slice(0, 12)}${'A'.repeat(secret.length - 12)}`;
    expect(await refusal(authenticate(`Bearer ${unknown}`, { now: T0 }))).toBe('unknown');
    expect(await refusal(authenticate(`Bearer ${unknown}`, { now: T0 }))).toBe('unknown');
    expect(keys.lookups).toBe(2);

    keys.failNext = true;
    expect(await refusal(authenticate(`Bearer ${secret}`, { now: T0 }))).toBe(
      'Error: the key store does not answer',
    );
    expect(await refusal(authenticate(`Bearer ${secret}`, { now: T0 }))).toBe('accepted');
    expect(keys.lookups).toBe(4);

    await keys.revoke(id);
    expect(await refusal(authenticate(`Bearer ${secret}`, { now: T0 }))).toBe('revoked');
    expect(await refusal(authenticate(`Bearer ${secret}`, { now: T0 }))).toBe('revoked');
    expect(keys.lookups).toBe(6);
  });

  it('counts a use served from memory, written at most once a minute', async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys, { cacheMs: 2 * LAST_USE_RESOLUTION_MS });
    const { id, secret } = await newKey(keys);
    await authenticate(`Bearer ${secret}`, { now: T0 });
    await authenticate(`Bearer ${secret}`, at(T0, LAST_USE_RESOLUTION_MS - 1));
    expect((await keys.get(id))!.lastUsedAt).toEqual(T0);
    const minuteLater = at(T0, LAST_USE_RESOLUTION_MS);
    await authenticate(`Bearer ${secret}`, minuteLater);
    expect(keys.lookups).toBe(1);
    expect((await keys.get(id))!.lastUsedAt).toEqual(minuteLater.now);
  });

  it('keeps nothing with a cache time of 0', async () => {
    const keys = newCountedStore();
    const { authenticate } = createKeyAuthenticator(keys, { cacheMs: 0 });
    const { secret } = await newKey(keys);
    await authenticate(`Bearer ${secret}`, { now: T0 });
    await authenticate(`Bearer ${secret}`, { now: T0 });
    expect(keys.lookups).toBe(2);
  });
});
