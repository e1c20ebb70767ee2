import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, afterEach, beforeAll } from 'vitest';
// The kit cannot depend on @mienskip/testing (which depends on the kit); listen.ts imports no package.
import { listenOnLoopback } from '../../../testing/src/listen.ts';
import type { Caller } from '../../src/caller.ts';
import type { RequestContext } from '../../src/context.ts';
import { createLogger } from '../../src/logger.ts';
import { startSubgraphServer } from '../../src/subgraph-server.ts';
import {
  createTokenSigner,
  createTokenVerifier,
  generateKeyMaterial,
  REQUEST_ID_HEADER,
  TOKEN_HEADER,
} from '../../src/token.ts';

// What the kit's access-log tests share: a stand-in for the audit service's `/entries`, and a real
// subgraph server whose `clients { name }` is recorded in the access log. (The kit cannot depend on
// @mienskip/testing, which depends on the kit.)

/** A stand-in for the audit service's `/entries`: keeps what it was sent, answers `status`. */
export interface AccessLogStandIn {
  url: string;
  status: number;
  received: { headers: IncomingHttpHeaders; body: { entries: unknown[] } }[];
  close(): Promise<void>;
}

/**
 * The stand-in for the test file: started before its tests, closed after them; after each test it
 * has received nothing and answers 204 again.
 */
export function useAccessLogStandIn(): AccessLogStandIn {
  const standIn: AccessLogStandIn = { url: '', status: 204, received: [], close: async () => {} };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      standIn.received.push({ headers: req.headers, body: JSON.parse(text) });
      res.writeHead(standIn.status).end();
    });
  });
  beforeAll(async () => {
    const listening = await listenOnLoopback(server, '/entries');
    standIn.url = listening.url;
    standIn.close = listening.close;
  });
  afterAll(() => standIn.close());
  afterEach(() => {
    standIn.received.length = 0;
    standIn.status = 204;
  });
  return standIn;
}

/**
 * `{ clients { id name } hello }`: the clients are those given, in that order; each `name` read is
 * recorded in the access log, `id` and `hello` are not personal data.
 */
function clientsReadingSchema(clientIds: readonly string[]): GraphQLSchema {
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
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        clients: { type: new GraphQLList(Client), resolve: () => clientIds.map((id) => ({ id })) },
        hello: { type: GraphQLString, resolve: () => 'hi' },
      },
    }),
  });
}

export interface SubgraphAnswer {
  status: number;
  body: { data?: unknown; errors?: { extensions: { code: string } }[]; extensions?: Record<string, unknown> };
}

export interface AccessLoggingSubgraph {
  /** The internal token every query is sent with (the gateway's, for `caller`). */
  token: string;
  /** POSTs a query with the token and the caller's request id; `headers` may replace either. */
  query(query: string, headers?: Record<string, string>): Promise<SubgraphAnswer>;
  close(): Promise<void>;
}

/**
 * A subgraph server named `clients` over `clientsReadingSchema(clientIds)` that appends its access
 * log to `accessLogUrl`, and a token for a provider's key to query it with.
 */
export async function startAccessLoggingSubgraph(
  accessLogUrl: string | undefined,
  { clientIds, requestId }: { clientIds: readonly string[]; requestId: string },
): Promise<AccessLoggingSubgraph> {
  const caller: Caller = {
    keyId: 'key-1',
    organisationId: 'org-1',
    organisationKind: 'PROVIDER',
    scopes: new Set(['clients:read']),
    requestId,
  };
  const schema = clientsReadingSchema(clientIds);
  const material = await generateKeyMaterial('k');
  const server = await startSubgraphServer({
    name: 'clients',
    schema,
    verifier: createTokenVerifier(material.publicJwks, 'clients'),
    logger: createLogger('test', 'silent'),
    createContext: (base) => base,
    checkReady: async () => {},
    port: 0,
    accessLogUrl,
  });
  const token = await (await createTokenSigner(material.privateJwk)).sign(caller, 'clients');
  return {
    token,
    async query(query, headers = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TOKEN_HEADER]: token,
          [REQUEST_ID_HEADER]: caller.requestId,
          ...headers,
        },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as SubgraphAnswer['body'] };
    },
    close: () => server.close(),
  };
}
