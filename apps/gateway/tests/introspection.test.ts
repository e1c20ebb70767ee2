import { errorCodes } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

// Every subgraph is a stand-in that counts the operations reaching it.
let standIn: StandInSubgraph;
let gateway: TestGateway;
let closedKey: string;

beforeAll(async () => {
  standIn = await startStandInSubgraph();
  gateway = await startTestGateway(standIn.urls);
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
  await standIn?.close();
});

describe('a key that may not introspect', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Room") { fields { name } } }'],
    ['__schema in a fragment', 'query { ...F } fragment F on Query { __schema { queryType { name } } }'],
    ['__type beside data', '{ rooms { id } __type(name: "Room") { name } }'],
  ])('is refused %s with 403 INTROSPECTION_DISABLED, no subgraph called', async (_case, query) => {
    standIn.calls = 0;
    const response = await gateway.query(query, { key: closedKey });
    expect([response.status, errorCodes(response)]).toEqual([403, ['INTROSPECTION_DISABLED']]);
    expect(response.body.data).toBeUndefined();
    expect(standIn.calls).toBe(0);
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
