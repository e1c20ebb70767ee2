import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, type Database, migrateDatabase } from '@mienskip/kit/db';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

/** The migrations folder as it was with its first `count` migrations only. */
function firstMigrations(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'clients-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}
const firstMigrationOnly = () => firstMigrations(1);

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

describe('0002: the Awb term of a bezwaar counts from the end of the bezwaar term', () => {
  let upTo0001: string;
  let database2: Database;
  let testDatabase2: TestDatabase;
  beforeAll(async () => {
    testDatabase2 = await createTestDatabase();
    database2 = await connectDatabase(testDatabase2.options);
    upTo0001 = firstMigrations(2);
  });
  afterAll(async () => {
    await database2?.close();
    await testDatabase2?.drop();
    rmSync(upTo0001, { recursive: true, force: true });
  });

  it('recomputes every stored due date from the decision’s date of issue, and records no advisory committee', async () => {
    await migrateDatabase(database2, 'clients', upTo0001);
    const statements = [
      sql`insert into clients.households (id, area_id) values ('h-1', 'area-noord')`,
      sql`insert into clients.clients (id, bsn, name, date_of_birth, household_id, household_role)
        values ('c-1', '111222333', 'Test', '1980-01-01', 'h-1', 'PARENT')`,
      sql`insert into clients.decisions (id, client_id, kind, outcome, issued_by_organisation_id,
        advice_by_organisation_id, advice_summary, issued_on, valid_from) values
        ('d-1', 'c-1', 'HULP_BIJ_HET_HUISHOUDEN', 'REFUSED', 'org-gemeente-leeuwarden', 'org-amaryllis', 'x',
         '2021-01-20', '2021-01-20')`,
      // The old rule: six weeks after filing.
      sql`insert into clients.objections (id, decision_id, filed_on, decision_due) values
        ('o-early', 'd-1', '2021-01-25', '2021-03-08'),
        ('o-last-day', 'd-1', '2021-03-03', '2021-04-14'),
        ('o-late', 'd-1', '2021-04-01', '2021-05-13')`,
    ];
    for (const statement of statements) await database2.db.execute(statement);
    await migrateDatabase(database2, 'clients', migrationsFolder);
    const rows = (
      (await database2.db.execute(
        sql`select id, decision_due::text as due, advisory_committee as committee from clients.objections order by id`,
      )) as unknown as { rows: Record<string, unknown>[] }
    ).rows;
    expect(rows).toEqual([
      // Issued 20 January: the bezwaar term ends 3 March; due six weeks later.
      { id: 'o-early', due: '2021-04-14', committee: false },
      { id: 'o-last-day', due: '2021-04-14', committee: false },
      // Filed after the term: six weeks from the filing.
      { id: 'o-late', due: '2021-05-13', committee: false },
    ]);
  });
});
