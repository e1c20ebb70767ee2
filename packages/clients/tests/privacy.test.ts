import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decision, referral, register, start } from './fixtures.ts';
import { type ClientsUnderTest, MIEP, startClients, WINDKRACHT } from './helpers.ts';

let graph: ClientsUnderTest;
let windkrachtClient: string;
let miepClient: string;

beforeAll(async () => {
  graph = await startClients();
  windkrachtClient = await register(graph, 200);
  const letter = await referral(graph, windkrachtClient);
  await start(graph, {
    clientId: windkrachtClient,
    pillar: 'AANVULLEND',
    kind: 'THUISONDERSTEUNING',
    provisionType: 'MAATWERK',
    accessRoute: 'VERWIJSBRIEF',
    referralId: letter.id,
    providerId: 'org-windkracht058',
    startedOn: '2021-03-01',
  });
  miepClient = await register(graph, 201);
  const granted = await decision(graph, miepClient);
  await start(graph, {
    clientId: miepClient,
    pillar: 'AANVULLEND',
    kind: 'HULP_BIJ_HET_HUISHOUDEN',
    provisionType: 'MAATWERK',
    accessRoute: 'BESCHIKKING',
    decisionId: granted.id,
    providerId: 'org-miep',
    startedOn: '2021-03-01',
  });
});
afterAll(() => graph?.close());

const CLIENT = 'query ($id: ID!) { client(id: $id) { id engagements { provider { id } } } }';
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Client { id } ... on Household { id } } }`;

describe('organisation scoping', () => {
  it("a provider key reads its own client and not another provider's", async () => {
    const own = await graph.data<{ client: { id: string } | null }>(
      CLIENT,
      { id: windkrachtClient },
      WINDKRACHT,
    );
    expect(own.client?.id).toBe(windkrachtClient);
    expect((await graph.data<{ client: null }>(CLIENT, { id: miepClient }, WINDKRACHT)).client).toBeNull();
    expect((await graph.data<{ client: { id: string } }>(CLIENT, { id: miepClient }, MIEP)).client.id).toBe(
      miepClient,
    );
  });

  it('holds on entity references too', async () => {
    const household = await graph.data<{ client: { household: { id: string } } }>(
      'query ($id: ID!) { client(id: $id) { household { id } } }',
      { id: miepClient },
    );
    const { _entities } = await graph.data<{ _entities: unknown[] }>(
      ENTITIES,
      {
        reps: [
          { __typename: 'Client', id: miepClient },
          { __typename: 'Client', id: windkrachtClient },
          { __typename: 'Household', id: household.client.household.id },
        ],
      },
      WINDKRACHT,
    );
    expect(_entities).toEqual([null, { id: windkrachtClient }, null]);
  });

  it('lists only the clients with an engagement at the organisation, and only its engagements', async () => {
    const { clients } = await graph.data<{
      clients: {
        totalCount: number;
        edges: { node: { id: string; engagements: { provider: { id: string } }[] } }[];
      };
    }>(
      '{ clients(first: 100) { totalCount edges { node { id engagements { provider { id } } } } } }',
      undefined,
      WINDKRACHT,
    );
    expect(clients.edges.map((e) => e.node.id)).not.toContain(miepClient);
    for (const { node } of clients.edges) {
      expect(node.engagements.length).toBeGreaterThan(0);
      expect(node.engagements.every((e) => e.provider.id === 'org-windkracht058')).toBe(true);
    }
    const all = await graph.data<{ clients: { totalCount: number } }>('{ clients(first: 1) { totalCount } }');
    expect(clients.totalCount).toBeLessThan(all.clients.totalCount);
  });

  it('keeps decisions and charges to municipal keys', async () => {
    const response = await graph.subgraph.query<{ client: { decisions: null } }>(
      'query ($id: ID!) { client(id: $id) { decisions { id } } }',
      { variables: { id: miepClient }, caller: MIEP },
    );
    expect(response.body.data?.client.decisions).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('personal data', () => {
  it('needs the personal-data scope: without it name and BSN are null with FORBIDDEN', async () => {
    const response = await graph.subgraph.query<{ client: { id: string; name: null; bsn: null } }>(
      'query ($id: ID!) { client(id: $id) { id name bsn } }',
      { variables: { id: windkrachtClient }, caller: { scopes: ['clients:read', 'statistics'] } },
    );
    expect(response.body.data?.client).toEqual({ id: windkrachtClient, name: null, bsn: null });
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('leaves one access-log entry per person per operation, with the fields read', async () => {
    const before = graph.log.batches.length;
    const { clients } = await graph.data<{ clients: { edges: { node: { id: string; name: string } }[] } }>(
      '{ clients(first: 3) { edges { node { id name bsn again: name } } } }',
      undefined,
      { purpose: 'test: one entry per person' },
    );
    const batches = graph.log.batches.slice(before);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.caller.purpose).toBe('test: one entry per person');
    expect(batches[0]!.entries).toEqual(
      clients.edges.map(({ node }) => ({
        subjectType: 'Client',
        subjectId: node.id,
        action: 'READ',
        fields: ['bsn', 'name'],
      })),
    );
  });

  it('logs nothing when no personal data is read', async () => {
    const before = graph.log.batches.length;
    await graph.data('{ clients(first: 5) { edges { node { id pgbCompetent } } } }');
    expect(graph.log.batches.length).toBe(before);
  });

  it('fails the read when the access log cannot be written', async () => {
    graph.log.failing = true;
    try {
      const response = await graph.subgraph.query('{ clients(first: 2) { edges { node { id name } } } }');
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.[0]?.extensions?.code).toBe('ACCESS_LOG_UNAVAILABLE');
    } finally {
      graph.log.failing = false;
    }
  });
});
