import type { CallerOptions } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, freshBsn, REGISTER, startClients } from './helpers.ts';
import { SOCIALE_ZAKEN_WORKER } from './workers.ts';

// BR-KT4: the JET and Sociale Zaken are municipal teams, not the municipality's back office. A team
// sees the households where it holds clients regie and those the youth and debt subgraphs list for its
// organisation (the open youth cases it is involved in, the open debt cases it registered or was
// referred); Jeugdwet procesregie is youth's (BR-CL15), debt help debt's (BR-CL17).

/** Seeded households that youth lists: the JET's two, one for Sociale Zaken, one for the team below. */
const JET_CASES = ['household-000040', 'household-000048'];
const SOCIALE_ZAKEN_CASE = 'household-000103';
const ONCE_CASE = 'household-000001';
/** A household whose youth case was referred to a youth-care provider. */
const YOUTH_CARE_CASE = 'household-000048';
const YOUTH_CARE: CallerOptions = { organisationId: 'org-jeugdhulpaanbieder', organisationKind: 'PROVIDER' };
/** Another youth-care provider, first asked about while youth is down (nothing of it kept yet). */
const YOUTH_CARE_ASKED_WHILE_DOWN: CallerOptions = {
  organisationId: 'org-jeugdhulp-twee',
  organisationKind: 'PROVIDER',
};

/** Seeded households that debt lists: one for Sociale Zaken (beside its youth one), one shared with youth. */
const SOCIALE_ZAKEN_DEBT_CASE = 'household-000120';
/** A budget-management provider: the debt cases referred to it; one household youth lists for it too. */
const BUDGET_CARE: CallerOptions = { organisationId: 'org-budgetbeheer', organisationKind: 'PROVIDER' };
const BUDGET_CARE_CASES = ['household-000130', YOUTH_CARE_CASE];
/** A provider with both youth and debt cases, first asked about while debt is down. */
const BOTH_ASKED_WHILE_DEBT_DOWN: CallerOptions = {
  organisationId: 'org-beide',
  organisationKind: 'PROVIDER',
};
const BOTH_DEBT_CASE = 'household-000140';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients({
    youthCaseloads: [
      { id: 'org-jet', householdIds: JET_CASES },
      { id: 'org-sociale-zaken', householdIds: [SOCIALE_ZAKEN_CASE] },
      { id: 'org-team-once', householdIds: [ONCE_CASE] },
      { id: YOUTH_CARE.organisationId!, householdIds: [YOUTH_CARE_CASE] },
      { id: YOUTH_CARE_ASKED_WHILE_DOWN.organisationId!, householdIds: [YOUTH_CARE_CASE] },
      { id: BUDGET_CARE.organisationId!, householdIds: [YOUTH_CARE_CASE] },
      { id: BOTH_ASKED_WHILE_DEBT_DOWN.organisationId!, householdIds: [YOUTH_CARE_CASE] },
    ],
    debtCaseloads: [
      { id: 'org-sociale-zaken', householdIds: [SOCIALE_ZAKEN_DEBT_CASE] },
      { id: BUDGET_CARE.organisationId!, householdIds: BUDGET_CARE_CASES },
      { id: BOTH_ASKED_WHILE_DEBT_DOWN.organisationId!, householdIds: [BOTH_DEBT_CASE] },
    ],
  });
});
afterAll(() => graph?.close());

const JET: CallerOptions = { organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' };
const SOCIALE_ZAKEN: CallerOptions = {
  organisationId: 'org-sociale-zaken',
  organisationKind: 'MUNICIPAL_TEAM',
};
const PROVIDER: CallerOptions = { organisationId: 'org-amaryllis', organisationKind: 'PROVIDER' };
const JET_WORKER = 'worker-00009';

async function newHousehold(n: number): Promise<{ householdId: string; clientId: string }> {
  const { registerClient } = await graph.data<{
    registerClient: { __typename: string; id: string; household: { id: string } };
  }>(REGISTER, {
    input: { bsn: freshBsn(n), name: `Team Persoon ${n}`, dateOfBirth: '1985-01-01', areaId: 'area-noord' },
  });
  expect(registerClient.__typename).toBe('Client');
  return { householdId: registerClient.household.id, clientId: registerClient.id };
}

async function assign(householdId: string, workerId: string, domain: string, caller?: CallerOptions) {
  const { assignCoordinator } = await graph.data<{ assignCoordinator: { __typename: string } }>(
    `mutation ($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { __typename } }`,
    { input: { householdId, workerId, domain } },
    caller,
  );
  return assignCoordinator.__typename;
}

const READ = `query ($household: ID!, $client: ID!) {
  household(id: $household) { id members { client { id } } }
  client(id: $client) { id }
}`;

async function read(caller: CallerOptions, ids: { householdId: string; clientId: string }) {
  return graph.data<{ household: { id: string } | null; client: { id: string } | null }>(
    READ,
    { household: ids.householdId, client: ids.clientId },
    caller,
  );
}

const LIST = '{ households(first: 100) { totalCount edges { node { id } } } }';

/** The households a team sees: every one (the list is not cut off at 100). */
async function listed(caller: CallerOptions): Promise<string[]> {
  const { households } = await graph.data<{
    households: { totalCount: number; edges: { node: { id: string } }[] };
  }>(LIST, undefined, caller);
  expect(households.totalCount).toBe(households.edges.length);
  return households.edges.map((edge) => edge.node.id);
}

/** The members of a household, as the municipality sees them. */
async function membersOf(householdId: string): Promise<string[]> {
  const { household } = await graph.data<{ household: { members: { client: { id: string } }[] } }>(
    'query ($id: ID!) { household(id: $id) { members { client { id } } } }',
    { id: householdId },
  );
  return household.members.map((member) => member.client.id);
}

describe('a municipal team sees the households where it holds regie and those of its youth cases (BR-KT4)', () => {
  it('shows the JET exactly the households youth lists for it, with all their members, and nothing else', async () => {
    expect(await listed(JET)).toEqual(JET_CASES);
    const members = await membersOf(JET_CASES[0]!);
    expect(members.length).toBeGreaterThan(0);
    expect(await read(JET, { householdId: JET_CASES[0]!, clientId: members[0]! })).toEqual({
      household: { id: JET_CASES[0], members: members.map((id) => ({ client: { id } })) },
      client: { id: members[0] },
    });
    // A household youth does not list stays hidden, on every path.
    const other = await membersOf(SOCIALE_ZAKEN_CASE);
    expect(await read(JET, { householdId: SOCIALE_ZAKEN_CASE, clientId: other[0]! })).toEqual({
      household: null,
      client: null,
    });
  });

  it('keeps scoping on entity references: a listed household resolves, another is null', async () => {
    const { _entities } = await graph.data<{ _entities: ({ id: string } | null)[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { id } } }`,
      {
        representations: [
          { __typename: 'Household', id: JET_CASES[1] },
          { __typename: 'Household', id: SOCIALE_ZAKEN_CASE },
        ],
      },
      JET,
    );
    expect(_entities).toEqual([{ id: JET_CASES[1] }, null]);
  });

  it('refuses Jeugdwet regie, so that assigning it cannot show the JET a household (BR-CL15)', async () => {
    const ids = await newHousehold(401);
    expect(await read(JET, ids)).toEqual({ household: null, client: null });
    // Wmo regie by the basis does not show it to the JET either.
    expect(await assign(ids.householdId, 'worker-00001', 'WMO')).toBe('Household');
    expect(await assign(ids.householdId, JET_WORKER, 'JEUGDWET')).toBe('JeugdwetRegieMovedError');
    expect(await read(JET, ids)).toEqual({ household: null, client: null });
    expect(await listed(JET)).toEqual(JET_CASES);
  });

  it('does not let a team make a household visible to itself by assigning its own worker regie there', async () => {
    const ids = await newHousehold(404);
    expect(
      await assign(ids.householdId, SOCIALE_ZAKEN_WORKER, 'WERK_PARTICIPATIE', {
        ...SOCIALE_ZAKEN,
        scopes: ['clients:read', 'clients:write'],
      }),
    ).toBe('NotFoundError');
    expect(await read(SOCIALE_ZAKEN, ids)).toEqual({ household: null, client: null });
    // Once it holds regie there (assigned by the municipality), it sees the household.
    expect(await assign(ids.householdId, SOCIALE_ZAKEN_WORKER, 'WERK_PARTICIPATIE')).toBe('Household');
    expect(await read(SOCIALE_ZAKEN, ids)).toMatchObject({ household: { id: ids.householdId } });
  });

  it('shows Sociale Zaken the households of its regie on work and participation and those youth and debt list for it, nothing else', async () => {
    const ids = await newHousehold(402);
    expect(await assign(ids.householdId, SOCIALE_ZAKEN_WORKER, 'JEUGDWET')).toBe('JeugdwetRegieMovedError');
    expect(await assign(ids.householdId, SOCIALE_ZAKEN_WORKER, 'WERK_PARTICIPATIE')).toBe('Household');
    expect(await read(SOCIALE_ZAKEN, ids)).toMatchObject({ household: { id: ids.householdId } });
    expect(await read(JET, ids)).toEqual({ household: null, client: null });
    // Its regie households (this one and the one of the test before), the one youth lists and the one debt lists.
    const { households } = await graph.data<{ households: { edges: { node: { id: string } }[] } }>(
      `query ($worker: ID!) { households(first: 100, coordinatorId: $worker) { edges { node { id } } } }`,
      { worker: SOCIALE_ZAKEN_WORKER },
    );
    const regie = households.edges.map((edge) => edge.node.id);
    expect(regie).toContain(ids.householdId);
    expect((await listed(SOCIALE_ZAKEN)).sort()).toEqual(
      [...regie, SOCIALE_ZAKEN_CASE, SOCIALE_ZAKEN_DEBT_CASE].sort(),
    );
  });

  it('shows a youth-care provider the members of the households of the cases referred to it, and nothing else', async () => {
    expect(await listed(YOUTH_CARE)).toEqual([YOUTH_CARE_CASE]);
    const members = await membersOf(YOUTH_CARE_CASE);
    const { household } = await graph.data<{ household: { members: { client: { id: string } | null }[] } }>(
      'query ($id: ID!) { household(id: $id) { members { client { id } } } }',
      { id: YOUTH_CARE_CASE },
      YOUTH_CARE,
    );
    expect(household.members.map((member) => member.client?.id)).toEqual(members);
    const other = await graph.data<{ household: null }>(
      'query ($id: ID!) { household(id: $id) { id } }',
      {
        id: JET_CASES[0],
      },
      YOUTH_CARE,
    );
    expect(other.household).toBeNull();
  });

  it('asks youth and debt once each per request, and for every key but the municipality’s', async () => {
    const asked = () => graph.youth.lookups.length;
    const askedDebt = () => graph.debt.lookups.length;
    const debtBefore = askedDebt();
    const QUESTION = `query ($household: ID!) {
      households(first: 10) { totalCount edges { node { id members { client { id } } } } }
      household(id: $household) { id members { client { id } } }
      clients(first: 5) { edges { node { id } } }
    }`;
    const before = asked();
    await graph.data(QUESTION, { household: ONCE_CASE });
    expect(asked()).toBe(before);
    await graph.data(QUESTION, { household: ONCE_CASE }, PROVIDER);
    expect(asked()).toBe(before + 1);
    const team = { organisationId: 'org-team-once', organisationKind: 'MUNICIPAL_TEAM' } as const;
    const answer = await graph.data<{ households: { totalCount: number }; household: { id: string } }>(
      QUESTION,
      { household: ONCE_CASE },
      team,
    );
    expect(answer.households.totalCount).toBe(1);
    expect(answer.household.id).toBe(ONCE_CASE);
    expect(asked()).toBe(before + 2);
    expect(graph.youth.lookups.at(-1)!.representations).toEqual([
      { __typename: 'YouthCaseload', id: 'org-team-once' },
    ]);
    // Debt is asked beside youth, as often: once per request, never for the municipality.
    expect(askedDebt()).toBe(debtBefore + 2);
    expect(graph.debt.lookups.at(-1)!.representations).toEqual([
      { __typename: 'DebtCaseload', id: 'org-team-once' },
    ]);
  });

  it('fails closed when youth does not answer: a team gets no rows and changes nothing; a provider keeps its engagements only', async () => {
    const ids = await newHousehold(405);
    const team = { organisationId: 'org-team-down', organisationKind: 'MUNICIPAL_TEAM' } as const;
    graph.youth.failing = true;
    try {
      const refused = await graph.subgraph.query<{ households: null }>(LIST, { caller: team });
      expect(refused.body.data?.households).toBeNull();
      expect(refused.body.errors).toMatchObject([
        { extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/youth service/) },
      ]);
      const entity = await graph.subgraph.query<{ client: null }>(
        'query ($id: ID!) { client(id: $id) { id } }',
        { variables: { id: ids.clientId }, caller: team },
      );
      expect(entity.body.data?.client).toBeNull();
      expect(entity.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const { recordSupportRequest } = await graph.data<{
        recordSupportRequest: { __typename: string; owner?: string };
      }>(
        `mutation ($input: RecordSupportRequestInput!) {
          recordSupportRequest(input: $input) { __typename ... on OwnerUnavailableError { owner } }
        }`,
        { input: { clientId: ids.clientId, channel: 'OUTREACH', lifeDomains: ['FINANCIEN'] } },
        team,
      );
      expect(recordSupportRequest).toEqual({ __typename: 'OwnerUnavailableError', owner: 'youth' });
      // The municipality does not depend on youth; a provider keeps the sight of its engagements, and
      // loses only the households of its youth cases.
      expect(await read({}, ids)).toMatchObject({ household: { id: ids.householdId } });
      const provider = await graph.data<{ households: { totalCount: number } }>(LIST, undefined, PROVIDER);
      expect(provider.households.totalCount).toBeGreaterThan(0);
      expect(await listed(YOUTH_CARE_ASKED_WHILE_DOWN)).toEqual([]);
    } finally {
      graph.youth.failing = false;
    }
    expect(await listed(YOUTH_CARE_ASKED_WHILE_DOWN)).toEqual([YOUTH_CARE_CASE]);
    const { client } = await graph.data<{ client: { supportRequests: unknown[] } }>(
      'query ($id: ID!) { client(id: $id) { supportRequests { id } } }',
      { id: ids.clientId },
    );
    expect(client.supportRequests).toEqual([]);
  });

  it('shows a debt-help provider the members of the households of the debt cases referred to it and of its youth cases, each once (BR-CL17)', async () => {
    // One household youth and debt both list, one debt alone: one list, the shared household once.
    expect((await listed(BUDGET_CARE)).sort()).toEqual([...BUDGET_CARE_CASES].sort());
    const members = await membersOf(BUDGET_CARE_CASES[0]!);
    expect(members.length).toBeGreaterThan(0);
    expect(await read(BUDGET_CARE, { householdId: BUDGET_CARE_CASES[0]!, clientId: members[0]! })).toEqual({
      household: { id: BUDGET_CARE_CASES[0], members: members.map((id) => ({ client: { id } })) },
      client: { id: members[0] },
    });
    const other = await membersOf(SOCIALE_ZAKEN_DEBT_CASE);
    expect(await read(BUDGET_CARE, { householdId: SOCIALE_ZAKEN_DEBT_CASE, clientId: other[0]! })).toEqual({
      household: null,
      client: null,
    });
    // The JET, for which debt lists nothing, sees no debt household.
    expect(await listed(JET)).toEqual(JET_CASES);
  });

  it('fails closed when debt does not answer: a team gets no rows and changes nothing; a provider keeps its engagements and youth cases', async () => {
    const ids = await newHousehold(406);
    // A team first asked about while debt is down (no answer of debt kept for it yet).
    const team = { organisationId: 'org-team-debt-down', organisationKind: 'MUNICIPAL_TEAM' } as const;
    graph.debt.failing = true;
    try {
      const refused = await graph.subgraph.query<{ households: null }>(LIST, { caller: team });
      expect(refused.body.data?.households).toBeNull();
      expect(refused.body.errors).toMatchObject([
        { extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/debt service/) },
      ]);
      const { recordSupportRequest } = await graph.data<{
        recordSupportRequest: { __typename: string; owner?: string };
      }>(
        `mutation ($input: RecordSupportRequestInput!) {
          recordSupportRequest(input: $input) { __typename ... on OwnerUnavailableError { owner } }
        }`,
        { input: { clientId: ids.clientId, channel: 'OUTREACH', lifeDomains: ['FINANCIEN'] } },
        team,
      );
      expect(recordSupportRequest).toEqual({ __typename: 'OwnerUnavailableError', owner: 'debt' });
      // The municipality does not depend on debt; a provider loses only the households of its debt
      // cases, and keeps those youth lists for it.
      expect(await read({}, ids)).toMatchObject({ household: { id: ids.householdId } });
      expect(await listed(BOTH_ASKED_WHILE_DEBT_DOWN)).toEqual([YOUTH_CARE_CASE]);
    } finally {
      graph.debt.failing = false;
    }
    expect((await listed(BOTH_ASKED_WHILE_DEBT_DOWN)).sort()).toEqual(
      [YOUTH_CARE_CASE, BOTH_DEBT_CASE].sort(),
    );
    const { client } = await graph.data<{ client: { supportRequests: unknown[] } }>(
      'query ($id: ID!) { client(id: $id) { supportRequests { id } } }',
      { id: ids.clientId },
    );
    expect(client.supportRequests).toEqual([]);
  });

  it('refuses a beschikking issued with a key of a municipal team (R-004-04)', async () => {
    const { clientId } = await newHousehold(403);
    const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { __typename } }`;
    const input = {
      clientId,
      kind: 'AANVULLEND_MAATWERK',
      outcome: 'GRANTED',
      adviceByOrganisationId: 'org-amaryllis',
      adviceSummary: 'Specialistische begeleiding',
      issuedOn: '2021-01-20',
      validFrom: '2021-02-01',
    };
    for (const caller of [JET, SOCIALE_ZAKEN]) {
      const refused = await graph.subgraph.query(ISSUE, { variables: { input }, caller });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
