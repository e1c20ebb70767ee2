import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referral, start } from './fixtures.ts';
import { type ClientsUnderTest, freshBsn, REGISTER, startClients } from './helpers.ts';

// Facts clients needs from locations (a worker's role and organisation) come from a stand-in
// locations here; each worker is looked up at most once before the owner goes away, because
// answers are kept process-wide for a while.
let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

type Payload = { __typename: string; owner?: string; version?: number; [key: string]: unknown };

async function newClient(n: number): Promise<{ id: string; household: { id: string } }> {
  const { registerClient } = await graph.data<{
    registerClient: { id: string; household: { id: string } };
  }>(REGISTER, {
    input: { bsn: freshBsn(n), name: `Test Persoon ${n}`, dateOfBirth: '1980-01-01', areaId: 'area-noord' },
  });
  return registerClient;
}

const newHousehold = async (n: number) => (await newClient(n)).household.id;

async function household(id: string) {
  const { household } = await graph.data<{
    household: { version: number; coordinatorAssignments: unknown[]; plan: unknown };
  }>('query ($id: ID!) { household(id: $id) { version coordinatorAssignments { id } plan { id } } }', { id });
  return household;
}

async function requestsAndReferrals(clientId: string) {
  const { client } = await graph.data<{ client: unknown }>(
    'query ($id: ID!) { client(id: $id) { supportRequests { id outcome version } referrals { id } } }',
    { id: clientId },
  );
  return client;
}

async function recordRequest(clientId: string): Promise<{ id: string; version: number }> {
  const { recordSupportRequest } = await graph.data<{
    recordSupportRequest: { id: string; version: number };
  }>(
    `mutation ($input: RecordSupportRequestInput!) {
      recordSupportRequest(input: $input) { ... on SupportRequest { id version } }
    }`,
    { input: { clientId, channel: 'OUTREACH', lifeDomains: ['FINANCIEN'], receivedOn: '2021-03-01' } },
  );
  return recordSupportRequest;
}

const MUTATIONS = {
  assign: `mutation ($input: AssignCoordinatorInput!) {
    assignCoordinator(input: $input) { __typename ... on OwnerUnavailableError { owner message } ... on Household { version } }
  }`,
  reassign: `mutation ($input: ReassignCoordinatorInput!) {
    reassignCoordinator(input: $input) { __typename ... on OwnerUnavailableError { owner message } }
  }`,
  plan: `mutation ($input: CreateSupportPlanInput!) {
    createSupportPlan(input: $input) { __typename ... on OwnerUnavailableError { owner message } }
  }`,
  assess: `mutation ($input: AssessSupportRequestInput!) {
    assessSupportRequest(input: $input) { __typename ... on OwnerUnavailableError { owner message } }
  }`,
  refer: `mutation ($input: IssueReferralInput!) {
    issueReferral(input: $input) { __typename ... on OwnerUnavailableError { owner message } }
  }`,
};

async function run(mutation: keyof typeof MUTATIONS, input: Record<string, unknown>): Promise<Payload> {
  const data = await graph.data<Record<string, Payload>>(MUTATIONS[mutation], { input });
  return Object.values(data)[0]!;
}

describe('looking up workers in locations', () => {
  it('asks locations with a service token of clients that may only read locations', async () => {
    const householdId = await newHousehold(1);
    const assigned = await run('assign', { householdId, workerId: 'worker-00001' });
    expect(assigned.__typename).toBe('Household');
    const [lookup] = graph.locations.lookups;
    expect(lookup?.representations).toEqual([{ __typename: 'Worker', id: 'worker-00001' }]);
    expect(lookup?.caller).toMatchObject({ keyId: 'service:clients', organisationKind: 'MUNICIPALITY' });
    expect([...lookup!.caller.scopes]).toEqual(['locations:read']);
  });

  it('stores who issued a referral and a decision, so that using or reading them asks no one', async () => {
    const client = await newClient(4);
    const letter = await referral(graph, client.id, 'worker-00022');
    expect(letter.__typename).toBe('Referral');
    const asked = graph.locations.lookups.length;
    const engagement = await start(graph, {
      clientId: client.id,
      referralId: letter.id,
      pillar: 'AANVULLEND',
      kind: 'THUISONDERSTEUNING',
      provisionType: 'MAATWERK',
      accessRoute: 'VERWIJSBRIEF',
      providerId: 'org-windkracht058',
      startedOn: '2021-03-01',
    });
    expect(engagement.__typename).toBe('SupportEngagement');
    const municipal = { organisationId: 'org-gemeente-test', organisationKind: 'MUNICIPALITY' } as const;
    await graph.data(
      `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { __typename } }`,
      {
        input: {
          clientId: client.id,
          kind: 'HULP_BIJ_HET_HUISHOUDEN',
          outcome: 'GRANTED',
          adviceByOrganisationId: 'org-amaryllis',
          adviceSummary: 'Hulp bij het huishouden',
          issuedOn: '2021-01-20',
          validFrom: '2021-02-01',
        },
      },
      municipal,
    );
    const { client: read } = await graph.data<{ client: { decisions: { issuer: { id: string } }[] } }>(
      'query ($id: ID!) { client(id: $id) { decisions { issuer { id } } } }',
      { id: client.id },
    );
    expect(read.decisions).toEqual([{ issuer: { id: 'org-gemeente-test' } }]);
    expect(graph.locations.lookups).toHaveLength(asked);
  });

  it('answers OwnerUnavailableError and changes nothing while locations cannot serve', async () => {
    const householdId = await newHousehold(2);
    const before = await household(householdId);
    graph.locations.failing = true;
    try {
      expect(await run('assign', { householdId, workerId: 'worker-00004' })).toMatchObject({
        __typename: 'OwnerUnavailableError',
        owner: 'locations',
      });
    } finally {
      graph.locations.failing = false;
    }
    expect(await household(householdId)).toEqual(before);
  });

  it('answers OwnerUnavailableError on every mutation that needs a worker, changing nothing, when locations is not running', async () => {
    const client = await newClient(3);
    const householdId = client.household.id;
    const assigned = await run('assign', { householdId, workerId: 'worker-00007' });
    const request = await recordRequest(client.id);
    const before = [await household(householdId), await requestsAndReferrals(client.id)];
    await graph.locations.close();
    const refusals = [
      await run('assign', { householdId, workerId: 'worker-sz-00001', domain: 'WERK_PARTICIPATIE' }),
      await run('reassign', { householdId, workerId: 'worker-00010', version: assigned.version }),
      await run('plan', { householdId, createdByWorkerId: 'worker-00013', goals: ['Werk'] }),
      await run('assess', { ...request, workerId: 'worker-00016', outcome: 'AANVULLEND_REFERRAL' }),
      await run('refer', { clientId: client.id, workerId: 'worker-00019', kind: 'THUISONDERSTEUNING' }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toEqual({
        __typename: 'OwnerUnavailableError',
        owner: 'locations',
        message: expect.stringMatching(/nothing was changed/),
      });
    }
    expect([await household(householdId), await requestsAndReferrals(client.id)]).toEqual(before);
  });
});
