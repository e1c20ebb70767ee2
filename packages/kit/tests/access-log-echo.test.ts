import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_LOG_ECHO_EXTENSION,
  ACCESS_LOG_ECHO_HEADER,
  ACCESS_LOG_UNAVAILABLE,
  echoedAccessLog,
} from '../src/access-log-echo.ts';
import type { Caller } from '../src/caller.ts';
import type { RequestContext } from '../src/context.ts';
import { createLogger } from '../src/logger.ts';
import { type RunningSubgraph, startSubgraphServer } from '../src/subgraph-server.ts';
import { createTokenSigner, createTokenVerifier, generateKeyMaterial, TOKEN_HEADER } from '../src/token.ts';

// The echo of the access log (`access-log-echo.ts`): a subgraph tells the gateway, when asked, which
// entries it wrote for a request, so that requests sharing the answer can be logged as well.

/** A stand-in for the audit service's `/entries`: counts batches, answers `status`. */
let log: Server;
let logUrl: string;
let logStatus = 204;
let batches = 0;
beforeAll(async () => {
  log = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      batches++;
      res.writeHead(logStatus).end();
    });
  });
  await new Promise<void>((resolve) => log.listen(0, '127.0.0.1', resolve));
  logUrl = `http://127.0.0.1:${(log.address() as AddressInfo).port}/entries`;
});
afterAll(() => new Promise((resolve) => log?.close(resolve)));

const Client = new GraphQLObjectType<{ id: string }, RequestContext>({
  name: 'Client',
  fields: {
    id: { type: GraphQLString },
    name: {
      type: GraphQLString,
      resolve: (client, _args, context) => {
        context.accessLog.read('Client', client.id, 'name');
        return `name of ${client.id}`;
      },
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      clients: { type: new GraphQLList(Client), resolve: () => [{ id: 'client-2' }, { id: 'client-1' }] },
      hello: { type: GraphQLString, resolve: () => 'hi' },
    },
  }),
});
const caller: Caller = {
  keyId: 'key-1',
  organisationId: 'org-1',
  organisationKind: 'PROVIDER',
  scopes: new Set(['clients:read']),
  requestId: 'req-echo',
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
    accessLogUrl: logUrl,
  });
  token = await (await createTokenSigner(material.privateJwk)).sign(caller, 'clients');
});
afterAll(() => server?.close());
afterEach(() => {
  logStatus = 204;
  batches = 0;
});

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [TOKEN_HEADER]: token,
      'x-request-id': caller.requestId,
      ...headers,
    },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: { extensions: { code: string } }[];
    extensions?: Record<string, unknown>;
  };
}

const ECHO = { [ACCESS_LOG_ECHO_HEADER]: '1' };

describe('the echo of the access log', () => {
  it('lists the entries written for the request, once they are written', async () => {
    const body = await post('{ clients { id name } }', ECHO);
    expect(batches).toBe(1);
    expect(body.data).toEqual({
      clients: [
        { id: 'client-2', name: 'name of client-2' },
        { id: 'client-1', name: 'name of client-1' },
      ],
    });
    expect(echoedAccessLog(body.extensions)).toEqual([
      { subjectType: 'Client', subjectId: 'client-2', action: 'READ', fields: ['name'] },
      { subjectType: 'Client', subjectId: 'client-1', action: 'READ', fields: ['name'] },
    ]);
  });

  it('says "none" for a request that read no personal data', async () => {
    const body = await post('{ hello }', ECHO);
    expect(batches).toBe(0);
    expect(body.extensions?.[ACCESS_LOG_ECHO_EXTENSION]).toEqual({ entries: [] });
    expect(echoedAccessLog(body.extensions)).toEqual([]);
  });

  it('is not given unless asked for', async () => {
    const body = await post('{ clients { name } }');
    expect(batches).toBe(1);
    expect(body.extensions?.[ACCESS_LOG_ECHO_EXTENSION]).toBeUndefined();
    expect(echoedAccessLog(body.extensions)).toBeUndefined();
  });

  it('is not given when the log could not be written: the data is withheld instead', async () => {
    logStatus = 503;
    const body = await post('{ clients { name } }', ECHO);
    expect(body.data).toBeNull();
    expect(body.errors?.map((error) => error.extensions.code)).toEqual([ACCESS_LOG_UNAVAILABLE]);
    expect(echoedAccessLog(body.extensions)).toBeUndefined();
  });
});

describe('echoedAccessLog', () => {
  it('takes no malformed echo for an answer', () => {
    const entry = { subjectType: 'Client', subjectId: 'c-1', action: 'READ', fields: ['name'] };
    expect(echoedAccessLog({ [ACCESS_LOG_ECHO_EXTENSION]: { entries: [entry] } })).toEqual([entry]);
    for (const malformed of [
      undefined,
      'all of them',
      { entries: 'none' },
      { entries: [{ ...entry, action: 'PEEK' }] },
      { entries: [{ ...entry, fields: [1] }] },
      { entries: [{ ...entry, subjectId: undefined }] },
    ])
      expect(echoedAccessLog({ [ACCESS_LOG_ECHO_EXTENSION]: malformed })).toBeUndefined();
  });
});
