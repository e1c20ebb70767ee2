import type { CallerOptions } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, freshBsn, REGISTER, startClients } from './helpers.ts';
import { SOCIALE_ZAKEN_WORKER } from './workers.ts';

// BR-KT4: the JET and Sociale Zaken are municipal teams, not the municipality's back office.

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

const JET: CallerOptions = { organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' };
const SOCIALE_ZAKEN: CallerOptions = {
  organisationId: 'org-sociale-zaken',
  organisationKind: 'MUNICIPAL_TEAM',
};
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

async function assign(householdId: string, workerId: string, domain: string) {
  const { assignCoordinator } = await graph.data<{ assignCoordinator: { __typename: string } }>(
    `mutation ($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { __typename ... on Error { message } } }`,
    { input: { householdId, workerId, domain } },
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

describe('a municipal team sees the households where it holds regie (BR-KT4)', () => {
  it('hides a household from the JET until the JET holds its Jeugdwet regie, then shows all its members', async () => {
    const ids = await newHousehold(401);
    expect(await read(JET, ids)).toEqual({ household: null, client: null });
    // Wmo regie by the basis does not show it to the JET.
    expect(await assign(ids.householdId, 'worker-00001', 'WMO')).toBe('Household');
    expect(await read(JET, ids)).toEqual({ household: null, client: null });
    expect(await assign(ids.householdId, JET_WORKER, 'JEUGDWET')).toBe('Household');
    expect(await read(JET, ids)).toEqual({
      household: { id: ids.householdId, members: [{ client: { id: ids.clientId } }] },
      client: { id: ids.clientId },
    });
    expect(await read(SOCIALE_ZAKEN, ids)).toEqual({ household: null, client: null });
  });

  it('does not let the JET make a household visible to itself by assigning its own worker regie there', async () => {
    const ids = await newHousehold(404);
    const { assignCoordinator } = await graph.data<{ assignCoordinator: { __typename: string } }>(
      `mutation ($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { __typename } }`,
      { input: { householdId: ids.householdId, workerId: JET_WORKER, domain: 'JEUGDWET' } },
      { ...JET, scopes: ['clients:read', 'clients:write'] },
    );
    expect(assignCoordinator.__typename).toBe('NotFoundError');
    expect(await read(JET, ids)).toEqual({ household: null, client: null });
    // Once the JET holds regie there (assigned by the municipality), it may hand it over itself.
    expect(await assign(ids.householdId, JET_WORKER, 'JEUGDWET')).toBe('Household');
    expect(await read(JET, ids)).toMatchObject({ household: { id: ids.householdId } });
  });

  it('lets a consulent of Sociale Zaken hold regie on work and participation, which shows it the household', async () => {
    const ids = await newHousehold(402);
    expect(await assign(ids.householdId, SOCIALE_ZAKEN_WORKER, 'JEUGDWET')).toBe('RuleViolationError');
    expect(await assign(ids.householdId, SOCIALE_ZAKEN_WORKER, 'WERK_PARTICIPATIE')).toBe('Household');
    expect(await read(SOCIALE_ZAKEN, ids)).toMatchObject({ household: { id: ids.householdId } });
    expect(await read(JET, ids)).toEqual({ household: null, client: null });
  });

  it('lists for the JET only the households of its seeded Jeugdwet regie, not every resident', async () => {
    const LIST =
      '{ households(first: 100) { totalCount edges { node { coordinatorAssignments { domain endedOn worker { id } } } } } }';
    type List = {
      households: {
        totalCount: number;
        edges: { node: { coordinatorAssignments: { domain: string; endedOn: string | null }[] } }[];
      };
    };
    const all = await graph.data<List>(LIST);
    const jet = await graph.data<List>(LIST, undefined, JET);
    expect(jet.households.totalCount).toBeGreaterThan(0);
    expect(jet.households.totalCount).toBeLessThan(all.households.totalCount / 2);
    for (const { node } of jet.households.edges)
      expect(node.coordinatorAssignments.some((a) => a.domain === 'JEUGDWET' && a.endedOn === null)).toBe(
        true,
      );
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
