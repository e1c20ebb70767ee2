import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import { rowsOf, useTestDatabase } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
const under = useTestDatabase(migrationsFolder);

describe('0001: who issued, stored on the row; the copy of locations workers goes', () => {
  it('fills the referral issuer from the old caseworkers (basis only) and every decision with the municipality', async () => {
    const { database } = under;
    await migrateDatabase(database, 'clients', under.migrationsUpTo(1));
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
      await rowsOf(
        database.db,
        sql`select id, issued_by_organisation_id as org from clients.referrals order by id`,
      ),
    ).toEqual([
      { id: 'r-basis', org: 'org-amaryllis' },
      { id: 'r-jet', org: null },
      { id: 'r-unknown', org: null },
    ]);
    expect(
      await rowsOf(database.db, sql`select issued_by_organisation_id as org from clients.decisions`),
    ).toEqual([{ org: 'org-gemeente-leeuwarden' }]);
    expect(await rowsOf(database.db, sql`select to_regclass('clients.caseworkers') as t`)).toEqual([
      { t: null },
    ]);
  });
});

describe('0002: the Awb term of a bezwaar counts from the end of the bezwaar term', () => {
  const second = useTestDatabase(migrationsFolder);

  it('recomputes every stored due date from the decision’s date of issue, and records no advisory committee', async () => {
    const database2 = second.database;
    await migrateDatabase(database2, 'clients', second.migrationsUpTo(2));
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
    const rows = await rowsOf(
      database2.db,
      sql`select id, decision_due::text as due, advisory_committee as committee from clients.objections order by id`,
    );
    expect(rows).toEqual([
      // Issued 20 January: the bezwaar term ends 3 March; due six weeks later.
      { id: 'o-early', due: '2021-04-14', committee: false },
      { id: 'o-last-day', due: '2021-04-14', committee: false },
      // Filed after the term: six weeks from the filing.
      { id: 'o-late', due: '2021-05-13', committee: false },
    ]);
  });
});
