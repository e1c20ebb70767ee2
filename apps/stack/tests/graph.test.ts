import type { TestGateway } from '@mienskip/gateway/testing';
import { errorCodes, postGraphQL, signTestToken, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// The whole request path: HTTP client → gateway (key, limits, signed token) → subgraph over HTTP.
let graph: TestGraph;
let subgraph: TestSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway, locations: subgraph } = graph);
});
afterAll(() => graph?.close());

describe('through the gateway', () => {
  it('returns the nine rooms with their areas for the documented operation', async () => {
    const response = await gateway.query<{
      rooms: { id: string; name: string; status: string; area: { name: string } }[];
    }>('{ rooms { id name status area { name } } }');
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const rooms = response.body.data!.rooms;
    expect(rooms).toHaveLength(9);
    expect(rooms.find((room) => room.id === 'room-westenkwartier')).toEqual({
      id: 'room-westenkwartier',
      name: 'MFC Westenkwartier',
      status: 'OPEN_MORNINGS_ONLY',
      area: { name: 'West' },
    });
    expect(new Set(rooms.map((room) => room.area.name))).toEqual(
      new Set(['Dorpen zuid', 'Zuid', 'Oud-Oost', 'Centrum-Oost', 'Noord', 'Noord-Oost', 'Stiens', 'West']),
    );
  });

  it('answers GraphQL over HTTP GET', async () => {
    const response = await fetch(
      `${gateway.url}?query=${encodeURIComponent('{ area(id: "area-stiens") { name rooms { name } } }')}`,
      {
        headers: {
          authorization: `Bearer ${gateway.municipalKey}`,
          accept: 'application/graphql-response+json',
        },
      },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { area: { name: 'Stiens', rooms: [{ name: 'De Skalm' }] } },
    });
  });

  it('refuses a field the key has no scope for with FORBIDDEN', async () => {
    const { secret } = await gateway.keys.create({
      name: 'budget only',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['budget:read'],
    });
    const response = await gateway.query('{ rooms { id } }', { key: secret });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.body.errors![0]!.message).toContain('locations:read');
  });

  it('returns the request id it was given', async () => {
    const response = await gateway.query('{ areas { id } }', { headers: { 'x-request-id': 'trace-me-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
  });
});

describe('API keys', () => {
  const refusedWith401 = async (key: string | null, message: RegExp) => {
    const response = await gateway.query('{ rooms { id } }', { key });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.errors![0]!.message).toMatch(message);
  };

  it('refuses a request without a key', () => refusedWith401(null, /API key is required/));
  it('refuses an unknown key', () => refusedWith401('msk_not-a-real-key', /not known/));

  it('refuses an expired key', async () => {
    const { secret } = await gateway.keys.create({
      name: 'expired',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
      expiresAt: new Date(Date.now() - 1000),
    });
    await refusedWith401(secret, /expired/);
  });

  it('refuses a revoked key that worked before', async () => {
    const { id, secret } = await gateway.keys.create({
      name: 'to revoke',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });
    expect((await gateway.query('{ rooms { id } }', { key: secret })).status).toBe(200);
    await gateway.keys.revoke(id);
    await refusedWith401(secret, /revoked/);
  });

  it('refuses a malformed Authorization header', async () => {
    const response = await gateway.query('{ rooms { id } }', {
      key: null,
      headers: { authorization: 'Basic abc' },
    });
    expect(response.status).toBe(401);
  });
});

describe('a subgraph called directly', () => {
  it('refuses a request without an internal token', async () => {
    const response = await postGraphQL(subgraph.url, '{ rooms { id } }');
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.data).toBeUndefined();
  });

  it('refuses a token meant for another subgraph', async () => {
    const response = await postGraphQL(subgraph.url, '{ rooms { id } }', {
      headers: { 'x-mienskip-token': await signTestToken('budget'), 'x-request-id': 'req-other-subgraph' },
    });
    expect(response.status).toBe(401);
  });

  it('refuses an API key in place of a token', async () => {
    const response = await postGraphQL(subgraph.url, '{ rooms { id } }', {
      headers: { authorization: `Bearer ${gateway.municipalKey}` },
    });
    expect(response.status).toBe(401);
  });
});

describe('limits, before any subgraph is called', () => {
  const nested = (depth: number) => {
    let selection = 'id';
    for (let i = 0; i < depth - 1; i++)
      selection = i % 2 === depth % 2 ? `rooms { ${selection} }` : `area { ${selection} }`;
    return `{ rooms { ${selection} } }`;
  };

  const refusedUnseen = async (query: string, message: RegExp) => {
    const before = subgraph.graphqlRequests;
    const response = await gateway.query(query);
    expect(response.body.data).toBeUndefined();
    expect(response.status).toBe(400);
    const messages = response.body.errors!.map((error) => error.message);
    expect(messages[0]).toMatch(message);
    expect(messages.join('\n')).not.toMatch(/Syntax Error/);
    expect(subgraph.graphqlRequests).toBe(before);
    return response;
  };

  it('refuses a query nested 20 levels deep', () =>
    refusedUnseen(nested(20), /^Refused by the gateway: the query is nested deeper than 12 levels\.$/));

  it('refuses 100 aliases', () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: areas { id }`).join(' ')} }`;
    return refusedUnseen(query, /^Refused by the gateway: the query uses more than 15 aliases\.$/);
  });

  it('refuses too many tokens', () => {
    const query = `{ areas { ${Array.from({ length: 2100 }, () => 'id').join(' ')} } }`;
    return refusedUnseen(query, /^Refused by the gateway: the query has more than 2000 tokens\.$/);
  });

  it('refuses a query over the cost limit', () => {
    // Within the depth, alias and token limits, but 15 deep, wide selections side by side cost too much.
    const wide = Array.from({ length: 15 }, () => 'id name status').join(' ');
    const deep = `rooms { area { rooms { area { rooms { area { rooms { area { rooms { area { rooms { ${wide} } } } } } } } } } } }`;
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${deep}`).join(' ')} }`;
    return refusedUnseen(query, /^Refused by the gateway: the query would cost more than 50000\.$/);
  });

  it('refuses a body over 100 kB with 413', async () => {
    const before = subgraph.graphqlRequests;
    const response = await gateway.query(`{ areas { id } } # ${'x'.repeat(110 * 1024)}`);
    expect(response.status).toBe(413);
    expect(errorCodes(response)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(response.body.errors![0]!.message).toMatch(/larger than 100 kB/);
    expect(subgraph.graphqlRequests).toBe(before);
  });

  it('refuses a fragment named like introspection', () =>
    refusedUnseen(
      '{ ...__schema } fragment __schema on Query { rooms { id } }',
      /reserved for introspection/,
    ));

  it("keeps GraphiQL's introspection query working", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await gateway.query<{ __schema: { types: { name: string }[] } }>(
      getIntrospectionQuery(),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.__schema.types.map((type) => type.name)).toContain('Room');
  });
});

describe('errors and logs', () => {
  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const response = await gateway.query('{ rooms { id ');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers a body it cannot read with a JSON error, never a page with a stack', async () => {
    for (const headers of <Record<string, string>[]>[
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', 'content-encoding': 'compress' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    ]) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${gateway.municipalKey}` },
        body: '{"query": "{ rooms',
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(text).not.toMatch(/node_modules|at \w+ \(|<pre>/);
    }
    const direct = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query',
    });
    expect(direct.status).toBe(400);
    expect(await direct.text()).not.toMatch(/node_modules|at \w+ \(|<pre>/);
  });

  it('does not suggest field names', async () => {
    const response = await gateway.query('{ roms { id } }');
    expect(response.body.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('logs operations with the request id and never the variables', async () => {
    const response = await gateway.query('query RoomByBsn($id: ID!) { room(id: $id) { id } }', {
      variables: { id: '123456782' },
    });
    const requestId = response.headers.get('x-request-id')!;
    const lines = gateway.logs.filter((line) => line.requestId === requestId);
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['operation', 'http']));
    expect(lines.find((line) => line.msg === 'operation')?.operationName).toBe('RoomByBsn');
    expect(JSON.stringify(gateway.logs)).not.toContain('123456782');
  });
});
