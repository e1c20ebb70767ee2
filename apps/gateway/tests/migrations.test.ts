import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, type Database, migrateDatabase } from '@mienskip/kit/db';
import type { OrganisationKind } from '@mienskip/kit/rules';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyAuthenticator } from '../src/keys/authenticate.ts';
import { createKeyStore } from '../src/keys/store.ts';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

/** The migrations folder as it was with its first `count` migrations only. */
function firstMigrations(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

let testDatabase: TestDatabase;
let database: Database;
const folders: string[] = [];
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await connectDatabase(testDatabase.options);
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('0004: keys of the municipal teams lose municipal rights at once (BR-KT4)', () => {
  it('forgets every stored MUNICIPALITY kind, so that the next use asks the graph again', async () => {
    const before = firstMigrations(4);
    folders.push(before);
    await migrateDatabase(database, 'gateway', before);
    const keys = createKeyStore(database.db);
    const make = (organisationId: string, organisationKind: OrganisationKind) =>
      keys.create({
        name: `key of ${organisationId}`,
        organisationId,
        organisationKind,
        scopes: ['clients:read'],
      });
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
