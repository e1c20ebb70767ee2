import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, type Database, migrateDatabase } from '@mienskip/kit/db';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/db/seed.ts';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

/** The migrations folder as it was with its first `count` migrations only. */
function firstMigrations(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'budget-migrations-'));
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
const rowsOf = async (query: SQL) =>
  ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await connectDatabase(testDatabase.options);
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('0005: the generated realisation of basis + TO/DB is booked on the lot each provider holds', () => {
  it('removes the generated entries spread over both lots, keeps recorded spending, and the seed books them again', async () => {
    const before = firstMigrations(5);
    folders.push(before);
    await migrateDatabase(database, 'budget', before);
    const statements = [
      sql`insert into budget.organisations (id, name, kind) values
        ('org-amaryllis', 'Amaryllis', 'PROVIDER'), ('org-windkracht058', 'Windkracht058', 'PROVIDER')`,
      sql`insert into budget.realisations (id, year, month, lot, organisation_id, amount_cents) values
        ('realisation-2021-1-basisondersteuning-org-amaryllis', 2021, 1, 'BASISONDERSTEUNING', 'org-amaryllis', 100),
        ('realisation-2021-1-thuisondersteuning_en_dagbesteding-org-amaryllis', 2021, 1, 'THUISONDERSTEUNING_EN_DAGBESTEDING', 'org-amaryllis', 100),
        ('realisation-2021-12-basisondersteuning-org-windkracht058', 2021, 12, 'BASISONDERSTEUNING', 'org-windkracht058', 100),
        ('realisation-4b1c', 2021, 3, 'THUISONDERSTEUNING_EN_DAGBESTEDING', 'org-amaryllis', 7)`,
    ];
    for (const statement of statements) await database.db.execute(statement);
    await migrateDatabase(database, 'budget', migrationsFolder);
    expect(await rowsOf(sql`select id from budget.realisations order by id`)).toEqual([
      { id: 'realisation-4b1c' },
    ]);
    await seed(database.db);
    expect(
      await rowsOf(sql`select organisation_id, lot, count(*)::int as entries from budget.realisations
        where id <> 'realisation-4b1c' group by organisation_id, lot order by organisation_id`),
    ).toEqual([
      { organisation_id: 'org-amaryllis', lot: 'BASISONDERSTEUNING', entries: 12 },
      { organisation_id: 'org-miep', lot: 'HULP_BIJ_HUISHOUDEN', entries: 12 },
      { organisation_id: 'org-thfl', lot: 'HULP_BIJ_HUISHOUDEN', entries: 12 },
      { organisation_id: 'org-windkracht058', lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING', entries: 12 },
    ]);
  });
});

describe('0006: the realisation of savings measures 2–4 is unknown, not the plan', () => {
  it('clears the seeded realisation of measures 2–4, keeps measure 1 and any realisation recorded since', async () => {
    const before = firstMigrations(6);
    folders.push(before);
    const other = await createTestDatabase();
    const db = await connectDatabase(other.options);
    try {
      await migrateDatabase(db, 'budget', before);
      await db.db.execute(sql`insert into budget.savings_measures
        (id, position, title, from_year, planned_cents, realised_cents, version) values
        ('savings-01', 1, 'One', 2018, 60000000, 60000000, 1),
        ('savings-02', 2, 'Two', 2019, 65000000, 65000000, 1),
        ('savings-03', 3, 'Three', 2020, 65000000, 65000000, 2),
        ('savings-04', 4, 'Four', 2020, 65000000, 65000000, 1),
        ('savings-05', 5, 'Five', 2021, 16000000, null, 1)`);
      await migrateDatabase(db, 'budget', migrationsFolder);
      const { rows } = (await db.db.execute(
        sql`select id, realised_cents::text as realised from budget.savings_measures order by id`,
      )) as unknown as { rows: Record<string, unknown>[] };
      expect(rows).toEqual([
        { id: 'savings-01', realised: '60000000' },
        { id: 'savings-02', realised: null },
        { id: 'savings-03', realised: '65000000' },
        { id: 'savings-04', realised: null },
        { id: 'savings-05', realised: null },
      ]);
    } finally {
      await db.close();
      await other.drop();
    }
  });
});

describe('0007: the JET and Sociale Zaken are municipal teams, not the municipality (BR-KT4)', () => {
  it('gives the two teams the kind MUNICIPAL_TEAM and leaves every other organisation as it was', async () => {
    const before = firstMigrations(7);
    folders.push(before);
    const other = await createTestDatabase();
    const db = await connectDatabase(other.options);
    try {
      await migrateDatabase(db, 'budget', before);
      await db.db.execute(sql`insert into budget.organisations (id, name, kind) values
        ('org-gemeente-leeuwarden', 'Gemeente Leeuwarden', 'MUNICIPALITY'),
        ('org-publieke-dienstverlening', 'Afdeling Publieke Dienstverlening', 'MUNICIPALITY'),
        ('org-jet', 'Jeugd Expert Team (JET)', 'MUNICIPALITY'),
        ('org-sociale-zaken', 'Sociale Zaken', 'MUNICIPALITY'),
        ('org-amaryllis', 'Amaryllis', 'PROVIDER')`);
      await migrateDatabase(db, 'budget', migrationsFolder);
      const { rows } = (await db.db.execute(
        sql`select id, kind::text as kind from budget.organisations order by id`,
      )) as unknown as { rows: Record<string, unknown>[] };
      expect(rows).toEqual([
        { id: 'org-amaryllis', kind: 'PROVIDER' },
        { id: 'org-gemeente-leeuwarden', kind: 'MUNICIPALITY' },
        { id: 'org-jet', kind: 'MUNICIPAL_TEAM' },
        { id: 'org-publieke-dienstverlening', kind: 'MUNICIPALITY' },
        { id: 'org-sociale-zaken', kind: 'MUNICIPAL_TEAM' },
      ]);
    } finally {
      await db.close();
      await other.drop();
    }
  });
});
