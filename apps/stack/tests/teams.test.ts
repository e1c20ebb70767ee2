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
          'clients:read,clients:write,youth:read,youth:write,personal-data',
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

/** A young person joining the household (registered by the municipality). */
async function newMember(householdId: string, bsn: string): Promise<string> {
  const { registerClient } = await asMunicipality<{ registerClient: Payload & { id: string } }>(
    `mutation ($input: RegisterClientInput!) {
      registerClient(input: $input) { __typename ... on Client { id } ... on Error { message } }
    }`,
    {
      input: {
        bsn,
        name: 'Test Kind',
        dateOfBirth: '2012-06-01',
        householdId,
        householdRole: 'YOUNG_PERSON',
      },
    },
  );
  expect(registerClient.__typename).toBe('Client');
  return registerClient.id;
}

/** Youth writes state a Jeugdwet purpose (BR-KT6). */
const PURPOSE = { 'x-mienskip-purpose': 'TOELEIDING: test' };

async function youthWrite(mutation: string, inputType: string, input: Record<string, unknown>, key: string) {
  const response = await gateway.query<Record<string, Payload>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on Error { message } } }`,
    { key, variables: { input }, headers: PURPOSE },
  );
  expect(response.body.errors).toBeUndefined();
  const payload = response.body.data![mutation]!;
  return payload.__typename === 'Error' ? payload.message : payload.__typename;
}

async function openYouthCase(householdId: string, childId: string): Promise<string> {
  const response = await gateway.query<{ openYouthCase: Payload & { id?: string } }>(
    `mutation ($input: OpenYouthCaseInput!) {
      openYouthCase(input: $input) { __typename ... on YouthCase { id } ... on Error { message } }
    }`,
    { variables: { input: { householdId, childIds: [childId], route: 'BASIS' } }, headers: PURPOSE },
  );
  expect(response.body.data?.openYouthCase).toMatchObject({ __typename: 'YouthCase' });
  return response.body.data!.openYouthCase.id!;
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

  it('of the JET reads a household once the JET is involved in a youth case of it, not through clients regie', async () => {
    const ids = await newHousehold('999943583');
    const child = await newMember(ids.householdId, '999943595');
    expect(await read(jetKey, ids)).toEqual({ household: null, client: null });
    // Wmo regie by the basis gives the JET nothing; Jeugdwet regie is no longer clients' (BR-CL15).
    expect(await assign(ids.householdId, 'worker-00001', 'WMO')).toBe('Household');
    expect(await assign(ids.householdId, 'worker-00009', 'JEUGDWET')).toBe('JeugdwetRegieMovedError');
    expect(await read(jetKey, ids)).toEqual({ household: null, client: null });
    // The municipality opens a youth case and records the JET's consultation; the JET decides.
    const caseId = await openYouthCase(ids.householdId, child);
    expect(
      await youthWrite(
        'recordJetConsultation',
        'RecordJetConsultationInput',
        { caseId, expertId: 'worker-00009', advice: 'Jeugdwet-ondersteuning is nodig' },
        gateway.municipalKey,
      ),
    ).toBe('JetConsultation');
    expect(
      await youthWrite(
        'recordJetDecision',
        'RecordJetDecisionInput',
        {
          caseId,
          decidedById: 'worker-00009',
          route: 'JEUGDWET',
          support: 'Ambulante jeugdhulp',
          processDirectorId: 'worker-00009',
        },
        jetKey,
      ),
    ).toBe('JetDecision');
    // clients asks youth for the JET's households and keeps the answer for 5 s at most.
    await expect
      .poll(() => read(jetKey, ids), { timeout: 8000, interval: 500 })
      .toEqual({
        household: {
          id: ids.householdId,
          members: expect.arrayContaining([{ client: { id: ids.clientId, name: 'Test Gezin' } }]),
        },
        client: { id: ids.clientId, name: 'Test Gezin' },
      });
    // Sociale Zaken is not involved.
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
