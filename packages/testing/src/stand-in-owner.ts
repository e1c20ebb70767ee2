import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type SubgraphName, subgraphEntry } from '@mienskip/kit/catalogue';
import type { Caller } from '@mienskip/kit/rules';
import { createTokenVerifier, isServiceCaller, TOKEN_HEADER, type TokenVerifier } from '@mienskip/kit/token';
import type { GraphQLSchema } from 'graphql';
import { listenOnLoopback } from './listen.ts';
import { testKeyMaterial } from './tokens.ts';

// @apollo/subgraph builds with graphql's CommonJS build: execute with the same one.
const { graphql, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const REPO_ROOT = new URL('../../../', import.meta.url);

export interface StandInOwnerOptions {
  /** The subgraph it stands in for: its committed `schema.graphql` is the schema it answers with. */
  owner: SubgraphName;
  /** The entities it knows, by type name, e.g. `{ Worker: [{ id, role, organisation: { id } }] }`. */
  entities: Readonly<Record<string, readonly { id: string }[]>>;
}

/** One `_entities` call it answered. */
export interface StandInLookup {
  /** Who asked, from the verified service token. */
  caller: Caller;
  representations: { __typename: string; id: string }[];
}

export interface StandInOwner {
  /** Its `/graphql`: pass it as `ownerUrls: { <owner>: url }` to `startTestSubgraph`. */
  url: string;
  readonly lookups: StandInLookup[];
  /** While true, every request is answered 503 (the owner is up but cannot serve). */
  failing: boolean;
  close(): Promise<void>;
}

/**
 * Another subgraph's stand-in for a subgraph's own tests (a subgraph package may not start
 * another): answers the look-ups of `@mienskip/kit/lookup` from fixture entities, with the owner's
 * real committed schema (so a look-up asking a field the owner lacks fails here too), and only for
 * service tokens signed with the test keys.
 */
export async function startStandInOwner(options: StandInOwnerOptions): Promise<StandInOwner> {
  const schema = standInSchema(options);
  const verifier = createTokenVerifier((await testKeyMaterial()).publicJwks, options.owner);
  const lookups: StandInLookup[] = [];
  const owner: StandInOwner = { url: '', lookups, failing: false, close: async () => {} };
  const server = createServer((req, res) => {
    void answer(req, res, { schema, verifier, lookups, failing: owner.failing });
  });
  const listening = await listenOnLoopback(server, '/graphql');
  owner.url = listening.url;
  owner.close = listening.close;
  return owner;
}

function standInSchema({ owner, entities }: StandInOwnerOptions): GraphQLSchema {
  const sdl = readFileSync(new URL(subgraphEntry(owner).schemaFile, REPO_ROOT), 'utf8');
  const resolvers = Object.fromEntries(
    Object.entries(entities).map(([typename, rows]) => {
      const byId = new Map(rows.map((row) => [row.id, row]));
      return [typename, { __resolveReference: ({ id }: { id: string }) => byId.get(id) ?? null }];
    }),
  );
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never });
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  state: { schema: GraphQLSchema; verifier: TokenVerifier; lookups: StandInLookup[]; failing: boolean },
): Promise<void> {
  let text = '';
  for await (const chunk of req) text += chunk;
  const reply = (status: number, body?: unknown) =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(body && JSON.stringify(body));
  if (req.method !== 'POST' || req.url !== '/graphql') return reply(404);
  if (state.failing) return reply(503, { errors: [{ message: 'Unavailable' }] });
  let caller: Caller;
  try {
    caller = await state.verifier.verify(req.headers[TOKEN_HEADER] as string | undefined);
  } catch {
    return reply(401, { errors: [{ message: 'No valid token', extensions: { code: 'UNAUTHENTICATED' } }] });
  }
  if (!isServiceCaller(caller)) {
    return reply(401, { errors: [{ message: 'Look-ups only', extensions: { code: 'UNAUTHENTICATED' } }] });
  }
  const { query, variables } = JSON.parse(text) as {
    query: string;
    variables?: { representations?: StandInLookup['representations'] };
  };
  state.lookups.push({ caller, representations: variables?.representations ?? [] });
  const result = await graphql({
    schema: state.schema,
    source: query,
    ...(variables && { variableValues: variables }),
  });
  reply(200, result);
}
