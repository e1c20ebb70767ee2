import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, type Database, migrateDatabase } from '@mienskip/kit/db';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

/** The migrations folder as it was before `0001`: the first migration alone. */
function firstMigrationOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clients-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

let testDatabase: TestDatabase;
const rowsOf = async (query: SQL) =>
  ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
let database: Database;
let before: string;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await connectDatabase(testDatabase.options);
  before = firstMigrationOnly();
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
  rmSync(before, { recursive: true, force: true });
});

describe('0001: who issued, stored on the row; the copy of locations workers goes', () => {
  it('fills the referral issuer from the old caseworkers (basis only) and every decision with the municipality', async () => {
    await migrateDatabase(database, 'clients', before);
    const statements = [
      sql`insert into clients.households (id, area_id) values ('h-1', 'area-noord')`,
      sql`insert into clients.clients (id, bsn, name, date_of_birth, household_id, household_role)
        values ('c-1', '111222333', 'Test', '1980-01-01', 'h-1', 'PARENT')`,
      sql`insert into clients.caseworkers (worker_id, organisation_id)
        values ('worker-basis', 'org-amaryllis'), ('worker-jet', 'org-jet')`,
      sql`insert into clients.referrals (id, client_id, issued_by_worker_id, issued_on, kind) values
        ('r-basis', 'c-1', 'worker-basis', '2021-01-01', 'THUISONDERSTEUNING'),
        ('r-jet', 'c-1', 'worker-jet', '2021-01-01', 'THUISONDERSTEUNING'),
        ('r-unknown', 'c-1', 'worker-gone', '2021-01-01', 'THUISONDERSTEUNING')`,
      sql`insert into clients.decisions (id, client_id, kind, outcome, advice_by_organisation_id,
        advice_summary, issued_on, valid_from)
        values ('d-1', 'c-1', 'HULP_BIJ_HET_HUISHOUDEN', 'GRANTED', 'org-amaryllis', 'x', '2021-01-01', '2021-01-01')`,
    ];
    for (const statement of statements) await database.db.execute(statement);
    await migrateDatabase(database, 'clients', migrationsFolder);
    expect(
      await rowsOf(sql`select id, issued_by_organisation_id as org from clients.referrals order by id`),
    ).toEqual([
      { id: 'r-basis', org: 'org-amaryllis' },
      { id: 'r-jet', org: null },
      { id: 'r-unknown', org: null },
    ]);
    expect(await rowsOf(sql`select issued_by_organisation_id as org from clients.decisions`)).toEqual([
      { org: 'org-gemeente-leeuwarden' },
    ]);
    expect(await rowsOf(sql`select to_regclass('clients.caseworkers') as t`)).toEqual([{ t: null }]);
  });
});
