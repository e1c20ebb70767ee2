import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';

// The kit cannot depend on @mienskip/testing (which depends on the kit); metrics-text.ts imports nothing.
export { sample } from '../../../testing/src/metrics-text.ts';

import type { Caller } from '../../src/caller.ts';
import { forbidden } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { type StartedSubgraph, type SubgraphContext, startSubgraph } from '../../src/subgraph.ts';
import {
  createTokenSigner,
  generateKeyMaterial,
  generateServiceKeyMaterial,
  REQUEST_ID_HEADER,
  TOKEN_HEADER,
  trustedKeySet,
} from '../../src/token.ts';
import type { Tracing } from '../../src/tracing.ts';
import { createTestDatabase, writeMigrations } from './test-database.ts';

/**
 * Two small real subgraphs in this process, on real databases: `locations` owns `Room` (a table),
 * `clients` answers `roomNames` by looking rooms up at `locations`, and refuses `secret`. Each logs
 * JSON lines into an array the test can read.
 */
export interface ObservedGraph {
  clients: StartedSubgraph;
  locations: StartedSubgraph;
  logs: Record<'clients' | 'locations', Record<string, unknown>[]>;
  /** POSTs an operation to a subgraph with a gateway token (unless `token: null`) and extra headers. */
  post(
    subgraph: StartedSubgraph,
    query: string,
    options?: { headers?: Record<string, string>; token?: null },
  ): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }>;
  close(): Promise<void>;
}

const LOCATIONS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Room @key(fields: "id") { id: ID! name: String! }
  type Query { rooms: [Room!]! }
`;

const CLIENTS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { roomNames: [String!]! secret: String }
`;

const CALLER: Caller = {
  keyId: 'key-1',
  organisationId: 'org-1',
  organisationKind: 'PROVIDER',
  scopes: new Set(['clients:read', 'locations:read']),
  requestId: 'req-observed',
};

export async function startObservedGraph(
  tracing: Record<'clients' | 'locations', Tracing>,
): Promise<ObservedGraph> {
  const root = mkdtempSync(join(tmpdir(), 'kit-observed-'));
  const gateway = await generateKeyMaterial('gateway-observed');
  const clientsKey = await generateServiceKeyMaterial('clients');
  const publicJwks = trustedKeySet(gateway.publicJwks, [clientsKey]);
  const signer = await createTokenSigner(gateway.privateJwk);
  const databases = [await createTestDatabase(), await createTestDatabase()] as const;
  const logs: ObservedGraph['logs'] = { clients: [], locations: [] };
  const logInto = (lines: Record<string, unknown>[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
  const ownerUrls: Record<string, string> = {};

  const locations = await startSubgraph(
    {
      name: 'locations',
      schema: buildSubgraphSchema({
        typeDefs: parse(LOCATIONS_SDL),
        resolvers: {
          Query: {
            rooms: async (_source: unknown, _args: unknown, { db }: SubgraphContext) =>
              (
                (await db.execute(sql`select id, name from rooms order by id`)) as unknown as {
                  rows: unknown[];
                }
              ).rows,
          },
          Room: {
            __resolveReference: async ({ id }: { id: string }, { db }: SubgraphContext) =>
              (
                (await db.execute(sql`select id, name from rooms where id = ${id}`)) as unknown as {
                  rows: unknown[];
                }
              ).rows[0] ?? null,
          },
        } as never,
      }),
      migrationsFolder: writeMigrations(root, 'locations', [
        'CREATE TABLE "rooms" ("id" text PRIMARY KEY NOT NULL, "name" text NOT NULL);',
      ]),
      seed: async (db) => {
        await db.execute(
          sql`insert into rooms values ('r-1', 'Kantine'), ('r-2', 'Zaal') on conflict do nothing`,
        );
      },
    },
    {
      port: 0,
      database: databases[0].options,
      publicJwks,
      logger: createLogger('locations', 'info', logInto(logs.locations)),
      tracing: tracing.locations,
    },
  );
  ownerUrls.locations = locations.url;

  const clients = await startSubgraph(
    {
      name: 'clients',
      schema: buildSubgraphSchema({
        typeDefs: parse(CLIENTS_SDL),
        resolvers: {
          Query: {
            roomNames: async (_source: unknown, _args: unknown, context: SubgraphContext) => {
              const rooms = await context.lookups.fetchEntities<{ name: string }>({
                owner: 'locations',
                typename: 'Room',
                selection: 'name',
                ids: ['r-1', 'r-2'],
                requestId: context.caller.requestId,
                logger: context.logger,
              });
              return rooms.map((room) => room?.name ?? '?');
            },
            secret: () => {
              throw forbidden('Not for you');
            },
          },
        } as never,
      }),
      migrationsFolder: writeMigrations(root, 'clients', ['CREATE TABLE "notes" ("id" text PRIMARY KEY);']),
      seed: async () => {},
    },
    {
      port: 0,
      database: databases[1].options,
      publicJwks,
      logger: createLogger('clients', 'info', logInto(logs.clients)),
      serviceKey: clientsKey.privateJwk,
      ownerUrls,
      tracing: tracing.clients,
    },
  );

  return {
    clients,
    locations,
    logs,
    async post(subgraph, query, options = {}) {
      const audience = subgraph === clients ? 'clients' : 'locations';
      const response = await fetch(subgraph.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token !== null && {
            [TOKEN_HEADER]: await signer.sign(CALLER, audience),
            // As the gateway does: the request's id beside its caller's shared token.
            [REQUEST_ID_HEADER]: CALLER.requestId,
          }),
          ...options.headers,
        },
        // As the gateway does: the operation's name travels besides the document.
        body: JSON.stringify({ query, operationName: /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async close() {
      await Promise.allSettled([clients.close(), locations.close()]);
      await Promise.allSettled(databases.map((database) => database.drop()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The `/metrics` text of a subgraph. */
export async function metricsOf(subgraph: StartedSubgraph): Promise<string> {
  return (await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'))).text();
}
