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

describe('0009: debt help and debt signals move to debt (BR-CL17, BR-CL18)', () => {
  const fourth = useTestDatabase(migrationsFolder);

  it('archives every debt-help engagement and referral and every debt signal whole, removes them, and keeps the rest', async () => {
    const { database } = fourth;
    await migrateDatabase(database, 'clients', fourth.migrationsUpTo(9));
    const statements = [
      sql`insert into clients.households (id, area_id) values ('h-1', 'area-noord'), ('h-2', 'area-zuid')`,
      sql`insert into clients.clients (id, name, date_of_birth, household_id, household_role) values
        ('c-1', 'Schuldenaar', '1980-01-01', 'h-1', 'PARENT'), ('c-2', 'Ander', '1970-01-01', 'h-2', 'OTHER_ADULT')`,
      sql`insert into clients.support_requests
        (provenance, id, client_id, received_on, room_id, channel, source, life_domains, urgent, outcome,
         assessed_by_worker_id, assessed_on, version) values
        ('SYNTHETIC', 'req-signal', 'c-1', '2021-03-01', null, 'DEBT_SIGNAL', 'THIRD_PARTY_CONCERN',
         '{FINANCIEN,WONEN}', true, 'BASIS', 'worker-00001', '2021-03-02', 2),
        ('RECORDED', 'req-signal-named', 'c-2', '2021-04-01', null, 'DEBT_SIGNAL', 'THIRD_PARTY_CONCERN',
         '{FINANCIEN}', false, 'AANVULLEND_REFERRAL', 'worker-00001', '2021-04-06', 2),
        ('SYNTHETIC', 'req-walk-in', 'c-1', '2021-03-05', 'room-de-klomp', 'WALK_IN_ROOM', 'RESIDENT_SELF',
         '{FINANCIEN}', false, null, null, null, 1)`,
      sql`insert into clients.referrals
        (provenance, id, client_id, issued_by_worker_id, issued_by_organisation_id, issued_on, kind,
         support_request_id, resident_requested_decision) values
        ('RECORDED', 'ref-debt', 'c-1', 'worker-00001', 'org-amaryllis', '2021-03-10', 'SCHULDHULPVERLENING',
         'req-signal', false),
        ('RECORDED', 'ref-home', 'c-2', 'worker-00001', 'org-amaryllis', '2021-04-07', 'THUISONDERSTEUNING',
         'req-signal-named', true),
        ('SYNTHETIC', 'ref-day', 'c-1', 'worker-00001', 'org-amaryllis', '2021-03-06', 'DAGBESTEDING',
         'req-walk-in', false)`,
      sql`insert into clients.engagements
        (provenance, id, client_id, pillar, kind, provision_type, delivery_form, access_route, organisation_id,
         worker_id, hours_per_week, referral_id, structural, started_on, ended_on, end_reason, version) values
        ('SYNTHETIC', 'e-debt', 'c-1', 'BASIS', 'SCHULDHULPVERLENING', 'ALGEMEEN', 'ZIN', 'DIRECT',
         'org-amaryllis', 'worker-00001', 1.5, null, true, '2021-03-08', '2021-12-31', 'GOAL_REACHED', 3),
        ('RECORDED', 'e-debt-referred', 'c-1', 'AANVULLEND', 'SCHULDHULPVERLENING', 'MAATWERK', 'ZIN',
         'VERWIJSBRIEF', 'org-windkracht058', null, null, 'ref-debt', false, '2021-03-15', null, null, 1),
        ('SYNTHETIC', 'e-home', 'c-2', 'AANVULLEND', 'THUISONDERSTEUNING', 'MAATWERK', 'ZIN', 'VERWIJSBRIEF',
         'org-windkracht058', null, 2.0, 'ref-home', true, '2021-04-12', null, null, 1)`,
    ];
    for (const statement of statements) await database.db.execute(statement);
    const engagementColumns = sql.raw(`provenance, id, client_id, pillar, kind, provision_type, delivery_form,
      access_route, organisation_id, worker_id, hours_per_week, referral_id, decision_id, structural, started_on,
      ended_on, end_reason, version`);
    const engagementsBefore = await rowsOf(
      database.db,
      sql`select ${engagementColumns} from clients.engagements where kind = 'SCHULDHULPVERLENING' order by id`,
    );
    const referralsBefore = await rowsOf(
      database.db,
      sql`select * from clients.referrals where kind = 'SCHULDHULPVERLENING' order by id`,
    );
    const signalsBefore = await rowsOf(
      database.db,
      sql`select * from clients.support_requests where channel = 'DEBT_SIGNAL' order by id`,
    );
    expect([engagementsBefore.length, referralsBefore.length, signalsBefore.length]).toEqual([2, 1, 2]);

    await migrateDatabase(database, 'clients', migrationsFolder);

    // Nothing recorded is lost: the archives hold the rows as they were, column for column, and which
    // kept referral named a signal as its request.
    expect(await rowsOf(database.db, sql`select * from clients.moved_debt_help order by id`)).toEqual(
      engagementsBefore,
    );
    expect(await rowsOf(database.db, sql`select * from clients.moved_debt_referrals order by id`)).toEqual(
      referralsBefore,
    );
    expect(await rowsOf(database.db, sql`select * from clients.moved_debt_signals order by id`)).toEqual([
      { ...signalsBefore[0], referral_ids: [] },
      { ...signalsBefore[1], referral_ids: ['ref-home'] },
    ]);
    // And they are gone; the rest stays, the referral that named a signal without the link.
    expect(await rowsOf(database.db, sql`select id, kind from clients.engagements order by id`)).toEqual([
      { id: 'e-home', kind: 'THUISONDERSTEUNING' },
    ]);
    expect(
      await rowsOf(database.db, sql`select id, support_request_id from clients.referrals order by id`),
    ).toEqual([
      { id: 'ref-day', support_request_id: 'req-walk-in' },
      { id: 'ref-home', support_request_id: null },
    ]);
    expect(await rowsOf(database.db, sql`select id from clients.support_requests order by id`)).toEqual([
      { id: 'req-walk-in' },
    ]);

    // From now on the database refuses all three, whatever path writes.
    await expect(
      database.db.execute(sql`insert into clients.engagements
        (id, client_id, pillar, kind, provision_type, access_route, organisation_id, started_on)
        values ('e-new', 'c-2', 'BASIS', 'SCHULDHULPVERLENING', 'ALGEMEEN', 'DIRECT', 'org-amaryllis', '2022-01-03')`),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`insert into clients.referrals (id, client_id, issued_by_worker_id, issued_on, kind)
        values ('ref-new', 'c-2', 'worker-00001', '2022-01-03', 'SCHULDHULPVERLENING')`),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`insert into clients.support_requests (id, client_id, received_on, channel, source, life_domains)
        values ('req-new', 'c-2', '2022-01-03', 'DEBT_SIGNAL', 'THIRD_PARTY_CONCERN', '{FINANCIEN}')`),
    ).rejects.toThrow();
  });

  it('checked every reference first: requests are referred to by referrals only, referrals by engagements only', async () => {
    expect(
      await rowsOf(
        fourth.database.db,
        sql`select confrelid::regclass::text as referred, conrelid::regclass::text as referring from pg_constraint
          where contype = 'f' and confrelid in ('clients.engagements'::regclass, 'clients.referrals'::regclass,
            'clients.support_requests'::regclass)
          order by 1, 2`,
      ),
    ).toEqual([
      { referred: 'clients.referrals', referring: 'clients.engagements' },
      { referred: 'clients.support_requests', referring: 'clients.referrals' },
    ]);
  });
});
