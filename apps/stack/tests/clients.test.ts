import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// The clients issue's "done when", through the real gateway, every subgraph and the access log.
let graph: TestGraph;
let gateway: TestGateway;
let providerKey: string;
let analystKey: string;
let auditorKey: string;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
  const create = async (
    name: string,
    organisationId: string,
    organisationKind: 'PROVIDER' | 'MUNICIPALITY',
    scopes: string[],
  ) =>
    (await gateway.keys.create({ name, organisationId, organisationKind, scopes: scopes as never })).secret;
  providerKey = await create('miep portal', 'org-miep', 'PROVIDER', [
    'clients:read',
    'personal-data',
    'locations:read',
  ]);
  analystKey = await create('analyst', 'org-gemeente-leeuwarden', 'MUNICIPALITY', [
    'clients:read',
    'statistics',
    'locations:read',
  ]);
  auditorKey = await create('privacy officer', 'org-gemeente-leeuwarden', 'MUNICIPALITY', [
    'clients:read',
    'audit',
  ]);
});
afterAll(() => graph?.close());

const HOUSEHOLD = `query Household($id: ID!) {
  household(id: $id) {
    id
    version
    area { id name }
    members { role client { id name bsn engagements { pillar kind provider { id name } } } }
    plan { goals parties { id name } }
    coordinator { startedOn worker { id name role } }
  }
}`;

type Household = {
  id: string;
  version: number;
  area: { id: string; name: string };
  members: {
    role: string;
    client: {
      id: string;
      name: string;
      bsn: string;
      engagements: { pillar: string; provider: { id: string; name: string } }[];
    };
  }[];
  plan: { goals: string[] } | null;
  coordinator: { worker: { id: string; name: string; role: string } } | null;
};

async function aanvullendHousehold(): Promise<string> {
  const response = await gateway.query<{ clients: { edges: { node: { household: { id: string } } }[] } }>(
    '{ clients(first: 1, filter: { pillar: AANVULLEND }) { edges { node { household { id } } } } }',
  );
  return response.body.data!.clients.edges[0]!.node.household.id;
}

describe('clients through the gateway', () => {
  it('answers the frontend contract: three clients with household roles and the total', async () => {
    const response = await gateway.query<{
      clients: {
        totalCount: number;
        edges: {
          node: { id: string; name: string; bsn: string; household: { members: { role: string }[] } };
        }[];
      };
    }>(
      '{ clients(first: 3) { totalCount edges { node { id name bsn household { id members { role } } } } } }',
    );
    expect(response.body.errors).toBeUndefined();
    const { clients } = response.body.data!;
    expect(clients.edges).toHaveLength(3);
    expect(clients.totalCount).toBeGreaterThan(3000);
    for (const { node } of clients.edges) {
      expect(node.bsn).toMatch(/^\d{9}$/);
      expect(node.household.members.length).toBeGreaterThan(0);
    }
  });

  it('returns a household with members, plan, coordinator (named by locations), engagements with provider and area in one operation', async () => {
    const id = await aanvullendHousehold();
    const response = await gateway.query<{ household: Household }>(HOUSEHOLD, { variables: { id } });
    expect(response.body.errors).toBeUndefined();
    const household = response.body.data!.household;
    expect(household.area.name).toEqual(expect.any(String));
    expect(household.plan?.goals.length).toBeGreaterThan(0);
    expect(household.coordinator?.worker).toMatchObject({ name: expect.any(String), role: 'SOCIAAL_WERKER' });
    const providers = household.members.flatMap((m) => m.client.engagements.map((e) => e.provider));
    expect(providers.length).toBeGreaterThan(0);
    expect(providers.every((p) => typeof p.name === 'string')).toBe(true);
  });

  it('refuses a second active coordinator with a typed error and changes nothing', async () => {
    const id = await aanvullendHousehold();
    const before = (await gateway.query<{ household: Household }>(HOUSEHOLD, { variables: { id } })).body
      .data!.household;
    const response = await gateway.query<{ assignCoordinator: { __typename: string; message: string } }>(
      `mutation ($id: ID!) { assignCoordinator(input: { householdId: $id, workerId: "worker-00004" }) { __typename ... on Error { message } } }`,
      { variables: { id } },
    );
    expect(response.body.data!.assignCoordinator.__typename).toBe('CoordinatorAlreadyAssignedError');
    const after = (await gateway.query<{ household: Household }>(HOUSEHOLD, { variables: { id } })).body.data!
      .household;
    expect(after).toEqual(before);
  });

  it('refuses an invalid BSN with a typed error', async () => {
    const response = await gateway.query<{ registerClient: { __typename: string; message: string } }>(
      'mutation { registerClient(input: { bsn: "123456789", name: "Test Persoon", dateOfBirth: "1980-01-01" }) { __typename ... on Error { message } } }',
    );
    expect(response.body.data!.registerClient).toEqual({
      __typename: 'InvalidBsnError',
      message: expect.stringMatching(/11-proef/),
    });
  });

  it('answers a malformed date with BAD_USER_INPUT naming the problem, not an internal error', async () => {
    const response = await gateway.query(
      'mutation ($input: FileObjectionInput!) { fileObjection(input: $input) { __typename } }',
      { variables: { input: { decisionId: 'decision-x', filedOn: '2021-13-01' } } },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/filedOn/);
  });

  it('answers the transition question in one query', async () => {
    const response = await gateway.query<Record<string, { totalCount: number }>>(`{
      followUpPending: transitionInterviews(status: FOLLOW_UP_PENDING, first: 50) { totalCount edges { node { client { id name } legacyIndication legacyProvider { name } } } }
      handoverInProgress: transitionInterviews(status: HANDOVER_IN_PROGRESS, first: 50) { totalCount edges { node { client { id name } legacyIndication } } }
      notPlanned: transitionInterviews(status: NOT_PLANNED, first: 50) { totalCount }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.followUpPending!.totalCount).toBeGreaterThan(0);
    expect(response.body.data!.handoverInProgress!.totalCount).toBeGreaterThan(0);
    // Every perspective conversation was held by late November 2020 (council letter 2020).
    expect(response.body.data!.notPlanned!.totalCount).toBe(0);
  });
});

describe('access through the gateway', () => {
  it('keeps a provider key to its own clients, on every path', async () => {
    const response = await gateway.query<{
      clients: { edges: { node: { id: string; engagements: { provider: { id: string } }[] } }[] };
    }>('{ clients(first: 50) { edges { node { id engagements { provider { id } } } } } }', {
      key: providerKey,
    });
    expect(response.body.errors).toBeUndefined();
    const own = response.body.data!.clients.edges;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every(({ node }) => node.engagements.every((e) => e.provider.id === 'org-miep'))).toBe(true);
    // A Windkracht058 client, asked for by id, is absent for M.I.E.P.
    const other = await gateway.query<{ clients: { edges: { node: { id: string } }[] } }>(
      '{ clients(first: 1, filter: { pillar: AANVULLEND }) { edges { node { id engagements { provider { id } } } } } }',
    );
    const otherId = other.body.data!.clients.edges[0]!.node.id;
    const refused = await gateway.query<{ client: null }>(
      'query ($id: ID!) { client(id: $id) { id name } }',
      {
        variables: { id: otherId },
        key: providerKey,
      },
    );
    expect(refused.body.data!.client).toBeNull();
  });

  it('gives an analyst key statistics but no BSN or name', async () => {
    const stats = await gateway.query<{
      clientStatistics: { deliveryForms: { form: string; clients: { value: number; rounded: boolean } }[] };
    }>(
      '{ clientStatistics(from: "2021-01-01", to: "2021-12-31") { deliveryForms { form clients { value secret rounded } } } }',
      { key: analystKey },
    );
    expect(stats.body.errors).toBeUndefined();
    expect(stats.body.data!.clientStatistics.deliveryForms.every((d) => d.clients.rounded)).toBe(true);
    const personal = await gateway.query<{
      clients: { edges: { node: { id: string; name: null; bsn: null } }[] };
    }>('{ clients(first: 2) { edges { node { id name bsn } } } }', { key: analystKey });
    expect(
      personal.body.data!.clients.edges.every(({ node }) => node.name === null && node.bsn === null),
    ).toBe(true);
    expect(personal.body.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('leaves one access-log entry per personal-data read, readable with the audit scope', async () => {
    const first = await gateway.query<{ clients: { edges: { node: { id: string } }[] } }>(
      '{ clients(first: 1, filter: { areaId: "area-stiens" }) { edges { node { id } } } }',
    );
    const id = first.body.data!.clients.edges[0]!.node.id;
    const LOG =
      'query ($id: ID!) { client(id: $id) { accessLog(first: 10) { totalCount edges { node { action fields purpose source organisationId keyId requestId } } } } }';
    type Log = { client: { accessLog: { totalCount: number; edges: { node: Record<string, unknown> }[] } } };
    const before = (await gateway.query<Log>(LOG, { variables: { id }, key: auditorKey })).body.data!.client
      .accessLog;
    const read = await gateway.query('query ($id: ID!) { client(id: $id) { name bsn dateOfBirth } }', {
      variables: { id },
      headers: { 'x-mienskip-purpose': 'keukentafelgesprek voorbereiden' },
    });
    expect(read.body.errors).toBeUndefined();
    const log = await gateway.query<Log>(LOG, { variables: { id }, key: auditorKey });
    expect(log.body.errors).toBeUndefined();
    const after = log.body.data!.client.accessLog;
    // Reading the log is itself logged (source audit): the read that gave `before` is one more entry.
    expect(after.totalCount).toBe(before.totalCount + 2);
    expect(after.edges[0]!.node).toMatchObject({
      action: 'READ',
      fields: ['bsn', 'dateOfBirth', 'name'],
      purpose: 'keukentafelgesprek voorbereiden',
      source: 'clients',
      organisationId: 'org-gemeente-leeuwarden',
    });
    const refused = await gateway.query(
      'query ($id: ID!) { client(id: $id) { accessLog(first: 1) { totalCount } } }',
      {
        variables: { id },
        key: analystKey,
      },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
