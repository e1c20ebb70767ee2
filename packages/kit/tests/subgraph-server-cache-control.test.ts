import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../src/caller.ts';
import { createLogger } from '../src/logger.ts';
import { type RunningSubgraph, startSubgraphServer } from '../src/subgraph-server.ts';
import { createTokenSigner, createTokenVerifier, generateKeyMaterial, TOKEN_HEADER } from '../src/token.ts';

// Apollo's per-field cache-control plugin is off in subgraphs; their answers still say `no-store`.

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { hello: { type: GraphQLString, resolve: () => 'hi' } },
  }),
});
const caller: Caller = {
  keyId: 'key-1',
  organisationId: 'org-1',
  organisationKind: 'MUNICIPALITY',
  scopes: new Set(['clients:read']),
  requestId: 'req-cache',
};

let server: RunningSubgraph;
let token: string;
beforeAll(async () => {
  const material = await generateKeyMaterial('k');
  server = await startSubgraphServer({
    name: 'clients',
    schema,
    verifier: createTokenVerifier(material.publicJwks, 'clients'),
    logger: createLogger('test', 'silent'),
    createContext: (base) => base,
    checkReady: async () => {},
    port: 0,
  });
  token = await (await createTokenSigner(material.privateJwk)).sign(caller, 'clients');
});
afterAll(() => server?.close());

async function post(query: string): Promise<Response> {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, 'x-request-id': caller.requestId },
    body: JSON.stringify({ query }),
  });
}

describe('cache-control of subgraph answers', () => {
  it('is no-store on an answer', async () => {
    const response = await post('{ hello }');
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('is no-store on an answer with errors', async () => {
    const response = await post('{ nothing }');
    expect(((await response.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
