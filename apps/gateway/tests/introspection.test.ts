import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorCodes } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '../src/subgraphs.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';

// A stand-in for every subgraph: answers `{ rooms }` with none and counts the calls it got.
let subgraphCalls = 0;
let subgraph: Server;
let gateway: TestGateway;
let closedKey: string;

beforeAll(async () => {
  subgraph = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    subgraphCalls++;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { rooms: [] } }));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
  gateway = await startTestGateway(Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url])));
  ({ secret: closedKey } = await gateway.keys.create({
    name: 'partner without introspection',
    organisationId: 'org-miep',
    organisationKind: 'PROVIDER',
    scopes: ['locations:read'],
    mayIntrospect: false,
  }));
});
afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => subgraph?.close(resolve));
});

describe('a key that may not introspect', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Room") { fields { name } } }'],
    ['__schema in a fragment', 'query { ...F } fragment F on Query { __schema { queryType { name } } }'],
    ['__type beside data', '{ rooms { id } __type(name: "Room") { name } }'],
  ])('is refused %s with 403 INTROSPECTION_DISABLED, no subgraph called', async (_case, query) => {
    subgraphCalls = 0;
    const response = await gateway.query(query, { key: closedKey });
    expect([response.status, errorCodes(response)]).toEqual([403, ['INTROSPECTION_DISABLED']]);
    expect(response.body.data).toBeUndefined();
    expect(subgraphCalls).toBe(0);
  });

  it('still runs data queries, __typename included', async () => {
    const response = await gateway.query<{ __typename: string; rooms: unknown[] }>(
      '{ __typename rooms { id } }',
      {
        key: closedKey,
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query', rooms: [] } });
  });

  it('leaves other keys free to introspect', async () => {
    const response = await gateway.query('{ __schema { queryType { name } } }');
    expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
