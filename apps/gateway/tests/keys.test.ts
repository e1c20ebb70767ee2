import { SCOPES } from '@mienskip/kit/scopes';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiKeySecrets, apiKeys } from '../src/db/tables.ts';
import { ensureDevelopmentKey } from '../src/dev-key.ts';
import { createKeyAuthenticator, type KeyAuthenticator } from '../src/keys/authenticate.ts';
import { createKeyStore, type KeyStore } from '../src/keys/store.ts';
import { refusal, useKeyStoreDatabase } from './key-store-database.ts';

const database = useKeyStoreDatabase();
let keys: KeyStore;
let authenticator: KeyAuthenticator;

beforeAll(() => {
  keys = createKeyStore(database.db);
  authenticator = createKeyAuthenticator(keys);
});

describe('the API-key store and authentication', () => {
  it('stores only a hash of the key', async () => {
    const { secret } = await keys.create({
      name: 'partner',
      organisationId: 'org-mindup',
      organisationKind: 'PARTNER',
      scopes: ['locations:read'],
    });
    const stored = JSON.stringify(await database.db.select().from(apiKeys));
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
    const caller = await authenticator.authenticate(`Bearer ${secret}`);
    expect(caller).toEqual({
      keyId: id,
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: new Set(['locations:read', 'statistics']),
      mayIntrospect: true,
      prefix: secret.slice(0, 12),
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
    expect(await refusal(authenticator.authenticate(undefined))).toBe('missing');
    expect(await refusal(authenticator.authenticate(secret))).toBe('malformed');
    expect(await refusal(authenticator.authenticate('Bearer msk_nope'))).toBe('unknown');
    expect(
      await refusal(
        authenticator.authenticate(`Bearer ${secret}`, { now: new Date('2030-01-01T00:00:01Z') }),
      ),
    ).toBe('expired');
    expect(await refusal(authenticator.authenticate(`Bearer ${secret}`))).toBe('accepted');
    await keys.revoke(id);
    expect(await refusal(authenticator.authenticate(`Bearer ${secret}`))).toBe('revoked');
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
    const secret = 'msk_dev_fixed-for-this-test-0123456789';
    const id = await ensureDevelopmentKey(keys, secret);
    await keys.revoke(id);
    expect(await ensureDevelopmentKey(keys, secret)).toBe(id);
    const caller = await authenticator.authenticate(`Bearer ${secret}`);
    expect(caller.organisationKind).toBe('MUNICIPALITY');
    expect([...caller.scopes].sort()).toEqual([...SCOPES].sort());
  });

  it('revokes the previous development key when another one takes its place', async () => {
    const [FIRST, SECOND] = ['msk_dev_first-0123456789abcdefghij', 'msk_dev_second-0123456789abcdefghi'];
    await ensureDevelopmentKey(keys, FIRST);
    await ensureDevelopmentKey(keys, SECOND);
    expect(await refusal(authenticator.authenticate(`Bearer ${FIRST}`))).toBe('revoked');
    expect(await refusal(authenticator.authenticate(`Bearer ${SECOND}`))).toBe('accepted');
  });

  it('finds a key by its public prefix and shows the prefix, never the secret, in lists', async () => {
    const { id, secret, prefix } = await keys.create({
      name: 'prefixed',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    expect(prefix).toBe(secret.slice(0, 12));
    const listed = (await keys.list()).find((key) => key.id === id)!;
    expect(listed.prefix).toBe(prefix);
    expect(JSON.stringify(listed)).not.toContain(secret);
    // Same prefix, wrong rest: refused (the hash decides, the prefix only finds the row).
    const forged = `${prefix}${'A'.repeat(secret.length - 12)}`;
    expect(await refusal(authenticator.authenticate(`Bearer ${forged}`))).toBe('unknown');
  });

  it('finds a key stored before prefixes by its hash once, then by its prefix', async () => {
    const { id, secret } = await keys.create({
      name: 'legacy',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    await database.db.update(apiKeySecrets).set({ prefix: null }).where(eq(apiKeySecrets.keyId, id));
    expect((await authenticator.authenticate(`Bearer ${secret}`)).keyId).toBe(id);
    const [row] = await database.db.select().from(apiKeySecrets).where(eq(apiKeySecrets.keyId, id));
    expect(row!.prefix).toBe(secret.slice(0, 12));
  });

  it('records last use, at most once a minute per secret', async () => {
    const { id, secret } = await keys.create({
      name: 'used',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    expect((await keys.get(id))!.lastUsedAt).toBeNull();
    const first = new Date('2031-01-01T10:00:00Z');
    await authenticator.authenticate(`Bearer ${secret}`, { now: first });
    await authenticator.authenticate(`Bearer ${secret}`, { now: new Date('2031-01-01T10:00:30Z') });
    expect((await keys.get(id))!.lastUsedAt).toEqual(first);
    const later = new Date('2031-01-01T10:01:00Z');
    await authenticator.authenticate(`Bearer ${secret}`, { now: later });
    expect((await keys.get(id))!.lastUsedAt).toEqual(later);
  });

  it('rotates: a new secret, the old one working until its grace period ends', async () => {
    const { id, secret: old } = await keys.create({
      name: 'rotating',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    const now = new Date();
    const { secret: fresh, previousRetiresAt } = await keys.rotate(id, 3_600_000, now);
    expect(fresh).not.toBe(old);
    expect(previousRetiresAt).toEqual(new Date(now.getTime() + 3_600_000));
    const inGrace = { now: new Date(now.getTime() + 3_599_000) };
    const afterGrace = { now: new Date(now.getTime() + 3_600_000) };
    expect((await authenticator.authenticate(`Bearer ${old}`, inGrace)).keyId).toBe(id);
    expect((await authenticator.authenticate(`Bearer ${fresh}`, inGrace)).keyId).toBe(id);
    expect(await refusal(authenticator.authenticate(`Bearer ${old}`, afterGrace))).toBe('retired');
    expect(await refusal(authenticator.authenticate(`Bearer ${fresh}`, afterGrace))).toBe('accepted');
    const key = (await keys.get(id))!;
    expect(key.prefix).toBe(fresh.slice(0, 12));
    expect(key.secrets.map((s) => [s.prefix, s.retiresAt])).toEqual([
      [fresh.slice(0, 12), null],
      [old.slice(0, 12), previousRetiresAt],
    ]);
  });

  it('a second rotation never lengthens an earlier grace period; grace 0 retires at once', async () => {
    const { id, secret: first } = await keys.create({
      name: 'twice',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    const now = new Date();
    const { secret: second } = await keys.rotate(id, 60_000, now);
    await keys.rotate(id, 3_600_000, now);
    const soon = { now: new Date(now.getTime() + 120_000) };
    expect(await refusal(authenticator.authenticate(`Bearer ${first}`, soon))).toBe('retired');
    expect(await refusal(authenticator.authenticate(`Bearer ${second}`, soon))).toBe('accepted');
    const { secret: third } = await keys.rotate(id, 0);
    expect(await refusal(authenticator.authenticate(`Bearer ${second}`))).toBe('retired');
    expect(await refusal(authenticator.authenticate(`Bearer ${third}`))).toBe('accepted');
  });

  it('refuses to rotate a revoked key or with a grace period beyond 30 days, changing nothing', async () => {
    const { id, secret } = await keys.create({
      name: 'revoked-rotation',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    await expect(keys.rotate(id, 31 * 24 * 3_600_000)).rejects.toThrow(/between 0 and 30 days/);
    await keys.revoke(id);
    await expect(keys.rotate(id, 0)).rejects.toThrow(/revoked/);
    expect((await keys.get(id))!.secrets).toHaveLength(1);
    expect(await refusal(authenticator.authenticate(`Bearer ${secret}`))).toBe('revoked');
  });

  it('updates a key only at the version read: a stale change is refused and changes nothing', async () => {
    const { id, secret } = await keys.create({
      name: 'updated',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    const updated = await keys.update(id, 1, { apps: ['room-planner', 'council'], mayIntrospect: false });
    expect(updated).toMatchObject({ version: 2, apps: ['council', 'room-planner'], mayIntrospect: false });
    const caller = await authenticator.authenticate(`Bearer ${secret}`);
    expect(caller.apps).toEqual(['council', 'room-planner']);
    expect(caller.mayIntrospect).toBe(false);
    await expect(keys.update(id, 1, { scopes: ['statistics'] })).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    await expect(keys.update(id, 2, { apps: ['council', 'no-such-app'] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(
        /Unknown apps: no-such-app \(the apps with persisted documents are buurtkamer, case-worker, council, room-planner\)/,
      ),
    });
    expect(await keys.get(id)).toMatchObject({
      version: 2,
      scopes: ['locations:read'],
      apps: ['council', 'room-planner'],
    });
    expect((await keys.update(id, 2, { apps: null })).apps).toBeNull();
    expect('apps' in (await authenticator.authenticate(`Bearer ${secret}`))).toBe(false);
  });

  it('binds keys only to the apps the store was given, making nothing otherwise', async () => {
    const store = createKeyStore(database.db, { knownApps: () => ['kiosk'] });
    const input = {
      name: 'kiosk',
      organisationId: 'org-kiosk',
      organisationKind: 'PARTNER',
      scopes: ['statistics'],
    } as const;
    await expect(store.create({ ...input, apps: ['council'] })).rejects.toThrow(
      /Unknown apps: council \(the apps with persisted documents are kiosk\)/,
    );
    await expect(store.create({ ...input, apps: [] })).rejects.toThrow(/cannot be empty/);
    expect((await store.list({ organisationId: 'org-kiosk' })).length).toBe(0);
    const { id } = await store.create({ ...input, apps: ['kiosk'] });
    expect((await store.get(id))!.apps).toEqual(['kiosk']);
  });

  it("looks up a key's organisation kind at first use when it was made without one", async () => {
    const { id, secret } = await keys.create({
      name: 'kindless',
      organisationId: 'org-miep',
      scopes: ['clients:read'],
    });
    const asked: string[] = [];
    const organisationKind = async (organisationId: string) => {
      asked.push(organisationId);
      return organisationId === 'org-miep' ? ('PROVIDER' as const) : undefined;
    };
    expect(await refusal(authenticator.authenticate(`Bearer ${secret}`))).toBe('organisation');
    expect(
      (await authenticator.authenticate(`Bearer ${secret}`, { organisationKind })).organisationKind,
    ).toBe('PROVIDER');
    expect(
      (await authenticator.authenticate(`Bearer ${secret}`, { organisationKind })).organisationKind,
    ).toBe('PROVIDER');
    expect(asked).toEqual(['org-miep']);
    expect((await keys.get(id))!.organisationKind).toBe('PROVIDER');

    const { secret: unknown } = await keys.create({
      name: 'nowhere',
      organisationId: 'org-nope',
      scopes: ['clients:read'],
    });
    expect(await refusal(authenticator.authenticate(`Bearer ${unknown}`, { organisationKind }))).toBe(
      'organisation',
    );
  });
});

describe('keys limited to Jeugdwet purposes', () => {
  it('stores the limit, in the order of the article, and authenticates with it', async () => {
    const { id, secret } = await keys.create({
      name: 'JET casework',
      organisationId: 'org-jet',
      organisationKind: 'MUNICIPAL_TEAM',
      scopes: ['youth:read', 'personal-data'],
      allowedPurposes: ['BEKOSTIGING', 'TOELEIDING'],
    });
    expect((await keys.get(id))!.allowedPurposes).toEqual(['TOELEIDING', 'BEKOSTIGING']);
    const caller = await authenticator.authenticate(`Bearer ${secret}`);
    expect(caller.allowedPurposes).toEqual(new Set(['TOELEIDING', 'BEKOSTIGING']));
  });

  it('leaves a key made without a limit, and the development key, not limited', async () => {
    const { id, secret } = await keys.create({
      name: 'not limited',
      organisationId: 'org-jet',
      organisationKind: 'MUNICIPAL_TEAM',
      scopes: ['youth:read'],
    });
    expect((await keys.get(id))!.allowedPurposes).toBeNull();
    expect(await authenticator.authenticate(`Bearer ${secret}`)).not.toHaveProperty('allowedPurposes');
    const dev = 'msk_dev_purposes-0123456789abcdefghijk';
    const devId = await ensureDevelopmentKey(keys, dev);
    expect((await keys.get(devId))!.allowedPurposes).toBeNull();
    expect(await authenticator.authenticate(`Bearer ${dev}`)).not.toHaveProperty('allowedPurposes');
  });

  it('refuses unknown codes and an empty list, making nothing', async () => {
    const before = (await keys.list()).length;
    const make = (allowedPurposes: string[]) =>
      keys.create({
        name: 'refused',
        organisationId: 'org-jet',
        organisationKind: 'MUNICIPAL_TEAM',
        scopes: ['youth:read'],
        allowedPurposes,
      });
    await expect(make(['TOELEIDING', 'REGIE'])).rejects.toThrow(
      /Unknown Jeugdwet purposes: REGIE \(the purposes of Jeugdwet art\. 7\.4\.0 are TOELEIDING, KINDERBESCHERMING, BEKOSTIGING, CONTROLE\)/,
    );
    await expect(make([])).rejects.toThrow(/cannot be empty/);
    expect((await keys.list()).length).toBe(before);
  });

  it('keeps the limit through a rotation: the new secret and the old one in its grace period', async () => {
    const { id, secret: old } = await keys.create({
      name: 'rotated JET key',
      organisationId: 'org-jet',
      organisationKind: 'MUNICIPAL_TEAM',
      scopes: ['youth:read', 'personal-data'],
      allowedPurposes: ['KINDERBESCHERMING'],
    });
    const { secret: fresh } = await keys.rotate(id, 3_600_000);
    expect((await keys.get(id))!.allowedPurposes).toEqual(['KINDERBESCHERMING']);
    for (const secret of [old, fresh])
      expect((await authenticator.authenticate(`Bearer ${secret}`)).allowedPurposes).toEqual(
        new Set(['KINDERBESCHERMING']),
      );
  });

  it('changes the limit at the version read; null lifts it; an unknown code changes nothing', async () => {
    const { id, secret } = await keys.create({
      name: 'changed JET key',
      organisationId: 'org-jet',
      organisationKind: 'MUNICIPAL_TEAM',
      scopes: ['youth:read'],
    });
    expect((await keys.update(id, 1, { allowedPurposes: ['CONTROLE'] })).allowedPurposes).toEqual([
      'CONTROLE',
    ]);
    expect((await authenticator.authenticate(`Bearer ${secret}`)).allowedPurposes).toEqual(
      new Set(['CONTROLE']),
    );
    await expect(keys.update(id, 2, { allowedPurposes: ['FRAUDE'] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await keys.get(id)).toMatchObject({ version: 2, allowedPurposes: ['CONTROLE'] });
    // Other changes leave it as it is.
    expect((await keys.update(id, 2, { name: 'renamed' })).allowedPurposes).toEqual(['CONTROLE']);
    expect((await keys.update(id, 3, { allowedPurposes: null })).allowedPurposes).toBeNull();
    expect(await authenticator.authenticate(`Bearer ${secret}`)).not.toHaveProperty('allowedPurposes');
  });
});
