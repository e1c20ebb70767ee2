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

describe('0008: Jeugdwet procesregie and light parenting support move to youth (BR-CL15, BR-CL16)', () => {
  const third = useTestDatabase(migrationsFolder);

  it('archives every Jeugdwet assignment and light-support engagement whole, removes them, and keeps the rest', async () => {
    const { database } = third;
    await migrateDatabase(database, 'clients', third.migrationsUpTo(8));
    const statements = [
      sql`insert into clients.households (id, area_id) values ('h-1', 'area-noord'), ('h-2', 'area-zuid')`,
      sql`insert into clients.clients (id, name, date_of_birth, household_id, household_role) values
        ('c-1', 'Ouder', '1980-01-01', 'h-1', 'PARENT'), ('c-2', 'Ander', '1970-01-01', 'h-2', 'OTHER_ADULT')`,
      sql`insert into clients.coordinator_assignments
        (provenance, id, household_id, worker_id, organisation_id, domain, started_on, ended_on) values
        ('SYNTHETIC', 'regie-jet-open', 'h-1', 'worker-00009', 'org-jet', 'JEUGDWET', '2021-03-01', null),
        ('RECORDED', 'regie-jet-ended', 'h-2', 'worker-00010', null, 'JEUGDWET', '2020-01-06', '2020-12-31'),
        ('SYNTHETIC', 'regie-wmo', 'h-1', 'worker-00001', 'org-amaryllis', 'WMO', '2021-02-01', null)`,
      sql`insert into clients.engagements
        (provenance, id, client_id, pillar, kind, provision_type, delivery_form, access_route, organisation_id,
         worker_id, hours_per_week, structural, started_on, ended_on, end_reason, version) values
        ('SYNTHETIC', 'e-light', 'c-1', 'BASIS', 'LICHTE_OPVOEDONDERSTEUNING', 'ALGEMEEN', 'ZIN', 'DIRECT',
         'org-amaryllis', 'worker-00001', 1.5, false, '2021-04-01', '2021-09-30', 'GOAL_REACHED', 3),
        ('RECORDED', 'e-light-2', 'c-2', 'SOCIALE_BASIS', 'LICHTE_OPVOEDONDERSTEUNING', 'ALGEMEEN', 'ZIN', 'DIRECT',
         'org-vol', null, null, false, '2021-05-03', null, null, 1),
        ('SYNTHETIC', 'e-home', 'c-1', 'BASIS', 'THUISONDERSTEUNING', 'ALGEMEEN', 'ZIN', 'DIRECT',
         'org-amaryllis', null, 2.0, true, '2021-04-01', null, null, 1)`,
    ];
    for (const statement of statements) await database.db.execute(statement);
    const regieBefore = await rowsOf(
      database.db,
      sql`select * from clients.coordinator_assignments where domain = 'JEUGDWET' order by id`,
    );
    const engagementsBefore = await rowsOf(
      database.db,
      sql`select provenance, id, client_id, pillar, kind, provision_type, delivery_form, access_route, organisation_id,
        worker_id, hours_per_week, referral_id, decision_id, structural, started_on, ended_on, end_reason, version
        from clients.engagements where kind = 'LICHTE_OPVOEDONDERSTEUNING' order by id`,
    );
    expect(regieBefore).toHaveLength(2);
    expect(engagementsBefore).toHaveLength(2);

    await migrateDatabase(database, 'clients', migrationsFolder);

    // Nothing recorded is lost: the archive holds the rows as they were, column for column.
    expect(await rowsOf(database.db, sql`select * from clients.moved_jeugdwet_regie order by id`)).toEqual(
      regieBefore,
    );
    expect(
      await rowsOf(database.db, sql`select * from clients.moved_light_parenting_support order by id`),
    ).toEqual(engagementsBefore);
    // And they are gone; the rest stays.
    expect(
      await rowsOf(database.db, sql`select id, domain from clients.coordinator_assignments order by id`),
    ).toEqual([{ id: 'regie-wmo', domain: 'WMO' }]);
    expect(await rowsOf(database.db, sql`select id, kind from clients.engagements order by id`)).toEqual([
      { id: 'e-home', kind: 'THUISONDERSTEUNING' },
    ]);
    expect(await rowsOf(database.db, sql`select count(*)::int as n from clients.clients`)).toEqual([
      { n: 2 },
    ]);

    // From now on the database refuses both, whatever path writes.
    await expect(
      database.db.execute(sql`insert into clients.coordinator_assignments
        (id, household_id, worker_id, organisation_id, domain, started_on)
        values ('regie-new', 'h-2', 'worker-00009', 'org-jet', 'JEUGDWET', '2022-01-03')`),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`insert into clients.engagements
        (id, client_id, pillar, kind, provision_type, access_route, organisation_id, started_on)
        values ('e-new', 'c-2', 'BASIS', 'LICHTE_OPVOEDONDERSTEUNING', 'ALGEMEEN', 'DIRECT', 'org-amaryllis', '2022-01-03')`),
    ).rejects.toThrow();
  });

  it('had nothing else to move: no table refers to an assignment or an engagement', async () => {
    expect(
      await rowsOf(
        third.database.db,
        sql`select conrelid::regclass::text as referring from pg_constraint
          where contype = 'f' and confrelid in ('clients.engagements'::regclass, 'clients.coordinator_assignments'::regclass)`,
      ),
    ).toEqual([]);
  });
});
