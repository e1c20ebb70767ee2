import { SCOPES } from '@mienskip/kit';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGatewayDatabase } from '../src/database.ts';
import { apiKeys } from '../src/db/schema.ts';
import { ensureDevelopmentKey } from '../src/dev-key.ts';
import { createKeyStore, KeyRefused, type KeyStore } from '../src/keys/store.ts';

let testDb: TestDatabase;
let close: () => Promise<void>;
let keys: KeyStore;
let db: Awaited<ReturnType<typeof openGatewayDatabase>>['db'];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const database = await openGatewayDatabase(testDb.options);
  close = () => database.close();
  db = database.db;
  keys = createKeyStore(db);
});
afterAll(async () => {
  await close();
  await testDb.drop();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof KeyRefused ? error.reason : String(error)),
  );

describe('the API-key store', () => {
  it('stores only a hash of the key', async () => {
    const { secret } = await keys.create({
      name: 'partner',
      organisationId: 'org-mindup',
      organisationKind: 'PARTNER',
      scopes: ['locations:read'],
    });
    const stored = JSON.stringify(await db.select().from(apiKeys));
    expect(secret).toMatch(/^msk_[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain(secret);
  });

  it('authenticates a key as its organisation with its scopes', async () => {
    const { id, secret } = await keys.create({
      name: 'provider',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read', 'statistics'],
    });
    const caller = await keys.authenticate(`Bearer ${secret}`);
    expect(caller).toEqual({
      keyId: id,
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: new Set(['locations:read', 'statistics']),
    });
  });

  it('refuses with the reason: missing, malformed, unknown, expired, revoked', async () => {
    const { id, secret } = await keys.create({
      name: 'short-lived',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    });
    expect(await refusal(keys.authenticate(undefined))).toBe('missing');
    expect(await refusal(keys.authenticate(secret))).toBe('malformed');
    expect(await refusal(keys.authenticate('Bearer msk_nope'))).toBe('unknown');
    expect(await refusal(keys.authenticate(`Bearer ${secret}`, new Date('2030-01-01T00:00:01Z')))).toBe(
      'expired',
    );
    expect(await refusal(keys.authenticate(`Bearer ${secret}`))).toBe('accepted');
    await keys.revoke(id);
    expect(await refusal(keys.authenticate(`Bearer ${secret}`))).toBe('revoked');
  });

  it('refuses to create a key with an unknown scope', async () => {
    await expect(
      keys.create({
        name: 'x',
        organisationId: 'o',
        organisationKind: 'PARTNER',
        scopes: ['everything' as never],
      }),
    ).rejects.toThrow(/Unknown scopes: everything/);
  });

  it('keeps one development key with every scope, restored if it was revoked', async () => {
    const secret = 'msk_dev_fixed-for-this-test';
    const id = await ensureDevelopmentKey(keys, secret);
    await keys.revoke(id);
    expect(await ensureDevelopmentKey(keys, secret)).toBe(id);
    const caller = await keys.authenticate(`Bearer ${secret}`);
    expect(caller.organisationKind).toBe('MUNICIPALITY');
    expect([...caller.scopes].sort()).toEqual([...SCOPES].sort());
  });

  it('revokes the previous development key when another one takes its place', async () => {
    await ensureDevelopmentKey(keys, 'msk_dev_first');
    await ensureDevelopmentKey(keys, 'msk_dev_second');
    expect(await refusal(keys.authenticate('Bearer msk_dev_first'))).toBe('revoked');
    expect(await refusal(keys.authenticate('Bearer msk_dev_second'))).toBe('accepted');
  });
});
