import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';
import { keysCli } from './keys-cli.ts';
import { ids, involvedDebtCases } from './matrix/seed.ts';
import { sql, tableFingerprint } from './rows.ts';

// The debt issue's operations and its "done when", through the real gateway, every subgraph of the
// catalogue (debt asks clients for households and members, budget for organisations) and the access
// log. Each refusal of the "done when" is asked here once, end to end; its variants are guarded in
// packages/debt (tests/cases.test.ts, tests/reads.test.ts, tests/domain/*).

const MUNICIPALITY = 'org-gemeente-leeuwarden';
const CURATIEVE = 'org-curatieve-schuldhulp';
const DAY_MS = 86_400_000;

let graph: TestGraph;
let gateway: TestGateway;
let thirdPartyKey: string;
let statisticsKey: string;
let auditorKey: string;
let debtTables: () => Promise<Record<string, string>>;

/** A key as a partner or a reporting tool gets it: with the keys CLI, its organisation's kind looked up. */
async function cliKey(organisationId: string, scopes: string[]): Promise<string> {
  const { lastLine } = await keysCli(
    ['create', '--org', organisationId, '--name', `debt ${organisationId}`, '--scopes', scopes.join(',')],
    { MIENSKIP_GATEWAY_URL: gateway.url, MIENSKIP_ADMIN_KEY: gateway.municipalKey },
  );
  return lastLine;
}

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
  [thirdPartyKey, statisticsKey, auditorKey] = await Promise.all([
    cliKey(CURATIEVE, ['clients:read', 'debt:read', 'personal-data']),
    cliKey(MUNICIPALITY, ['statistics']),
    cliKey(MUNICIPALITY, ['clients:read', 'audit']),
  ]);
  debtTables = await tableFingerprint({ debt: graph.debt });
}, 180_000);
afterAll(() => graph?.close());

// biome-ignore lint/suspicious/noExplicitAny: answers are walked as plain JSON
type Json = Record<string, any>;

/** As the municipality (the gateway's municipal key, every scope), failing the test on errors. */
async function asMunicipality<T = Json>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await gateway.query<T>(query, { variables });
  expect(response.body.errors, JSON.stringify(response.body).slice(0, 2000)).toBeUndefined();
  return response.body.data!;
}

/** A mutation as the municipality that must succeed: its payload (not an error type). */
async function write(mutation: string, input: Record<string, unknown>): Promise<Json> {
  const data = await asMunicipality<Json>(mutation, { input });
  const payload = Object.values(data)[0];
  expect(payload.__typename, JSON.stringify(payload)).not.toMatch(/Error$/);
  return payload;
}

/** A refused mutation: a typed error in the payload, and no table of debt changed. */
async function expectRefused(
  mutation: string,
  input: Record<string, unknown>,
  typename: string,
): Promise<Json> {
  const before = await debtTables();
  const response = await gateway.query<Json>(mutation, { variables: { input } });
  expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
  const payload = Object.values(response.body.data!)[0];
  expect(payload, JSON.stringify(response.body)).toMatchObject({
    __typename: typename,
    message: expect.any(String),
  });
  expect(await debtTables()).toEqual(before);
  return payload;
}

const M = (name: string, inputType: string, selection = '') =>
  `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename ${selection} ... on Error { message } } }`;
const OPEN = M('openDebtCase', 'OpenDebtCaseInput', '... on DebtCase { id version household { id } }');
const FIRST_CONVERSATION = M(
  'recordFirstConversation',
  'RecordFirstConversationInput',
  '... on DebtCase { version }',
);
const ADVANCE = M(
  'advanceDebtPhase',
  'AdvanceDebtPhaseInput',
  '... on DebtPhaseBackwardsError { phase currentPhase }',
);
const REFER = M(
  'referDebtCase',
  'ReferDebtCaseInput',
  '... on DebtReferral { id version reviewOn overdue } ... on ValidationError { field }',
);
const END_REFERRAL = M('endDebtReferral', 'EndDebtReferralInput', '... on DebtReferral { endedOn overdue }');
const CLOSE = M(
  'closeDebtCase',
  'CloseDebtCaseInput',
  '... on DebtCase { phase } ... on DebtReferralOpenError { referralIds }',
);
const REPORT_CRISIS = M(
  'reportDebtCrisis',
  'ReportDebtCrisisInput',
  '... on DebtCrisis { id version deadline withinThreeWorkingDays }',
);
const CRISIS_CONVERSATION = M(
  'recordCrisisConversation',
  'RecordCrisisConversationInput',
  '... on DebtCrisis { firstConversationOn deadline withinThreeWorkingDays }',
);

const inList = (values: readonly string[]) => values.map((id) => `'${id}'`).join(', ') || "''";

/** Clients with an open debt case now. */
const debtors = () =>
  ids(graph.debt, 'select client_id from debt.debt_case_clients where open order by client_id');

/**
 * Residents of distinct households with no open debt case, `perHousehold` members from each (a
 * household with at least that many members), never one handed out before in this file.
 */
const handedOut = new Set<string>();
async function freeClients(households: number, perHousehold = 1): Promise<string[][]> {
  const busy = [...(await debtors()), ...handedOut];
  const rows = await sql(
    graph.clients,
    `select household_id, array_agg(id order by id) as members from clients.clients
     where id not in (${inList(busy)}) group by household_id
     having count(*) >= ${perHousehold} order by household_id limit ${households}`,
  );
  expect(rows, 'free households in the clients seed').toHaveLength(households);
  const picked = rows.map((row) => (row.members as string[]).slice(0, perHousehold));
  for (const member of picked.flat()) handedOut.add(member);
  return picked;
}

/** One resident with no open debt case, of a household no other test of this file used. */
const freeClient = async () => (await freeClients(1))[0]![0]!;

/** The Wgs four-week norm of a case as the rule states it (BR-DB15), from its dates and today. */
function fourWeeks(registeredOn: string, firstConversationOn: string | null): string {
  const term = new Date(Date.parse(registeredOn) + 28 * DAY_MS).toISOString().slice(0, 10);
  if (firstConversationOn) return firstConversationOn <= term ? 'MET' : 'MISSED';
  return new Date().toISOString().slice(0, 10) > term ? 'MISSED' : 'PENDING';
}

describe('the debt issue’s operations through the gateway', () => {
  it('(a) five cases with their clients, each with the four-week norm (MET, MISSED or PENDING)', async () => {
    type Case = {
      id: string;
      phase: string;
      clients: { id: string }[];
      registeredOn: string;
      firstConversationOn: string | null;
      withinFourWeeks: string;
    };
    const { debtCases } = await asMunicipality<{
      debtCases: { totalCount: number; edges: { node: Case }[] };
    }>(
      '{ debtCases(first: 5) { totalCount edges { node { id phase clients { id } registeredOn firstConversationOn withinFourWeeks } } } }',
    );
    const [count] = await sql(graph.debt, 'select count(*)::int as n from debt.debt_cases');
    expect(debtCases.totalCount).toBe(count!.n);
    expect(debtCases.edges).toHaveLength(5);
    for (const { node } of debtCases.edges) {
      const stored = await ids(
        graph.debt,
        `select client_id from debt.debt_case_clients where case_id = '${node.id}' order by client_id`,
      );
      expect(node.clients.map((c) => c.id).sort(), node.id).toEqual(stored);
      expect(stored.length, node.id).toBeGreaterThanOrEqual(1);
      expect(stored.length, node.id).toBeLessThanOrEqual(2);
      expect(node.withinFourWeeks, node.id).toBe(fourWeeks(node.registeredOn, node.firstConversationOn));
    }
    // The clients come from clients: the same five cases with their names.
    const named = await asMunicipality<{ debtCases: { edges: { node: { clients: { name: string }[] } }[] } }>(
      '{ debtCases(first: 5) { edges { node { clients { name } } } } }',
    );
    for (const { node } of named.debtCases.edges)
      for (const client of node.clients) expect(client.name).toEqual(expect.any(String));
  });

  it('(a) every value of the norm occurs: MET and MISSED in the seed, PENDING for a case registered today', async () => {
    const norms = async (where: string) => {
      const [row] = await sql(
        graph.debt,
        `select id from debt.debt_cases where ${where} order by id limit 1`,
      );
      expect(row, where).toBeDefined();
      const { debtCase } = await asMunicipality<{ debtCase: { withinFourWeeks: string } }>(
        'query ($id: ID!) { debtCase(id: $id) { withinFourWeeks } }',
        { id: row!.id },
      );
      return debtCase.withinFourWeeks;
    };
    expect(await norms(`intake_on <= registered_on + 28`)).toBe('MET');
    expect(await norms(`intake_on > registered_on + 28`)).toBe('MISSED');
    const client = await freeClient();
    const opened = await write(OPEN, { clientIds: [client] });
    const { debtCase } = await asMunicipality<{ debtCase: Json }>(
      'query ($id: ID!) { debtCase(id: $id) { phase withinFourWeeks registeredOn } }',
      { id: opened.id },
    );
    expect(debtCase).toEqual({
      phase: 'REGISTRATION',
      withinFourWeeks: 'PENDING',
      registeredOn: new Date().toISOString().slice(0, 10),
    });
  });

  it('(b) a second case for a client with an open case answers OpenDebtCaseExistsError and changes nothing', async () => {
    const [client] = await debtors();
    expect(client, 'a client with an open case in the seed').toBeDefined();
    const [open] = await ids(
      graph.debt,
      `select case_id from debt.debt_case_clients where client_id = '${client}' and open`,
    );
    const response = await gateway.query<{ openDebtCase: Json }>(
      `mutation { openDebtCase(input: { clientIds: ["${client}"], registeredOn: "2021-03-01" }) { __typename ... on Error { message } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.openDebtCase).toEqual({
      __typename: 'OpenDebtCaseExistsError',
      message: expect.stringContaining(client!),
    });
    // Nothing changed: the same tables, and the client's one open case.
    const before = await debtTables();
    const again = await gateway.query<{ openDebtCase: Json }>(
      `mutation { openDebtCase(input: { clientIds: ["${client}"], registeredOn: "2021-03-01" }) { __typename ... on OpenDebtCaseExistsError { clientId caseId } } }`,
    );
    expect(again.body.data!.openDebtCase).toEqual({
      __typename: 'OpenDebtCaseExistsError',
      clientId: client,
      caseId: open,
    });
    expect(await debtTables()).toEqual(before);
  });

  it('(c) statistics for a statistics-only key from the keys CLI: every phase listed, under the small-number rule', async () => {
    const enums = await asMunicipality<{ phases: { enumValues: { name: string }[] } }>(
      '{ phases: __type(name: "DebtPhase") { enumValues { name } } }',
    );
    const QUERY =
      '{ debtStatistics(from: "2021-01-01", to: "2021-12-31") { casesByPhase { phase cases { value secret rounded } } withinFourWeeks { value secret rounded } crisesWithinThreeWorkingDays { value secret rounded } } }';
    type Count = { value: number | null; secret: boolean; rounded: boolean };
    type Stats = {
      debtStatistics: {
        casesByPhase: { phase: string; cases: Count }[];
        withinFourWeeks: Count;
        crisesWithinThreeWorkingDays: Count;
      };
    };
    const response = await gateway.query<Stats>(QUERY, { key: statisticsKey });
    expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
    const stats = response.body.data!.debtStatistics;
    expect(stats.casesByPhase.map((r) => r.phase)).toEqual(enums.phases.enumValues.map((v) => v.name));
    const all = [
      ...stats.casesByPhase.map((r) => r.cases),
      stats.withinFourWeeks,
      stats.crisesWithinThreeWorkingDays,
    ];
    // The municipality's exact figures, published under the rule: null when 0–7, otherwise rounded to fives.
    const exact = (await asMunicipality<Stats>(QUERY)).debtStatistics;
    const exactAll = [
      ...exact.casesByPhase.map((r) => r.cases),
      exact.withinFourWeeks,
      exact.crisesWithinThreeWorkingDays,
    ];
    all.forEach((count, i) => {
      const value = exactAll[i]!.value!;
      if (value <= 7) expect(count).toEqual({ value: null, secret: true, rounded: false });
      else expect(count).toEqual({ value: Math.round(value / 5) * 5, secret: false, rounded: true });
    });
    // Something to publish and something to hide: the seed has cases in 2021.
    expect(all.some((count) => count.value !== null)).toBe(true);
    // Only statistics: a case list is refused to the same key.
    const refused = await gateway.query('{ debtCases(first: 1) { totalCount } }', { key: statisticsKey });
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('refusals with typed errors that change nothing (done when)', () => {
  it('a phase going back: DebtPhaseBackwardsError', async () => {
    const [row] = await sql(
      graph.debt,
      `select id, version from debt.debt_cases where stabilisation_on is not null and solution_on is null
         and aftercare_on is null and outflow_on is null order by id limit 1`,
    );
    expect(row, 'an open case in stabilisation in the seed').toBeDefined();
    const refused = await expectRefused(
      ADVANCE,
      { caseId: row!.id, phase: 'INTAKE', expectedVersion: row!.version },
      'DebtPhaseBackwardsError',
    );
    expect(refused).toMatchObject({ phase: 'INTAKE', currentPhase: 'STABILISATION' });
  });

  it('a case for more than two people: TooManyDebtorsError', async () => {
    const [members] = await freeClients(1, 3);
    await expectRefused(OPEN, { clientIds: members, registeredOn: '2021-03-01' }, 'TooManyDebtorsError');
  });

  it('a case for two people not of one household: DebtorsNotOneHouseholdError', async () => {
    const [[one], [other]] = (await freeClients(2)) as [string[], string[]];
    await expectRefused(
      OPEN,
      { clientIds: [one, other], registeredOn: '2021-03-01' },
      'DebtorsNotOneHouseholdError',
    );
  });

  it('a referral that outlives its need (BR-DB11): a review day a year ahead at most, overdue once past it, and no outflow while it runs', async () => {
    const client = await freeClient();
    const opened = await write(OPEN, { clientIds: [client], registeredOn: '2021-03-01' });
    await write(FIRST_CONVERSATION, {
      caseId: opened.id,
      on: '2021-03-10',
      expectedVersion: opened.version,
    });
    // A referral without a review within a year is refused.
    const tooLong = await expectRefused(
      REFER,
      {
        caseId: opened.id,
        kind: 'BUDGETBEHEER',
        organisationId: 'org-budgetbeheer',
        startedOn: '2021-04-01',
        reviewOn: '2022-04-02',
      },
      'ValidationError',
    );
    expect(tooLong.field).toBe('reviewOn');
    const referral = await write(REFER, {
      caseId: opened.id,
      kind: 'BUDGETBEHEER',
      organisationId: 'org-budgetbeheer',
      startedOn: '2021-04-01',
      reviewOn: '2021-10-01',
    });
    // Its review day passed without a review: it is reported overdue.
    expect(referral).toMatchObject({ reviewOn: '2021-10-01', overdue: true });
    const caseVersion = async () =>
      (await sql(graph.debt, `select version from debt.debt_cases where id = '${opened.id}'`))[0]!.version;
    const blocked = await expectRefused(
      CLOSE,
      { caseId: opened.id, outflowOn: '2021-11-01', reason: 'ZELF', expectedVersion: await caseVersion() },
      'DebtReferralOpenError',
    );
    expect(blocked.referralIds).toEqual([referral.id]);
    // Ended, it is no longer overdue, and the case may flow out.
    const ended = await write(END_REFERRAL, {
      referralId: referral.id,
      endedOn: '2021-10-15',
      expectedVersion: referral.version,
    });
    expect(ended).toMatchObject({ endedOn: '2021-10-15', overdue: false });
    const closed = await write(CLOSE, {
      caseId: opened.id,
      outflowOn: '2021-11-01',
      reason: 'ZELF',
      expectedVersion: await caseVersion(),
    });
    expect(closed.phase).toBe('OUTFLOW');
  });

  it('the crisis norm over a public holiday: three working days after Tuesday 11 May 2021 end on Monday 17 May (Hemelvaartsdag is none)', async () => {
    const client = await freeClient();
    const opened = await write(OPEN, { clientIds: [client], registeredOn: '2021-05-03' });
    const crisis = await write(REPORT_CRISIS, {
      caseId: opened.id,
      kind: 'DREIGENDE_WONINGONTRUIMING',
      reportedOn: '2021-05-11',
    });
    // Without the holiday the third working day would be Friday 14 May.
    expect(crisis).toMatchObject({ deadline: '2021-05-17', withinThreeWorkingDays: 'MISSED' });
    const met = await write(CRISIS_CONVERSATION, {
      crisisId: crisis.id,
      on: '2021-05-17',
      expectedVersion: crisis.version,
    });
    expect(met).toMatchObject({ firstConversationOn: '2021-05-17', withinThreeWorkingDays: 'MET' });
    // Bevrijdingsdag (Wednesday 5 May) is a general holiday of the Algemene termijnenwet too: after
    // Monday 3 May the third working day is Friday 7 May, and a conversation on Monday 10 May is late.
    const liberation = await write(REPORT_CRISIS, {
      caseId: opened.id,
      kind: 'AFSLUITING_GAS',
      reportedOn: '2021-05-03',
    });
    expect(liberation.deadline).toBe('2021-05-07');
    const late = await write(CRISIS_CONVERSATION, {
      crisisId: liberation.id,
      on: '2021-05-10',
      expectedVersion: liberation.version,
    });
    expect(late.withinThreeWorkingDays).toBe('MISSED');
  });
});

describe('who sees debt cases, through the gateway', () => {
  const CASES = `query ($after: String) { debtCases(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  type Page = {
    debtCases: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string } }[];
    };
  };
  async function allCases(key: string) {
    const found: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { body: { data?: Page | null; errors?: unknown[] } } = await gateway.query<Page>(
        CASES,
        {
          key,
          variables: { after },
        },
      );
      expect(response.body.errors, JSON.stringify(response.body).slice(0, 2000)).toBeUndefined();
      const page: Page['debtCases'] = response.body.data!.debtCases;
      found.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return { totalCount: page.totalCount, ids: found };
      after = page.pageInfo.endCursor;
    }
  }

  it('the curative debt-help organisation’s key (keys CLI) sees only the cases referred to it', async () => {
    const referred = await ids(
      graph.debt,
      `select distinct case_id from debt.debt_referrals where organisation_id = '${CURATIEVE}' order by case_id`,
    );
    expect(referred.length).toBeGreaterThan(0);
    // It registered none: what it may see are the cases referred to it (BR-DB9).
    expect(await ids(graph.debt, `select id from (${involvedDebtCases(CURATIEVE)}) x order by id`)).toEqual(
      referred,
    );
    const { totalCount, ids: seen } = await allCases(thirdPartyKey);
    expect(totalCount).toBe(referred.length);
    expect(seen.sort()).toEqual(referred);
    // A case not referred to it, asked for by id, is absent.
    const [other] = await ids(
      graph.debt,
      `select id from debt.debt_cases where id not in (${inList(referred)}) order by id limit 1`,
    );
    const absent = await gateway.query<{ debtCase: unknown }>(
      'query ($id: ID!) { debtCase(id: $id) { id } }',
      {
        key: thirdPartyKey,
        variables: { id: other },
      },
    );
    expect(absent.body.errors).toBeUndefined();
    expect(absent.body.data!.debtCase).toBeNull();
  });

  it('with personal-data it gets the names of the debtors of its open referred cases (clients shows their households through debt), and no other household', async () => {
    const [row] = await sql(
      graph.debt,
      `select c.id, c.household_id from debt.debt_cases c join debt.debt_referrals r on r.case_id = c.id
       where r.organisation_id = '${CURATIEVE}' and c.outflow_on is null order by c.id limit 1`,
    );
    expect(row, 'an open case referred to curative debt help').toBeDefined();
    const response = await gateway.query<{
      debtCase: { clients: ({ id: string; name: string } | null)[]; household: Json };
    }>('query ($id: ID!) { debtCase(id: $id) { clients { id name } household { id members { role } } } }', {
      key: thirdPartyKey,
      variables: { id: row!.id },
    });
    expect(response.body.errors, JSON.stringify(response.body).slice(0, 1500)).toBeUndefined();
    const { clients, household } = response.body.data!.debtCase;
    expect(clients.length).toBeGreaterThan(0);
    for (const client of clients) expect(client?.name).toEqual(expect.any(String));
    expect(household.id).toBe(row!.household_id);
    // A household of no debt case of its: hidden.
    const [unrelated] = await ids(
      graph.debt,
      `select household_id from debt.debt_cases where id not in (${involvedDebtCases(CURATIEVE)})
         and household_id not in (select household_id from debt.debt_cases where id in (${involvedDebtCases(CURATIEVE)}))
       order by household_id limit 1`,
    );
    const hidden = await gateway.query<{ household: unknown }>(
      'query ($id: ID!) { household(id: $id) { id members { role } } }',
      { key: thirdPartyKey, variables: { id: unrelated } },
    );
    expect(hidden.body.errors).toBeUndefined();
    expect(hidden.body.data!.household).toBeNull();
  });
});

describe('the access log (BR-DB17)', () => {
  const LOG =
    'query ($id: ID!) { client(id: $id) { accessLog(first: 5) { totalCount edges { node { action fields source organisationId } } } } }';
  type Log = { client: { accessLog: { totalCount: number; edges: { node: Json }[] } } };
  const logOf = async (client: string) => {
    const response = await gateway.query<Log>(LOG, { key: auditorKey, variables: { id: client } });
    expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
    return response.body.data!.client.accessLog;
  };
  const READ = { action: 'READ', fields: ['debtCases'], source: 'debt', organisationId: MUNICIPALITY };

  it('leaves one entry per debtor for each personal read of a joint case, readable with the audit scope', async () => {
    const [joint] = await ids(
      graph.debt,
      'select case_id from debt.debt_case_clients group by case_id having count(*) = 2 order by case_id limit 1',
    );
    expect(joint, 'a joint case in the seed').toBeDefined();
    const clients = await ids(
      graph.debt,
      `select client_id from debt.debt_case_clients where case_id = '${joint}' order by client_id`,
    );
    const before = await Promise.all(clients.map(logOf));
    await asMunicipality('query ($id: ID!) { debtCase(id: $id) { id clients { id } } }', { id: joint });
    const after = await Promise.all(clients.map(logOf));
    clients.forEach((client, i) => {
      // Reading the log is itself logged (source audit): the read that gave `before` is one more entry.
      expect(after[i]!.totalCount, client).toBe(before[i]!.totalCount + 2);
      expect(after[i]!.edges[0]!.node).toEqual(READ);
    });
    // Client.debtCases is personal too: one more entry for the client read.
    await asMunicipality('query ($id: ID!) { client(id: $id) { debtCases { id } } }', { id: clients[0] });
    const third = await logOf(clients[0]!);
    expect(third.totalCount).toBe(after[0]!.totalCount + 2);
    expect(third.edges[0]!.node).toEqual(READ);
  });

  it('leaves one entry for a signal read with its client and arrears, naming both fields', async () => {
    const [row] = await sql(
      graph.debt,
      'select id, client_id from debt.debt_signals where arrears_euros is not null order by id limit 1',
    );
    expect(row, 'a signal with arrears in the seed').toBeDefined();
    const client = String(row!.client_id);
    const before = await logOf(client);
    const { debtSignal } = await asMunicipality<{ debtSignal: Json }>(
      'query ($id: ID!) { debtSignal(id: $id) { arrears client { id } } }',
      { id: row!.id },
    );
    expect(debtSignal.client.id).toBe(client);
    const after = await logOf(client);
    // Reading the log is itself logged (source audit): the read that gave `before` is one more entry.
    expect(after.totalCount).toBe(before.totalCount + 2);
    const { fields, ...entry } = after.edges[0]!.node;
    expect(entry).toEqual({ action: 'READ', source: 'debt', organisationId: MUNICIPALITY });
    expect([...fields].sort()).toEqual(['debtSignal.arrears', 'debtSignal.client']);
  });

  it('logs nothing for a read that is refused (no personal-data) or asks nothing personal', async () => {
    const [row] = await sql(
      graph.debt,
      'select case_id, client_id from debt.debt_case_clients order by case_id limit 1',
    );
    const before = await logOf(String(row!.client_id));
    const { secret: analyst } = await gateway.keys.create({
      name: 'debt analyst',
      organisationId: MUNICIPALITY,
      organisationKind: 'MUNICIPALITY',
      scopes: ['debt:read', 'clients:read', 'statistics'],
    });
    const refused = await gateway.query<{ debtCase: Json }>(
      'query ($id: ID!) { debtCase(id: $id) { id phase clients { id } } }',
      { key: analyst, variables: { id: row!.case_id } },
    );
    expect(refused.body.data!.debtCase.clients).toBeNull();
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    await asMunicipality('query ($id: ID!) { debtCase(id: $id) { id phase household { id } } }', {
      id: row!.case_id,
    });
    // Only the read that gave `before` was logged since.
    expect((await logOf(String(row!.client_id))).totalCount).toBe(before.totalCount + 1);
  });
});
