import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DDAS_PURPOSE, DdasError, runDdas, schemaProblems } from '@mienskip/reporting/ddas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';
import { sql } from './rows.ts';

// The DDAS delivery of the reporting app end to end: its command against the real gateway, every
// subgraph of the catalogue and the access log. The period's cases and signals are written into
// debt's tables here (test set-up), about residents of the clients seed; the delivery reads them
// through the graph only.

const SECRET = 'the-ddas-delivery-secret-of-this-test-0123456789';
const PERIOD = ['--from', '2021-01-01', '--to', '2021-12-31'];

let graph: TestGraph;
let deliveryKey: { id: string; secret: string };
let keyWithoutPersonalData: string;
let out: string;
let written: { schuldhulpverlening: Json; vroegsignalen: Json };
let progress: string[];
/** The temporary directories this file made. */
const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddas-e2e-'));
  made.push(dir);
  return dir;
};

// biome-ignore lint/suspicious/noExplicitAny: documents are walked as plain JSON
type Json = Record<string, any>;
type Resident = {
  id: string;
  bsn: string;
  name: string;
  address: string;
  householdId: string;
  areaId: string;
};

const env = (key: string) => ({
  MIENSKIP_GATEWAY_URL: graph.gateway.url,
  MIENSKIP_API_KEY: key,
  MIENSKIP_DDAS_SECRET: SECRET,
});
const quote = (value: string | null) => (value === null ? 'null' : `'${value.replace(/'/g, "''")}'`);

/** Residents of the clients seed with a BSN: a household of two, and three living alone or apart. */
async function residents(): Promise<{ couple: [Resident, Resident]; singles: Resident[] }> {
  const columns = `c.id, c.bsn, c.name, c.address, c.household_id as "householdId", h.area_id as "areaId"`;
  const [couple] = await sql(
    graph.clients,
    `select household_id from clients.clients where bsn is not null and address is not null
     group by household_id having count(*) >= 2 order by household_id limit 1`,
  );
  const pair = (await sql(
    graph.clients,
    `select ${columns} from clients.clients c join clients.households h on h.id = c.household_id
     where c.household_id = '${couple!.household_id}' and c.bsn is not null order by c.id limit 2`,
  )) as Resident[];
  const singles = (await sql(
    graph.clients,
    `select ${columns} from clients.clients c join clients.households h on h.id = c.household_id
     where c.bsn is not null and c.address is not null and c.household_id <> '${couple!.household_id}'
     order by c.id limit 4`,
  )) as Resident[];
  return { couple: pair as [Resident, Resident], singles };
}

/** Writes a case, its clients, crises and referrals into debt's own tables. */
async function insertCase(
  id: string,
  clients: Resident[],
  days: Record<string, string | null>,
  extra: {
    solutionKind?: string;
    outflowReason?: string;
    crisis?: [string, string | null];
    referral?: [string, string, string | null];
  } = {},
) {
  const first = clients[0]!;
  await sql(
    graph.debt,
    `insert into debt.debt_cases (id, household_id, area_id, opened_by_organisation_id, registered_on, intake_on,
       stabilisation_on, solution_on, solution_kind, aftercare_on, outflow_on, outflow_reason)
     values ('${id}', '${first.householdId}', '${first.areaId}', 'org-gemeente-leeuwarden', ${quote(days.registeredOn!)},
       ${quote(days.intakeOn ?? null)}, ${quote(days.stabilisationOn ?? null)}, ${quote(days.solutionOn ?? null)},
       ${quote(extra.solutionKind ?? null)}, ${quote(days.aftercareOn ?? null)}, ${quote(days.outflowOn ?? null)},
       ${quote(extra.outflowReason ?? null)})`,
  );
  for (const client of clients)
    await sql(
      graph.debt,
      `insert into debt.debt_case_clients (case_id, client_id, open) values ('${id}', '${client.id}', ${days.outflowOn ? 'false' : 'true'})`,
    );
  if (extra.crisis)
    await sql(
      graph.debt,
      `insert into debt.debt_crises (id, case_id, kind, reported_on, handled_on)
       values ('${id}-crisis', '${id}', 'AFSLUITING_GAS', '${extra.crisis[0]}', ${quote(extra.crisis[1])})`,
    );
  if (extra.referral)
    await sql(
      graph.debt,
      `insert into debt.debt_referrals (id, case_id, kind, organisation_id, started_on, review_on, ended_on)
       values ('${id}-referral', '${id}', '${extra.referral[0]}', 'org-amaryllis', '${extra.referral[1]}',
         ('${extra.referral[1]}'::date + 180), ${quote(extra.referral[2])})`,
    );
}

/** Writes a signal and its attempts into debt's own tables. */
async function insertSignal(
  id: string,
  client: Resident,
  fields: {
    kind?: string;
    partner: string;
    signalledOn: string;
    receivedOn: string;
    status?: string;
    pickedUpOn?: string;
  },
  attempts: [kind: string, day: string, dayPart: string, reached: boolean][] = [],
) {
  await sql(
    graph.debt,
    `insert into debt.debt_signals (id, client_id, household_id, area_id, organisation_id, kind, partner, signalled_on,
       received_on, arrears_euros, crisis, status, picked_up_on)
     values ('${id}', '${client.id}', '${client.householdId}', '${client.areaId}', 'org-gemeente-leeuwarden',
       '${fields.kind ?? 'VROEG'}', '${fields.partner}', '${fields.signalledOn}', '${fields.receivedOn}', 640, false,
       '${fields.status ?? 'NOG_NIET_OPGEPAKT'}', ${quote(fields.pickedUpOn ?? null)})`,
  );
  for (const [i, [kind, day, dayPart, reached]] of attempts.entries())
    await sql(
      graph.debt,
      `insert into debt.outreach_attempts (id, signal_id, kind, attempted_on, day_part, reached)
       values ('${id}-attempt-${i}', '${id}', '${kind}', '${day}', '${dayPart}', ${reached})`,
    );
}

let people: Awaited<ReturnType<typeof residents>>;

beforeAll(async () => {
  graph = await startGraph();
  people = await residents();
  const [a, b, c, d] = people.singles;
  // In the period: a couple's case through every phase; a case from 2020 still running in 2021.
  await insertCase(
    'ddas-case-couple',
    people.couple,
    {
      registeredOn: '2021-02-01',
      intakeOn: '2021-02-10',
      stabilisationOn: '2021-03-01',
      solutionOn: '2021-05-01',
      aftercareOn: '2021-09-01',
      outflowOn: '2021-11-30',
    },
    {
      solutionKind: 'SCHULDBEMIDDELING',
      outflowReason: 'AFGEROND',
      crisis: ['2021-02-02', '2021-02-04'],
      referral: ['BUDGETBEHEER', '2021-03-01', '2021-10-01'],
    },
  );
  await insertCase('ddas-case-running', [a!], { registeredOn: '2020-10-01', intakeOn: '2020-10-20' });
  // Outside it: a case that ended in 2020.
  await insertCase(
    'ddas-case-ended',
    [b!],
    { registeredOn: '2020-01-06', intakeOn: '2020-01-20', outflowOn: '2020-06-30' },
    { outflowReason: 'ZELF' },
  );
  // Signals: received in 2021 (one picked up by SMS), received in 2022 and in 2020 (not delivered), a late signal.
  await insertSignal(
    'ddas-signal-2021',
    c!,
    {
      partner: 'HUUR',
      signalledOn: '2021-06-01',
      receivedOn: '2021-06-02',
      status: 'OPGEPAKT',
      pickedUpOn: '2021-06-04',
    },
    [
      ['BRIEF', '2021-06-03', 'OCHTEND', false],
      ['SMS_WHATSAPP', '2021-06-04', 'MIDDAG', true],
    ],
  );
  await insertSignal('ddas-signal-2022', d!, {
    partner: 'ENERGIE',
    signalledOn: '2021-12-30',
    receivedOn: '2022-01-03',
  });
  await insertSignal('ddas-signal-2020', d!, {
    partner: 'WATER',
    signalledOn: '2020-12-30',
    receivedOn: '2020-12-31',
  });
  await insertSignal('ddas-signal-late', b!, {
    kind: 'LAAT',
    partner: 'ZORG',
    signalledOn: '2021-03-01',
    receivedOn: '2021-03-02',
  });

  deliveryKey = await graph.gateway.keys.create({
    name: 'DDAS delivery',
    organisationId: 'org-gemeente-leeuwarden',
    organisationKind: 'MUNICIPALITY',
    scopes: ['debt:read', 'clients:read', 'personal-data'],
  });
  ({ secret: keyWithoutPersonalData } = await graph.gateway.keys.create({
    name: 'DDAS without personal data',
    organisationId: 'org-gemeente-leeuwarden',
    organisationKind: 'MUNICIPALITY',
    scopes: ['debt:read', 'clients:read'],
  }));
  out = join(tempDir(), 'levering');
  progress = [];
  await runDdas({
    argv: [...PERIOD, '--out', out, '--page-size', '40'],
    env: env(deliveryKey.secret),
    now: new Date('2026-01-15T08:00:00Z'),
    progress: (line) => progress.push(line),
  });
  written = {
    schuldhulpverlening: JSON.parse(readFileSync(join(out, 'schuldhulpverlening.json'), 'utf8')),
    vroegsignalen: JSON.parse(readFileSync(join(out, 'vroegsignalen.json'), 'utf8')),
  };
}, 240_000);
afterAll(async () => {
  // The files hold (synthetic) personal data: none is left behind.
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

const pseudonym = (bsn: string) => createHmac('sha256', SECRET).update(bsn).digest('hex');

describe('pnpm ddas through the gateway', () => {
  it('writes both documents, each valid against its DDAS schema, and says what it did (BR-DB46)', () => {
    expect(schemaProblems('schuldhulpverlening.json', written.schuldhulpverlening)).toEqual([]);
    expect(schemaProblems('vroegsignalen.json', written.vroegsignalen)).toEqual([]);
    expect(written.schuldhulpverlening).toMatchObject({
      startdatumLevering: '2021-01-01',
      einddatumLevering: '2021-12-31',
      aanleverdatumEnTijd: '2026-01-15T08:00:00Z',
      leveringen: [{ teller: 1, aanleverende_organisatie: { gemeentecode: '0080' } }],
    });
    expect(progress.join('\n')).toMatch(/schuldhulpverlening\.json: \d+ trajectories, valid/);
  });

  it('delivers every case that ran in 2021, as it stood at the end of 2021, and no other (BR-DB40, BR-DB42)', async () => {
    const trajectories: Json[] = written.schuldhulpverlening.leveringen[0].schuldhulptrajecten;
    const [expected] = await sql(
      graph.debt,
      `select count(*)::int as n from debt.debt_cases
       where registered_on <= '2021-12-31' and (outflow_on is null or outflow_on >= '2021-01-01')`,
    );
    expect(trajectories).toHaveLength(Number(expected!.n));
    const couple = trajectories.find((t) => t.startdatum === '2021-02-01' && t.client.length === 2);
    expect(couple).toMatchObject({
      einddatum: '2021-11-30',
      aanmelding: { startdatum: '2021-02-01', einddatum: '2021-02-10', crisisinterventie: true },
      intake: { startdatum: '2021-02-10', einddatum: '2021-03-01' },
      oplossing: { startdatum: '2021-05-01', einddatum: '2021-09-01', soort: 'Schuldbemiddeling' },
      uitstroom: { datum: '2021-11-30', reden: 'Afgerond' },
      crisisinterventies: [{ startdatum: '2021-02-02', einddatum: '2021-02-04' }],
      begeleiding: [{ soort: 'Budgetbeheer', startdatum: '2021-03-01', einddatum: '2021-10-01' }],
    });
    expect(couple!.client.map((c: Json) => c.burgerservicenummer).sort()).toEqual(
      people.couple.map((p) => pseudonym(p.bsn)).sort(),
    );
    const pseudonyms = trajectories.flatMap((t) => t.client.map((c: Json) => c.burgerservicenummer));
    expect(pseudonyms).toContain(pseudonym(people.singles[0]!.bsn));
    expect(pseudonyms).not.toContain(pseudonym(people.singles[1]!.bsn));
  });

  it('delivers the early signals received in 2021, with their attempts, and no other (BR-DB41)', async () => {
    const signals: Json[] = written.vroegsignalen.vroegsignalen;
    const [expected] = await sql(
      graph.debt,
      `select count(*)::int as n from debt.debt_signals
       where kind = 'VROEG' and received_on between '2021-01-01' and '2021-12-31'`,
    );
    expect(signals).toHaveLength(Number(expected!.n));
    expect(
      signals.find((s) => s.signaaldatum === '2021-06-01' && s.signaalpartner.type === 'Huur'),
    ).toMatchObject({
      bedrag: 640,
      crisissignaal: false,
      status: 'Opgepakt',
      vroegsignaalzaak: {
        datum_opgepakt: '2021-06-04',
        contactpogingen: [
          { soort: 'Brief', bereikt: false, datum: '2021-06-03', dagdeel: 'Ochtend' },
          { soort: 'SMS/Whatsapp', bereikt: true, datum: '2021-06-04', dagdeel: 'Middag' },
        ],
      },
    });
    expect(signals.map((s) => s.signaaldatum)).not.toContain('2021-12-30');
    expect(signals.map((s) => s.signaaldatum)).not.toContain('2020-12-30');
  });

  it('writes no BSN, name or street in clear (BR-DB43)', async () => {
    const text = ['schuldhulpverlening.json', 'vroegsignalen.json']
      .map((name) => readFileSync(join(out, name), 'utf8'))
      .join('\n');
    const everyone = await sql(
      graph.clients,
      'select bsn, name, address from clients.clients where bsn is not null',
    );
    for (const { bsn, name, address } of everyone) {
      expect(text).not.toContain(`"${bsn}"`);
      expect(text).not.toContain(String(name));
      expect(text).not.toContain(String(address));
    }
    expect(text).not.toMatch(/client-\d|ddas-case|ddas-signal/);
  });

  it('leaves one access-log entry per person read per subgraph and request, each with the purpose, none for anyone not delivered (BR-DB47, BR-DB48)', async () => {
    const rows = await sql(
      graph.audit,
      `select request_id, source, subject_id, action, purpose, count(*)::int as n from audit.access_log
       where key_id = '${deliveryKey.id}' group by request_id, source, subject_id, action, purpose`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.n === 1 && row.purpose === DDAS_PURPOSE && row.action === 'READ')).toBe(
      true,
    );
    const read = new Set(rows.filter((row) => row.source === 'clients').map((row) => String(row.subject_id)));
    const [a, b, c, d] = people.singles;
    for (const delivered of [...people.couple, a!, c!]) expect(read).toContain(delivered.id);
    for (const notDelivered of [b!, d!]) expect(read).not.toContain(notDelivered.id);
    const [inPeriod] = await sql(
      graph.debt,
      `select count(distinct client_id)::int as n from (
         select cc.client_id from debt.debt_cases dc join debt.debt_case_clients cc on cc.case_id = dc.id
         where dc.registered_on <= '2021-12-31' and (dc.outflow_on is null or dc.outflow_on >= '2021-01-01')
         union select client_id from debt.debt_signals
         where kind = 'VROEG' and received_on between '2021-01-01' and '2021-12-31') x`,
    );
    expect(read.size).toBe(Number(inPeriod!.n));
  });

  it('refuses a key without personal-data, naming the scope, and writes nothing (BR-DB48)', async () => {
    const elsewhere = join(tempDir(), 'levering');
    const run = runDdas({ argv: [...PERIOD, '--out', elsewhere], env: env(keyWithoutPersonalData) });
    await expect(run).rejects.toBeInstanceOf(DdasError);
    await expect(run).rejects.toThrow(
      /lacks a scope the delivery needs \(debt:read, clients:read, personal-data\)/,
    );
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('refuses an unknown key, naming MIENSKIP_API_KEY', async () => {
    const run = runDdas({ argv: [...PERIOD, '--out', out], env: env('msk_nope_0000000000000000') });
    await expect(run).rejects.toThrow(/refused the key: set MIENSKIP_API_KEY/);
  });
});
