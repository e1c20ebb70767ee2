import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import type { OrganisationKind } from '@mienskip/kit/rules';
import { rowsOf, useTestDatabase } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createKeyAuthenticator } from '../src/keys/authenticate.ts';
import { generateKeySecret, hashKey, keyPrefix } from '../src/keys/secrets.ts';
import { createKeyStore } from '../src/keys/store.ts';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
const under = useTestDatabase(migrationsFolder);

describe('0004: keys of the municipal teams lose municipal rights at once (BR-KT4)', () => {
  it('forgets every stored MUNICIPALITY kind, so that the next use asks the graph again', async () => {
    const { database } = under;
    await migrateDatabase(database, 'gateway', under.migrationsUpTo(4));
    const keys = createKeyStore(database.db);
    // Written as the store of then wrote keys: the store of now writes columns added since.
    const make = async (organisationId: string, organisationKind: OrganisationKind) => {
      const id = `key-of-${organisationId}`;
      const secret = generateKeySecret();
      await database.db.execute(sql`insert into gateway.api_keys (id, name, organisation_id, organisation_kind, scopes)
        values (${id}, ${`key of ${organisationId}`}, ${organisationId}, ${organisationKind}, '{clients:read}')`);
      await database.db.execute(sql`insert into gateway.api_key_secrets (secret_hash, prefix, key_id)
        values (${hashKey(secret)}, ${keyPrefix(secret)}, ${id})`);
      return { id, secret };
    };
    // Made while the JET was seeded as MUNICIPALITY: the key stored that kind.
    const jet = await make('org-jet', 'MUNICIPALITY');
    const municipality = await make('org-gemeente-leeuwarden', 'MUNICIPALITY');
    const provider = await make('org-amaryllis', 'PROVIDER');

    await migrateDatabase(database, 'gateway', migrationsFolder);

    expect((await keys.get(jet.id))!.organisationKind).toBeNull();
    expect((await keys.get(municipality.id))!.organisationKind).toBeNull();
    expect((await keys.get(provider.id))!.organisationKind).toBe('PROVIDER');
    // The graph (budget) now knows the JET as a municipal team.
    const graph: Record<string, OrganisationKind> = {
      'org-jet': 'MUNICIPAL_TEAM',
      'org-gemeente-leeuwarden': 'MUNICIPALITY',
    };
    const asked: string[] = [];
    const organisationKind = async (id: string) => {
      asked.push(id);
      return graph[id];
    };
    const authenticator = createKeyAuthenticator(keys);
    const kindOf = async (secret: string) =>
      (await authenticator.authenticate(`Bearer ${secret}`, { organisationKind })).organisationKind;
    expect(await kindOf(jet.secret)).toBe('MUNICIPAL_TEAM');
    expect(await kindOf(municipality.secret)).toBe('MUNICIPALITY');
    expect(await kindOf(provider.secret)).toBe('PROVIDER');
    expect(asked.sort()).toEqual(['org-gemeente-leeuwarden', 'org-jet']);
    expect((await keys.get(jet.id))!.organisationKind).toBe('MUNICIPAL_TEAM');
  });
});

describe('0005: keys may be limited to Jeugdwet purposes', () => {
  const fresh = useTestDatabase(migrationsFolder);

  it('leaves every key made before not limited', async () => {
    const { database } = fresh;
    await migrateDatabase(database, 'gateway', fresh.migrationsUpTo(5));
    const columns = sql`select column_name from information_schema.columns
      where table_schema = 'gateway' and table_name = 'api_keys' and column_name = 'allowed_purposes'`;
    expect(await rowsOf(database.db, columns)).toHaveLength(0);
    await database.db.execute(
      sql`insert into gateway.api_keys (id, name, organisation_id, organisation_kind, scopes)
          values ('key-before', 'made before', 'org-jet', 'MUNICIPAL_TEAM', '{youth:read}')`,
    );
    await migrateDatabase(database, 'gateway', migrationsFolder);
    expect(await rowsOf(database.db, columns)).toHaveLength(1);
    expect((await createKeyStore(database.db).get('key-before'))!.allowedPurposes).toBeNull();
  });
});

describe('0006: keys are bound to apps instead of operation hashes', () => {
  const fresh = useTestDatabase(migrationsFolder);
  // The SHA-256 of the raw text of operation files as they were registered before manifests.
  const ROOMS = '4a11b777120227194cec334c4d3af93a158d3f3639a061ffed0599626136cec4';
  const HOUSEHOLD = '105db1e380cc5aadb82b2b6f55c89ddab14ce7b369f83fd0720dd9278d02de17';
  const REFERENCE = 'e2ec85698610242720b2456aa2c513bf1a7e7e9c501cddf871a7d8f1d5303547';
  const YOUTH = '707f4e795f169e83e6b890edcd0989ecca0597aa7892189904e5c1f1a011d4ca';

  it('gives a key whose hashes are all known their apps, and binds any other to no app (fails closed)', async () => {
    const { database } = fresh;
    await migrateDatabase(database, 'gateway', fresh.migrationsUpTo(6));
    const before: Record<string, string[] | null> = {
      'key-any': null,
      'key-council': [REFERENCE, YOUTH],
      'key-two-apps': [HOUSEHOLD, ROOMS, REFERENCE],
      'key-unknown-hash': [ROOMS, 'f'.repeat(64)],
      'key-empty': [],
    };
    for (const [id, hashes] of Object.entries(before))
      await database.db.execute(
        sql`insert into gateway.api_keys (id, name, organisation_id, organisation_kind, scopes, trusted_operations)
            values (${id}, ${id}, 'org-jet', 'MUNICIPAL_TEAM', '{clients:read}',
                    ${hashes === null ? null : `{${hashes.join(',')}}`}::text[])`,
      );

    await migrateDatabase(database, 'gateway', migrationsFolder);

    const keys = createKeyStore(database.db);
    const apps = async (id: string) => (await keys.get(id))!.apps;
    expect(await apps('key-any')).toBeNull();
    expect(await apps('key-council')).toEqual(['council']);
    expect(await apps('key-two-apps')).toEqual(['buurtkamer', 'case-worker', 'council']);
    expect(await apps('key-unknown-hash')).toEqual(['unmigrated']);
    expect(await apps('key-empty')).toEqual(['unmigrated']);
    const columns = sql`select column_name from information_schema.columns
      where table_schema = 'gateway' and table_name = 'api_keys' and column_name = 'trusted_operations'`;
    expect(await rowsOf(database.db, columns)).toHaveLength(0);
  });
});
