import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import { rowsOf, useTestDatabase } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seed } from '../src/db/seed.ts';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
const under = useTestDatabase(migrationsFolder);

describe('0005: the generated realisation of basis + TO/DB is booked on the lot each provider holds', () => {
  it('removes the generated entries spread over both lots, keeps recorded spending, and the seed books them again', async () => {
    const { database } = under;
    await migrateDatabase(database, 'budget', under.migrationsUpTo(5));
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
    expect(await rowsOf(database.db, sql`select id from budget.realisations order by id`)).toEqual([
      { id: 'realisation-4b1c' },
    ]);
    await seed(database.db);
    expect(
      await rowsOf(
        database.db,
        sql`select organisation_id, lot, count(*)::int as entries from budget.realisations
        where id <> 'realisation-4b1c' group by organisation_id, lot order by organisation_id`,
      ),
    ).toEqual([
      { organisation_id: 'org-amaryllis', lot: 'BASISONDERSTEUNING', entries: 12 },
      { organisation_id: 'org-miep', lot: 'HULP_BIJ_HUISHOUDEN', entries: 12 },
      { organisation_id: 'org-thfl', lot: 'HULP_BIJ_HUISHOUDEN', entries: 12 },
      { organisation_id: 'org-windkracht058', lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING', entries: 12 },
    ]);
  });
});

describe('0006: the realisation of savings measures 2–4 is unknown, not the plan', () => {
  const other = useTestDatabase(migrationsFolder);
  it('clears the seeded realisation of measures 2–4, keeps measure 1 and any realisation recorded since', async () => {
    const db = other.database;
    await migrateDatabase(db, 'budget', other.migrationsUpTo(6));
    await db.db.execute(sql`insert into budget.savings_measures
      (id, position, title, from_year, planned_cents, realised_cents, version) values
      ('savings-01', 1, 'One', 2018, 60000000, 60000000, 1),
      ('savings-02', 2, 'Two', 2019, 65000000, 65000000, 1),
      ('savings-03', 3, 'Three', 2020, 65000000, 65000000, 2),
      ('savings-04', 4, 'Four', 2020, 65000000, 65000000, 1),
      ('savings-05', 5, 'Five', 2021, 16000000, null, 1)`);
    await migrateDatabase(db, 'budget', migrationsFolder);
    expect(
      await rowsOf(
        db.db,
        sql`select id, realised_cents::text as realised from budget.savings_measures order by id`,
      ),
    ).toEqual([
      { id: 'savings-01', realised: '60000000' },
      { id: 'savings-02', realised: null },
      { id: 'savings-03', realised: '65000000' },
      { id: 'savings-04', realised: null },
      { id: 'savings-05', realised: null },
    ]);
  });
});

describe('0007: the JET and Sociale Zaken are municipal teams, not the municipality (BR-KT4)', () => {
  const other = useTestDatabase(migrationsFolder);
  it('gives the two teams the kind MUNICIPAL_TEAM and leaves every other organisation as it was', async () => {
    const db = other.database;
    await migrateDatabase(db, 'budget', other.migrationsUpTo(7));
    await db.db.execute(sql`insert into budget.organisations (id, name, kind) values
      ('org-gemeente-leeuwarden', 'Gemeente Leeuwarden', 'MUNICIPALITY'),
      ('org-publieke-dienstverlening', 'Afdeling Publieke Dienstverlening', 'MUNICIPALITY'),
      ('org-jet', 'Jeugd Expert Team (JET)', 'MUNICIPALITY'),
      ('org-sociale-zaken', 'Sociale Zaken', 'MUNICIPALITY'),
      ('org-amaryllis', 'Amaryllis', 'PROVIDER')`);
    await migrateDatabase(db, 'budget', migrationsFolder);
    expect(
      await rowsOf(db.db, sql`select id, kind::text as kind from budget.organisations order by id`),
    ).toEqual([
      { id: 'org-amaryllis', kind: 'PROVIDER' },
      { id: 'org-gemeente-leeuwarden', kind: 'MUNICIPALITY' },
      { id: 'org-jet', kind: 'MUNICIPAL_TEAM' },
      { id: 'org-publieke-dienstverlening', kind: 'MUNICIPALITY' },
      { id: 'org-sociale-zaken', kind: 'MUNICIPAL_TEAM' },
    ]);
  });
});
