import type { TestSubgraph } from '@mienskip/testing';
import { expect } from 'vitest';
import type { TestGraph } from '../graph.ts';
import { sql } from '../rows.ts';
import { AMARYLLIS, type MatrixKey, type ProviderId, THIRD_PARTY, WINDKRACHT } from './keys.ts';

/**
 * Seeded rows of one provider, found in the subgraphs' own tables. A provider sees the residents
 * with an engagement at it and, since youth and debt list them for it (`YouthCaseload`,
 * `DebtCaseload`), every member of the households of the open youth cases it is involved in and of
 * the open debt cases it registered or was referred (BR-KT2 with BR-Y14 and BR-CL17).
 */
export interface ProviderRows {
  organisationId: ProviderId;
  /** A resident with an engagement at this provider and none at the other, that the other cannot see. */
  client: string;
  /** A household with a member at this provider and no member at the other, that the other cannot see. */
  household: string;
  /** A worker of this provider (locations). */
  worker: string;
  /** Residents this provider sees (engaged, or of its youth or debt households), and their households. */
  clientCount: number;
  householdCount: number;
  /** The households of the open youth cases it is involved in, sorted. */
  youthHouseholds: string[];
  /** The households of the open debt cases it registered or was referred, sorted. */
  debtHouseholds: string[];
  /** The members of its youth and debt households: residents it sees without an engagement at it. */
  caseloadClients: string[];
}

/** Seeded youth rows (the youth subgraph's own tables, and clients' for the households). */
export interface YouthRows {
  /** Every youth case. */
  caseCount: number;
  /**
   * An open Jeugdwet case with a process director, that Windkracht058 is not involved in (Amaryllis,
   * the basis provider, opens most cases: `involved` says whether it is), of a household with no
   * member engaged at either matrix provider (so that clients shows it to a provider only through
   * youth: `ProviderRows.youthHouseholds`).
   */
  case: string;
  household: string;
  /** A child of that case. */
  child: string;
  /** The cases each matrix provider is involved in (BR-Y10), by id, sorted. */
  involved: Record<ProviderId, string[]>;
  /** The households of the open cases the JET (org-jet) is involved in: what clients lets the JET see. */
  jetHouseholds: string[];
  /** One of those with no member engaged at either matrix provider. */
  jetHousehold: string;
  /** A household of no youth case at all. */
  unrelatedHousehold: string;
}

export const JET = 'org-jet';

/**
 * Debt rows the matrix asks about: made through the gateway with the municipal key before the seed is
 * read (`addDebtRows`), so that they exist whatever debt's seed holds, and found with whatever the seed
 * wrote in debt's own tables.
 */
export interface DebtRows {
  /**
   * An open case the municipality registered, after its first conversation, referred to the third
   * party (curative debt help), with a crisis; of a household of no youth case and with no member
   * engaged at either matrix provider (so that clients shows it to a provider only through debt).
   */
  case: string;
  /** Its debtor, and its household. */
  client: string;
  household: string;
  /** An open case the municipality registered that is referred to nobody, and its household. */
  otherCase: string;
  otherHousehold: string;
  /** A signal about the case's debtor, handled by the municipality. */
  signal: string;
  /** The cases each matrix provider and the third party registered or were referred (BR-DB9), sorted. */
  involved: Record<ProviderId | typeof THIRD_PARTY, string[]>;
  /** The households of the open cases the third party was referred (its `DebtCaseload`), sorted. */
  thirdPartyHouseholds: string[];
  /** The signals each matrix provider handles (BR-DB9), sorted. */
  handled: Record<ProviderId, string[]>;
  /** Every case and every signal. */
  caseCount: number;
  signalCount: number;
}

export interface Seed {
  providers: Record<ProviderId, ProviderRows>;
  youth: YouthRows;
  debt: DebtRows;
  /** A basis worker holding regie over many households, of both providers' clients. */
  coordinator: string;
  /** A room with presence slots of several organisations. */
  room: string;
  area: string;
  lumpsum: string;
}

export { sql };

async function one(subgraph: TestSubgraph, statement: string): Promise<string> {
  const [row] = await sql(subgraph, statement);
  if (!row) throw new Error(`No seeded row for: ${statement}`);
  return String(Object.values(row)[0]);
}

const atOrg = (client: string, org: string) =>
  `exists (select 1 from clients.engagements e where e.client_id = ${client} and e.organisation_id = '${org}')`;

const inList = (values: readonly string[]) => values.map((id) => `'${id}'`).join(', ') || "''";

/** The households of the open youth cases an organisation is involved in (what youth lists for clients). */
const youthHouseholdsOf = (graph: TestGraph, org: string) =>
  ids(
    graph.youth,
    `select distinct household_id from youth.youth_cases
     where closed_on is null and id in (${involvedCases(org)}) order by household_id`,
  );

/** The households of the open debt cases an organisation registered or was referred (what debt lists for clients). */
const debtHouseholdsOf = (graph: TestGraph, org: string) =>
  ids(
    graph.debt,
    `select distinct household_id from debt.debt_cases
     where outflow_on is null and id in (${involvedDebtCases(org)}) order by household_id`,
  );

/** An organisation's caseload households, youth's and debt's. */
interface Caseloads {
  youth: string[];
  debt: string[];
}
const caseloadOf = ({ youth, debt }: Caseloads) => [...new Set([...youth, ...debt])].sort();

async function providerRows(
  graph: TestGraph,
  org: ProviderId,
  other: ProviderId,
  caseloads: Record<ProviderId, Caseloads>,
): Promise<ProviderRows> {
  const own = inList(caseloadOf(caseloads[org]));
  const others = inList(caseloadOf(caseloads[other]));
  /** Whether this provider sees the resident `c` (an engagement at it, or one of its youth or debt households). */
  const seen = `(${atOrg('c.id', org)} or c.household_id in (${own}))`;
  const [client, household, worker, clientCount, householdCount, caseloadClients] = await Promise.all([
    one(
      graph.clients,
      `select c.id from clients.clients c where ${atOrg('c.id', org)} and not ${atOrg('c.id', other)}
         and c.household_id not in (${others}) order by c.id limit 1`,
    ),
    one(
      graph.clients,
      `select h.id from clients.households h
       where exists (select 1 from clients.clients c where c.household_id = h.id and ${atOrg('c.id', org)})
         and not exists (select 1 from clients.clients c where c.household_id = h.id and ${atOrg('c.id', other)})
         and h.id not in (${others})
       order by h.id limit 1`,
    ),
    one(
      graph.locations,
      `select id from locations.workers where organisation_id = '${org}' order by id limit 1`,
    ),
    one(graph.clients, `select count(*) from clients.clients c where ${seen}`),
    one(graph.clients, `select count(distinct c.household_id) from clients.clients c where ${seen}`),
    ids(graph.clients, `select id from clients.clients where household_id in (${own}) order by id`),
  ]);
  return {
    organisationId: org,
    client,
    household,
    worker,
    clientCount: Number(clientCount),
    householdCount: Number(householdCount),
    youthHouseholds: caseloads[org].youth,
    debtHouseholds: caseloads[org].debt,
    caseloadClients,
  };
}

/**
 * The cases an organisation is involved in, as BR-Y10 states it (written here from the rule, not taken
 * from youth's code): it opened the case, its worker directs it, it gives light support, it was
 * consulted or decided as the JET, the case was referred to it, or it cooperates on it as the GI.
 */
export const involvedCases = (org: string) => `
  select id from youth.youth_cases where opened_by_organisation_id = '${org}' or process_director_organisation_id = '${org}'
  union select case_id from youth.light_parenting_support where organisation_id = '${org}'
  union select case_id from youth.jet_consultations where expert_organisation_id = '${org}'
  union select case_id from youth.jet_decisions where organisation_id = '${org}'
  union select case_id from youth.youth_referrals where organisation_id = '${org}'
  union select case_id from youth.gi_cooperations where organisation_id = '${org}'`;

/**
 * The debt cases an organisation may see, as BR-DB9 states it (written here from the rule, not taken
 * from debt's code): it registered the case, or the case was referred to it.
 */
export const involvedDebtCases = (org: string) => `
  select id from debt.debt_cases where opened_by_organisation_id = '${org}'
  union select case_id from debt.debt_referrals where organisation_id = '${org}'`;

export const ids = async (subgraph: TestSubgraph, statement: string) =>
  (await sql(subgraph, statement)).map((row) => String(Object.values(row)[0]));

async function youthRows(graph: TestGraph): Promise<YouthRows> {
  const [caseCount, windkracht, amaryllis, jetHouseholds] = await Promise.all([
    one(graph.youth, 'select count(*) from youth.youth_cases'),
    ids(graph.youth, `select id from (${involvedCases(WINDKRACHT)}) x order by id`),
    ids(graph.youth, `select id from (${involvedCases(AMARYLLIS)}) x order by id`),
    ids(
      graph.youth,
      `select distinct household_id from youth.youth_cases
       where closed_on is null and id in (${involvedCases(JET)}) order by household_id`,
    ),
  ]);
  const candidates = await sql(
    graph.youth,
    `select c.id, c.household_id, (select min(client_id) from youth.youth_case_children k where k.case_id = c.id) as child
     from youth.youth_cases c
     where c.route = 'JEUGDWET' and c.closed_on is null and c.process_director_id is not null
       and c.id not in (${inList(windkracht)})
     order by c.id in (${inList(amaryllis)}), c.id limit 200`,
  );
  if (candidates.length === 0) throw new Error('No open Jeugdwet case in the youth seed');
  const households = inList([...candidates.map((row) => String(row.household_id)), ...jetHouseholds]);
  const [engagedHouseholds, unrelated] = await Promise.all([
    ids(
      graph.clients,
      `select distinct c.household_id from clients.clients c
       where c.household_id in (${households})
         and (${atOrg('c.id', WINDKRACHT)} or ${atOrg('c.id', AMARYLLIS)})`,
    ),
    ids(graph.youth, 'select distinct household_id from youth.youth_cases').then((all) =>
      one(
        graph.clients,
        `select id from clients.households where id not in (${inList(all)}) order by id limit 1`,
      ),
    ),
  ]);
  const engaged = new Set(engagedHouseholds);
  const chosen = candidates.find((row) => !engaged.has(String(row.household_id)));
  if (!chosen) throw new Error('Every open Jeugdwet case is of a household engaged at a matrix provider');
  const jetHousehold = jetHouseholds.find((id) => !engaged.has(id));
  if (!jetHousehold) throw new Error('The JET has no open case of a household outside the matrix providers');
  return {
    caseCount: Number(caseCount),
    case: String(chosen.id),
    household: String(chosen.household_id),
    child: String(chosen.child),
    involved: { [WINDKRACHT]: windkracht, [AMARYLLIS]: amaryllis } as Record<ProviderId, string[]>,
    jetHouseholds,
    jetHousehold,
    unrelatedHousehold: unrelated,
  };
}

export async function findSeed(graph: TestGraph, debt: DebtFound): Promise<Seed> {
  const caseloads = async (org: ProviderId): Promise<Caseloads> => ({
    youth: await youthHouseholdsOf(graph, org),
    debt: await debtHouseholdsOf(graph, org),
  });
  const caseloadsOf = {
    [WINDKRACHT]: await caseloads(WINDKRACHT),
    [AMARYLLIS]: await caseloads(AMARYLLIS),
  } as Record<ProviderId, Caseloads>;
  const [windkracht, amaryllis, youth, debtRows, coordinator, room] = await Promise.all([
    providerRows(graph, WINDKRACHT, AMARYLLIS, caseloadsOf),
    providerRows(graph, AMARYLLIS, WINDKRACHT, caseloadsOf),
    youthRows(graph),
    debtRowsOf(graph, debt),
    // The busiest coordinator whose households include clients of both providers.
    one(
      graph.clients,
      `select a.worker_id from clients.coordinator_assignments a
       join clients.clients c on c.household_id = a.household_id
       where a.ended_on is null and ${atOrg('c.id', WINDKRACHT)}
       group by a.worker_id order by count(distinct a.household_id) desc, a.worker_id limit 1`,
    ),
    one(
      graph.locations,
      `select room_id from locations.presence_slots where organisation_id is not null
       group by room_id order by count(distinct organisation_id) desc, room_id limit 1`,
    ),
  ]);
  return {
    providers: { [WINDKRACHT]: windkracht, [AMARYLLIS]: amaryllis } as Record<ProviderId, ProviderRows>,
    youth,
    debt: debtRows,
    coordinator,
    room,
    area: 'area-noord',
    lumpsum: 'lumpsum-2021-todb',
  };
}

/** The debt rows `addDebtRows` made, by id. */
export type DebtFound = Pick<
  DebtRows,
  'case' | 'client' | 'household' | 'otherCase' | 'otherHousehold' | 'signal'
>;

async function debtRowsOf(graph: TestGraph, found: DebtFound): Promise<DebtRows> {
  const involvedOf = (org: string) =>
    ids(graph.debt, `select id from (${involvedDebtCases(org)}) x order by id`);
  const handledBy = (org: string) =>
    ids(graph.debt, `select id from debt.debt_signals where organisation_id = '${org}' order by id`);
  const [windkracht, amaryllis, thirdParty, thirdPartyHouseholds, signalsW, signalsA, cases, signals] =
    await Promise.all([
      involvedOf(WINDKRACHT),
      involvedOf(AMARYLLIS),
      involvedOf(THIRD_PARTY),
      debtHouseholdsOf(graph, THIRD_PARTY),
      handledBy(WINDKRACHT),
      handledBy(AMARYLLIS),
      one(graph.debt, 'select count(*) from debt.debt_cases'),
      one(graph.debt, 'select count(*) from debt.debt_signals'),
    ]);
  return {
    ...found,
    involved: { [WINDKRACHT]: windkracht, [AMARYLLIS]: amaryllis, [THIRD_PARTY]: thirdParty } as Record<
      ProviderId | typeof THIRD_PARTY,
      string[]
    >,
    thirdPartyHouseholds,
    handled: { [WINDKRACHT]: signalsW, [AMARYLLIS]: signalsA } as Record<ProviderId, string[]>,
    caseCount: Number(cases),
    signalCount: Number(signals),
  };
}

/** Runs a mutation through the gateway with the municipal key; fails on errors and error payloads. */
function municipalRunner(graph: TestGraph, municipal: MatrixKey) {
  return async (query: string, variables: Record<string, unknown>) => {
    const response = await graph.gateway.query<
      Record<string, { __typename: string; id?: string; version?: number }>
    >(query, {
      key: municipal.secret,
      variables,
    });
    expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
    const result = Object.values(response.body.data!)[0]!;
    expect(result.__typename, JSON.stringify(response.body)).not.toMatch(/Error$/);
    return result;
  };
}

/**
 * Debt rows the matrix needs whatever debt's seed holds, made through the gateway with the municipal
 * key before the seed is read: two open cases of two residents of households of no youth case, no
 * member of which is engaged at either matrix provider, and with no open debt case yet — the first
 * after its first conversation, referred to the third party (curative debt help) and with a crisis,
 * the second referred to nobody — and a signal about the first debtor.
 */
export async function addDebtRows(graph: TestGraph, municipal: MatrixKey): Promise<DebtFound> {
  const run = municipalRunner(graph, municipal);
  const [youthHouseholds, debtors] = await Promise.all([
    ids(graph.youth, 'select distinct household_id from youth.youth_cases'),
    ids(graph.debt, 'select client_id from debt.debt_case_clients where open'),
  ]);
  const candidates = await sql(
    graph.clients,
    `select c.id, c.household_id from clients.clients c
     where c.household_id not in (${inList(youthHouseholds)}) and c.id not in (${inList(debtors)})
       and not exists (select 1 from clients.clients m where m.household_id = c.household_id
                       and (${atOrg('m.id', WINDKRACHT)} or ${atOrg('m.id', AMARYLLIS)}))
     order by c.household_id, c.id limit 200`,
  );
  const [first, second] = candidates.filter(
    (row, i) => i === 0 || row.household_id !== candidates[i - 1]!.household_id,
  );
  if (!first || !second) throw new Error('No two households outside youth and the matrix providers');
  const OPEN = `mutation ($input: OpenDebtCaseInput!) { openDebtCase(input: $input) { __typename ... on DebtCase { id version } ... on Error { message } } }`;
  const open = (client: unknown, registeredOn: string, signalId?: string) =>
    run(OPEN, { input: { clientIds: [String(client)], registeredOn, ...(signalId && { signalId }) } });
  const signal = await run(
    `mutation ($input: RegisterDebtSignalInput!) { registerDebtSignal(input: $input) { __typename ... on DebtSignal { id } ... on Error { message } } }`,
    {
      input: {
        clientId: String(first.id),
        kind: 'VROEG',
        partner: 'ENERGIE',
        signalledOn: '2021-02-01',
        receivedOn: '2021-02-03',
        arrears: '850.00',
      },
    },
  );
  const referred = await open(first.id, '2021-03-01', signal.id);
  const other = await open(second.id, '2021-06-01');
  await run(
    `mutation ($input: RecordFirstConversationInput!) { recordFirstConversation(input: $input) { __typename ... on Error { message } } }`,
    { input: { caseId: referred.id, on: '2021-03-15', expectedVersion: referred.version } },
  );
  await run(
    `mutation ($input: ReferDebtCaseInput!) { referDebtCase(input: $input) { __typename ... on Error { message } } }`,
    {
      input: {
        caseId: referred.id,
        kind: 'CURATIEVE_SCHULDHULPVERLENING',
        organisationId: THIRD_PARTY,
        startedOn: '2021-04-01',
        reviewOn: '2022-03-01',
      },
    },
  );
  await run(
    `mutation ($input: ReportDebtCrisisInput!) { reportDebtCrisis(input: $input) { __typename ... on Error { message } } }`,
    { input: { caseId: referred.id, kind: 'AFSLUITING_GAS', reportedOn: '2021-05-11' } },
  );
  return {
    case: referred.id!,
    client: String(first.id),
    household: String(first.household_id),
    otherCase: other.id!,
    otherHousehold: String(second.household_id),
    signal: signal.id!,
  };
}

/**
 * Rows the seed lacks, made through the gateway with the municipal key before the matrix runs:
 * subsidies for both providers, and redistribution requests, one the two matrix providers ask
 * together and one neither is part of (on a 2022 basis + TO/DB lumpsum made for it, shared by the
 * household-help providers: only a basis + TO/DB lumpsum is redistributed, BR-F3).
 */
export async function addRows(graph: TestGraph, municipal: MatrixKey): Promise<void> {
  const run = municipalRunner(graph, municipal);
  const GRANT = `mutation ($input: GrantSubsidyInput!) { grantSubsidy(input: $input) { __typename ... on Error { message } } }`;
  for (const organisationId of [WINDKRACHT, AMARYLLIS, 'org-vol']) {
    await run(GRANT, {
      input: { organisationId, year: 2021, purpose: `Matrix ${organisationId}`, amount: '1000.00' },
    });
  }
  const REQUEST = `mutation ($input: RequestRedistributionInput!) { requestRedistribution(input: $input) { __typename ... on Error { message } } }`;
  const request = (lumpsumId: string, shares: [string, string][]) =>
    run(REQUEST, {
      input: {
        lumpsumId,
        motivation: 'Matrix: more clients in aanvullend than foreseen.',
        requestedBy: shares.map(([organisationId]) => organisationId),
        clientCounts: shares.map(([organisationId], i) => ({ organisationId, clients: 10 + i })),
        shares: shares.map(([organisationId, amount]) => ({ organisationId, amount })),
      },
    });
  await request('lumpsum-2021-todb', [
    [AMARYLLIS, '18000000.00'],
    [WINDKRACHT, '7844938.00'],
  ]);
  const CREATE = `mutation ($input: CreateLumpsumInput!) { createLumpsum(input: $input) { __typename ... on Lumpsum { id } ... on Error { message } } }`;
  const other = await run(CREATE, {
    input: {
      year: 2022,
      title: 'Matrix: basis + aanvullend 2022',
      lots: ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'],
      baseAmount: '10000000.00',
      decidedAmount: '10000000.00',
      lines: [],
      shares: [
        { organisationId: 'org-miep', amount: '6000000.00' },
        { organisationId: 'org-thfl', amount: '4000000.00' },
      ],
    },
  });
  await request(other.id!, [
    ['org-miep', '5000000.00'],
    ['org-thfl', '5000000.00'],
  ]);
}
