import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import type { Scope } from '@mienskip/kit/scopes';
import { errorCodes, type GraphQLResponse, postGraphQL } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from '../graph.ts';
import { tableFingerprint } from '../rows.ts';
import {
  type Ctx,
  entitiesQuery,
  expectUnauthenticated,
  type Headers,
  type Json,
  PURPOSE,
  type QueryFixture,
  type Vars,
} from './expect.ts';
import {
  AMARYLLIS,
  callerOf,
  createMatrixKeys,
  type MatrixKey,
  type MatrixKeys,
  otherProvider,
  type ProviderId,
  READING_KINDS,
  REFUSED_KINDS,
  type ReadingKind,
  WINDKRACHT,
} from './keys.ts';
import { mutationRequest } from './mutations.ts';
import { addDebtRows, addRows, findSeed, type Seed, sql } from './seed.ts';
import {
  ENTITIES,
  MUTATIONS,
  NESTED,
  QUERIES,
  ROWS,
  type SubgraphRows,
  WITHOUT_ROWS,
} from './subgraph-rows.ts';
import { readSupergraph } from './supergraph.ts';

// "Partner access" point 3: every root field, every entity type (through a nested path and through
// `_entities` at each subgraph that resolves it) and every mutation of the supergraph, asked with
// every kind of key, asserting what each may see. Rows: fixtures/<subgraph>.ts, one per subgraph of
// the catalogue (subgraph-rows.ts); columns: keys.ts.

const supergraph = readSupergraph();

let graph: TestGraph;
let keys: MatrixKeys;
let seed: Seed;

beforeAll(async () => {
  graph = await startGraph();
  keys = await createMatrixKeys(graph);
  // Debt's rows first: the seed's providers' sight is read with them in place.
  seed = await findSeed(graph, await addDebtRows(graph, keys.municipal));
  await addRows(graph, keys.municipal);
});
afterAll(() => graph?.close());

describe('completeness: the matrix covers the supergraph', () => {
  it('has rows for every subgraph of the catalogue of services (fixtures/<name>.ts)', () => {
    expect(WITHOUT_ROWS).toEqual([]);
    const count = ({ queries, mutations, entities, nested }: SubgraphRows) =>
      Object.keys({ ...queries, ...mutations, ...nested }).length + entities.length;
    expect(SUBGRAPHS.filter(({ name }) => !ROWS[name] || count(ROWS[name]) === 0)).toEqual([]);
  });
  it('has a fixture for every Query field', () => {
    expect(supergraph.queries.length).toBeGreaterThan(20);
    expect(supergraph.queries.filter((field) => !QUERIES[field])).toEqual([]);
  });
  it('has a fixture for every Mutation field', () => {
    expect(supergraph.mutations.length).toBeGreaterThan(30);
    expect(supergraph.mutations.filter((field) => !(field in MUTATIONS))).toEqual([]);
  });
  it('has a nested path and an `_entities` fixture at every subgraph that resolves each entity type', () => {
    const missing: string[] = [];
    for (const [type, subgraphs] of Object.entries(supergraph.entities)) {
      if (!NESTED[type]?.length) missing.push(`${type}: no nested path`);
      for (const subgraph of subgraphs)
        if (!ENTITIES.some((e) => e.type === type && e.subgraph === subgraph))
          missing.push(`${type}: no _entities fixture at ${subgraph}`);
    }
    expect(Object.keys(supergraph.entities).length).toBeGreaterThanOrEqual(6);
    expect(missing).toEqual([]);
  });
  it('has no fixture for a field or entity the supergraph no longer has', () => {
    const stale = [
      ...Object.keys(QUERIES).filter((field) => !supergraph.queries.includes(field)),
      ...Object.keys(MUTATIONS).filter((field) => !supergraph.mutations.includes(field)),
      ...ENTITIES.filter((e) => !supergraph.entities[e.type]?.includes(e.subgraph)).map(
        (e) => `${e.type}@${e.subgraph}`,
      ),
      ...Object.keys(NESTED).filter((type) => !supergraph.entities[type]),
    ];
    expect(stale).toEqual([]);
  });
});

/** The keys a column runs with: the provider column with each provider, the other as "another". */
function columnOf(kind: ReadingKind): { key: MatrixKey; own: ProviderId }[] {
  if (kind === 'provider')
    return [WINDKRACHT, AMARYLLIS].map((own) => ({
      key: keys.providers[own as ProviderId],
      own: own as ProviderId,
    }));
  return [{ key: keys[kind], own: WINDKRACHT }];
}

/** How a row asks: with a key, optionally more scopes (at a subgraph) and the row's headers. */
type Ask = (
  key: MatrixKey,
  query: string,
  variables?: Vars,
  moreScopes?: readonly Scope[],
  headers?: Headers,
) => Promise<GraphQLResponse<Json>>;

function contextFor(kind: ReadingKind, key: MatrixKey, own: ProviderId, ask: Ask, headers?: Headers): Ctx {
  const baselines = new Map<string, Promise<GraphQLResponse<Json>>>();
  return {
    kind,
    key,
    seed,
    own: seed.providers[own],
    other: seed.providers[otherProvider(own)],
    run: (query, variables, moreScopes, withHeaders = headers) =>
      ask(key, query, variables, moreScopes, withHeaders),
    baseline: (query, variables) => {
      const id = `${query}\n${JSON.stringify(variables ?? {})}`;
      if (!baselines.has(id)) baselines.set(id, ask(keys.municipal, query, variables, [], headers));
      return baselines.get(id)!;
    },
    jet: (query, variables) => ask(keys.jet, query, variables, [], headers),
    thirdParty: (query, variables) => ask(keys.thirdParty, query, variables, [], headers),
  };
}

const throughGateway: Ask = (key, query, variables, _moreScopes, headers) =>
  graph.gateway.query<Json>(query, {
    key: key.secret,
    ...(variables && { variables }),
    ...(headers && { headers }),
  });

async function runRow(fixture: QueryFixture, kind: ReadingKind): Promise<void> {
  for (const { key, own } of columnOf(kind)) {
    const ctx = contextFor(kind, key, own, throughGateway, fixture.headers);
    const variables = fixture.variables?.(ctx) ?? {};
    const response = await ctx.run(fixture.query, variables);
    await fixture.expect[kind].check(response, ctx, {
      field: fixture.field,
      query: fixture.query,
      variables,
    });
  }
}

async function runRefused(
  fixture: QueryFixture | { query: string; variables: Vars },
  kind: 'revoked' | 'expired',
) {
  const headers = 'headers' in fixture ? fixture.headers : undefined;
  const ctx = contextFor('municipal', keys.municipal, WINDKRACHT, throughGateway, headers);
  const variables =
    typeof fixture.variables === 'function' ? fixture.variables(ctx) : (fixture.variables ?? {});
  expectUnauthenticated(await throughGateway(keys[kind], fixture.query, variables, [], headers));
}

describe.each(Object.entries(QUERIES))('Query.%s', (_field, fixture) => {
  it.each(READING_KINDS.map((kind) => [kind, fixture.expect[kind].label]))('%s: %s', async (kind) =>
    runRow(fixture, kind as ReadingKind),
  );
  it.each(REFUSED_KINDS)('%s key: HTTP 401 UNAUTHENTICATED', (kind) => runRefused(fixture, kind));
});

describe.each(Object.entries(NESTED))('entity %s through the gateway', (_type, fixtures) => {
  describe.each(fixtures.map((fixture) => [fixture.path, fixture] as const))('%s', (_path, fixture) => {
    it.each(READING_KINDS.map((kind) => [kind, fixture.expect[kind].label]))('%s: %s', async (kind) =>
      runRow(fixture, kind as ReadingKind),
    );
    it.each(REFUSED_KINDS)('%s key: HTTP 401 UNAUTHENTICATED', (kind) => runRefused(fixture, kind));
  });
});

describe.each(ENTITIES.map((fixture) => [fixture.type, fixture.subgraph, fixture] as const))(
  '_entities %s at %s',
  (_type, _subgraph, fixture) => {
    const query = entitiesQuery(fixture.type, fixture.selection);
    // The row's purpose is signed into the internal token, as the gateway signs `x-mienskip-purpose`.
    const atSubgraph: Ask = (key, q, variables, moreScopes = [], headers) =>
      graph[fixture.subgraph].query<Json>(q, {
        ...(variables && { variables }),
        caller: {
          ...callerOf(
            { ...key.identity, scopes: [...key.identity.scopes, ...(moreScopes ?? [])] },
            `key-matrix-${key.kind}-${key.identity.organisationId}`,
          ),
          ...(headers?.[PURPOSE] !== undefined && { purpose: headers[PURPOSE] }),
        },
      });
    it.each(READING_KINDS.map((kind) => [kind, fixture.expect[kind].label]))('%s: %s', async (kind) => {
      for (const { key, own } of columnOf(kind as ReadingKind)) {
        const ctx = contextFor(kind as ReadingKind, key, own, atSubgraph, fixture.headers);
        const variables = { representations: fixture.representations(ctx) };
        const response = await ctx.run(query, variables);
        await fixture.expect[kind as ReadingKind].check(response, ctx, {
          field: '_entities',
          query,
          variables,
        });
      }
    });
    it('without an internal token: HTTP 401', async () => {
      const ctx = contextFor('municipal', keys.municipal, WINDKRACHT, atSubgraph);
      const response = await postGraphQL(graph[fixture.subgraph].url, query, {
        variables: { representations: fixture.representations(ctx) },
      });
      expect(response.status).toBe(401);
      expect(response.body.data ?? null).toBeNull();
    });
  },
);

describe('mutations', () => {
  let fingerprint: () => Promise<Record<string, string>>;
  let before: Record<string, string>;
  beforeAll(async () => {
    fingerprint = await tableFingerprint(graph.dataSubgraphs());
    before = await fingerprint();
  });

  it.each(Object.entries(MUTATIONS))(
    '%s: provider, analyst and council FORBIDDEN; revoked and expired HTTP 401',
    async (name, fixture) => {
      const { query, variables } = mutationRequest(name, fixture.variables);
      for (const key of [...Object.values(keys.providers), keys.analyst, keys.council]) {
        const response = await throughGateway(key, query, variables);
        const context = `${key.kind} ${key.identity.organisationId}: ${JSON.stringify(response.body)}`;
        expect(response.status, context).toBe(200);
        expect(errorCodes(response), context).toEqual(['FORBIDDEN']);
        expect(response.body.data?.[name] ?? null, context).toBeNull();
      }
      for (const kind of REFUSED_KINDS) await runRefused({ query, variables }, kind);
    },
  );

  it('a provider with write scopes cannot write another organisation’s rows', async () => {
    const [engagement] = await sql(
      graph.clients,
      `select id, version from clients.engagements where organisation_id = '${AMARYLLIS}' and ended_on is null order by id limit 1`,
    );
    const cases: [string, Vars, string][] = [
      [
        'recordRealisation',
        {
          input: {
            organisationId: AMARYLLIS,
            lot: 'BASISONDERSTEUNING',
            year: 2021,
            month: 3,
            amount: '100.00',
          },
        },
        'ValidationError',
      ],
      [
        'startEngagement',
        {
          input: {
            clientId: seed.providers[AMARYLLIS].client,
            pillar: 'BASIS',
            kind: 'THUISONDERSTEUNING',
            provisionType: 'ALGEMEEN',
            accessRoute: 'DIRECT',
            providerId: AMARYLLIS,
          },
        },
        'RuleViolationError',
      ],
      [
        'endEngagement',
        { input: { id: engagement!.id, version: engagement!.version, reason: 'GOAL_REACHED' } },
        'NotFoundError',
      ],
      [
        // Youth case visibility (BR-Y10) on writes: a case it is not involved in answers as absent.
        'closeYouthCase',
        { input: { caseId: seed.youth.case, reason: 'VOLGENS_PLAN', expectedVersion: 1 } },
        'NotFoundError',
      ],
      [
        // Debt case visibility (BR-DB9) on writes: a case it neither registered nor was referred answers as absent.
        'closeDebtCase',
        { input: { caseId: seed.debt.case, reason: 'ZELF', expectedVersion: 1 } },
        'NotFoundError',
      ],
    ];
    for (const [name, given, typename] of cases) {
      const { query } = mutationRequest(name, given);
      const response = await throughGateway(keys.providerWriter, query, given);
      expect(response.body, name).toEqual({ data: { [name]: { __typename: typename } } });
    }
    for (const name of ['grantSubsidy', 'createLumpsum', 'decideRedistribution', 'issueDecision']) {
      const { query, variables } = mutationRequest(name);
      const response = await throughGateway(keys.providerWriter, query, variables);
      expect(errorCodes(response), name).toEqual(['FORBIDDEN']);
    }
  });

  it('changed nothing: every table of every data subgraph as before', async () => {
    expect(await fingerprint()).toEqual(before);
  });
});
