import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';
import { keysCli } from './keys-cli.ts';

// BR-KT4 through the gateway: the JET and Sociale Zaken are municipal teams, not the municipality's
// back office. Their keys are made as a partner gets one (the keys CLI), the organisation's kind
// looked up in the graph: MUNICIPAL_TEAM, no longer MUNICIPALITY.
let graph: TestGraph;
let gateway: TestGateway;
let jetKey: string;
let socialeZakenKey: string;
beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
  const create = async (organisationId: string) =>
    (
      await keysCli(
        [
          'create',
          '--org',
          organisationId,
          '--name',
          `team ${organisationId}`,
          '--scopes',
          'clients:read,clients:write,personal-data',
        ],
        { MIENSKIP_GATEWAY_URL: gateway.url, MIENSKIP_ADMIN_KEY: gateway.municipalKey },
      )
    ).lastLine;
  [jetKey, socialeZakenKey] = await Promise.all([create('org-jet'), create('org-sociale-zaken')]);
});
afterAll(() => graph?.close());

type Payload = { __typename: string; [field: string]: unknown };

/** As the municipality (the gateway's municipal key), failing the test on errors. */
async function asMunicipality<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await gateway.query<T>(query, { variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

async function newHousehold(bsn: string): Promise<{ householdId: string; clientId: string }> {
  const { registerClient } = await asMunicipality<{
    registerClient: Payload & { id: string; household: { id: string } };
  }>(
    `mutation ($input: RegisterClientInput!) {
      registerClient(input: $input) { __typename ... on Client { id household { id } } ... on Error { message } }
    }`,
    // BSNs of the test range that pass the 11-proef and that the seed does not use.
    { input: { bsn, name: 'Test Gezin', dateOfBirth: '1984-03-01', areaId: 'area-noord' } },
  );
  expect(registerClient.__typename).toBe('Client');
  return { householdId: registerClient.household.id, clientId: registerClient.id };
}

async function assign(householdId: string, workerId: string, domain: string): Promise<string> {
  const { assignCoordinator } = await asMunicipality<{ assignCoordinator: Payload }>(
    `mutation ($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { __typename } }`,
    { input: { householdId, workerId, domain } },
  );
  return assignCoordinator.__typename;
}

const READ = `query ($household: ID!, $client: ID!) {
  household(id: $household) { id members { client { id name } } }
  client(id: $client) { id name }
}`;

async function read(key: string, ids: { householdId: string; clientId: string }) {
  const response = await gateway.query<{ household: unknown; client: unknown }>(READ, {
    key,
    variables: { household: ids.householdId, client: ids.clientId },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

describe('a key of a municipal team (BR-KT4)', () => {
  it('is signed as MUNICIPAL_TEAM, the kind budget gives the JET and Sociale Zaken', async () => {
    const { organisations } = await asMunicipality<{ organisations: { id: string; kind: string }[] }>(
      '{ organisations { id kind } }',
      {},
    );
    const kinds = Object.fromEntries(organisations.map((o) => [o.id, o.kind]));
    expect(kinds).toMatchObject({
      'org-gemeente-leeuwarden': 'MUNICIPALITY',
      'org-jet': 'MUNICIPAL_TEAM',
      'org-sociale-zaken': 'MUNICIPAL_TEAM',
    });
  });

  it('of the JET cannot read a household without a Jeugdwet regie, and can once the JET holds one', async () => {
    const ids = await newHousehold('999943583');
    expect(await read(jetKey, ids)).toEqual({ household: null, client: null });
    // Wmo regie by the basis gives the JET nothing.
    expect(await assign(ids.householdId, 'worker-00001', 'WMO')).toBe('Household');
    expect(await read(jetKey, ids)).toEqual({ household: null, client: null });
    // A seeded JET member takes Jeugdwet procesregie (looked up in the real locations).
    expect(await assign(ids.householdId, 'worker-00009', 'JEUGDWET')).toBe('Household');
    expect(await read(jetKey, ids)).toEqual({
      household: { id: ids.householdId, members: [{ client: { id: ids.clientId, name: 'Test Gezin' } }] },
      client: { id: ids.clientId, name: 'Test Gezin' },
    });
    // Sociale Zaken holds no regie here.
    expect(await read(socialeZakenKey, ids)).toEqual({ household: null, client: null });
  });

  it('of the JET cannot issue a Wmo beschikking', async () => {
    const { clientId } = await newHousehold('999943546');
    const response = await gateway.query<{ issueDecision: Payload | null }>(
      `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { __typename } }`,
      {
        key: jetKey,
        variables: {
          input: {
            clientId,
            kind: 'AANVULLEND_MAATWERK',
            outcome: 'GRANTED',
            adviceByOrganisationId: 'org-amaryllis',
            adviceSummary: 'Specialistische begeleiding',
            issuedOn: '2021-01-20',
            validFrom: '2021-02-01',
          },
        },
      },
    );
    expect(response.body.data?.issueDecision ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('of Sociale Zaken reads the household once a seeded consulent holds its regie on work and participation', async () => {
    const ids = await newHousehold('999943558');
    expect(await read(socialeZakenKey, ids)).toEqual({ household: null, client: null });
    expect(await assign(ids.householdId, 'worker-sz-00001', 'WERK_PARTICIPATIE')).toBe('Household');
    expect(await read(socialeZakenKey, ids)).toMatchObject({ household: { id: ids.householdId } });
    expect(await read(jetKey, ids)).toEqual({ household: null, client: null });
  });
});
