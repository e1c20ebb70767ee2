import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACCESS_LOG_ECHO_EXTENSION } from '@mienskip/kit/access-log-echo';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import type { SubgraphContext, SubgraphDefinition } from '@mienskip/kit/server';
import {
  type GraphQLResponse,
  listenOnLoopback,
  startTestSubgraph,
  type TestSubgraph,
} from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import {
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_ORGANISATION_ID } from '../src/dev-key.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { metricsOf, sample } from './metrics-text.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

// Issue 19: identical query fetches in flight are shared, only between requests of one caller, and
// every request that shares an answer with personal data in it is in the access log. The real
// gateway, the real audit service (its `/entries` reached by the gateway through a switchable proxy)
// and a real kit subgraph named `clients` that answers a slice of the supergraph: who asks is in
// every name it returns, and it holds each fetch until the test lets go, so that requests join
// deterministically.

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CLIENT_QUERY = 'query Client($id: ID!) { client(id: $id) { id name } }';
/**
 * The same query in a text of its own (trailing spaces): not identical as an operation, so each
 * request executes itself and only the identical subgraph fetches it plans can be shared.
 */
const clientQuery = (variant: number) => CLIENT_QUERY + ' '.repeat(variant);
const REGISTER = `mutation Register($input: RegisterClientInput!) {
  registerClient(input: $input) { ... on Client { id name } }
}`;

/** What the test subgraph answers for `client.name`: who asked, and whom. */
const nameFor = (organisationId: string, keyId: string, clientId: string) =>
  `${clientId} as seen by ${keyId} of ${organisationId}`;

let gate: Promise<void> = Promise.resolve();
let letGo: () => void = () => {};
function hold() {
  gate = new Promise((resolve) => {
    letGo = resolve;
  });
}
function release() {
  letGo();
  gate = Promise.resolve();
}
/** The fetches that reached the test subgraph: which root field, for which key. */
const received: { field: string; keyId: string }[] = [];

function clientsDefinition(migrationsFolder: string): SubgraphDefinition {
  const scalar = (name: string) => new GraphQLScalarType({ name });
  const Client = new GraphQLObjectType<{ id: string }, SubgraphContext>({
    name: 'Client',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      name: {
        type: GraphQLString,
        resolve: ({ id }, _args, context) => {
          context.accessLog.read('Client', id, 'name');
          return nameFor(context.caller.organisationId, context.caller.keyId, id);
        },
      },
    },
  });
  const RegisterClientInput = new GraphQLInputObjectType({
    name: 'RegisterClientInput',
    fields: {
      bsn: { type: new GraphQLNonNull(scalar('Bsn')) },
      name: { type: new GraphQLNonNull(GraphQLString) },
      dateOfBirth: { type: new GraphQLNonNull(scalar('Date')) },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType<unknown, SubgraphContext>({
      name: 'Query',
      fields: {
        client: {
          type: Client,
          args: { id: { type: new GraphQLNonNull(GraphQLID) } },
          resolve: async (_source, { id }: { id: string }, context) => {
            received.push({ field: 'client', keyId: context.caller.keyId });
            await gate;
            if (id === 'fails') throw new Error('This client cannot be read just now');
            return { id };
          },
        },
      },
    }),
    mutation: new GraphQLObjectType<unknown, SubgraphContext>({
      name: 'Mutation',
      fields: {
        registerClient: {
          type: new GraphQLNonNull(
            new GraphQLUnionType({
              name: 'RegisterClientResult',
              types: [Client],
              resolveType: () => 'Client',
            }),
          ),
          args: { input: { type: new GraphQLNonNull(RegisterClientInput) } },
          resolve: async (_source, _args, context) => {
            received.push({ field: 'registerClient', keyId: context.caller.keyId });
            await gate;
            return { id: `c-${received.length}` };
          },
        },
      },
    }),
  });
  return { name: 'clients', schema, migrationsFolder, seed: async () => {} };
}

/** An empty drizzle migrations folder: the test subgraph keeps no tables. */
function noMigrations(root: string): string {
  const folder = join(root, 'clients');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = {
    version: '7',
    dialect: 'postgresql',
    entries: [{ idx: 0, version: '7', when: 1700000000000, tag: '0000_init', breakpoints: true }],
  };
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  writeFileSync(join(folder, '0000_init.sql'), 'CREATE TABLE "notes" ("id" text PRIMARY KEY);');
  return folder;
}

/** A POST to the audit service's `/entries` (the gateway's, for requests that joined). */
interface EntriesPost {
  /** The `x-request-id` beside the token. */
  requestId: string | undefined;
  /** The subject of each entry. */
  entries: { subjectId: string }[];
  /** The requests the entries are each stored for. */
  requestIds: string[];
}

/**
 * The audit service as the gateway reaches it, counting the POSTs to `/entries`; while `down`,
 * `/entries` answers 503.
 */
async function startAuditProxy(
  target: string,
): Promise<{ url: string; down: boolean; posts: EntriesPost[]; close(): Promise<void> }> {
  const proxy = { url: '', down: false, posts: [] as EntriesPost[], close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'POST' && req.url === '/entries') {
      const header = req.headers['x-request-id'];
      const { entries, requestIds } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as EntriesPost;
      proxy.posts.push({ requestId: typeof header === 'string' ? header : undefined, entries, requestIds });
    }
    if (proxy.down && req.url === '/entries') return void res.writeHead(503).end();
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0]),
      ),
    );
    const upstream = await fetch(new URL(req.url ?? '/', target), {
      method: req.method ?? 'GET',
      headers,
      ...(req.method === 'POST' && { body: Buffer.concat(chunks) }),
    });
    res
      .writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' })
      .end(Buffer.from(await upstream.arrayBuffer()));
  });
  const listening = await listenOnLoopback(server, '/graphql');
  proxy.url = listening.url;
  proxy.close = listening.close;
  return proxy;
}

let root: string;
let audit: TestSubgraph;
let clients: TestSubgraph;
let auditProxy: Awaited<ReturnType<typeof startAuditProxy>>;
let standIn: StandInSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gateway-shared-fetches-'));
  // The gateway does not depend on the audit package; its definition is loaded by path, as the stack does.
  const auditModule = await import(pathToFileURL(join(REPO, 'packages/audit/src/index.ts')).href);
  audit = await startTestSubgraph(auditModule.audit as SubgraphDefinition);
  clients = await startTestSubgraph(clientsDefinition(noMigrations(root)), {
    accessLogUrl: new URL('entries', audit.url).href,
  });
  auditProxy = await startAuditProxy(audit.url);
  standIn = await startStandInSubgraph();
  gateway = await startTestGateway({
    ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, standIn.urls[name]!])),
    clients: clients.url,
    audit: auditProxy.url,
  });
}, 60_000);
afterAll(async () => {
  release();
  await gateway?.close();
  await Promise.allSettled([clients?.close(), auditProxy?.close(), standIn?.close()]);
  await audit?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Fetches of `clients` that joined one in flight, and queries that joined an identical one. */
async function joinedSoFar(): Promise<{ fetches: number; operations: number }> {
  const { text } = await metricsOf(gateway.url);
  return {
    fetches: sample(text, 'mienskip_subgraph_fetches_joined_total', { subgraph: 'clients' }),
    operations: sample(text, 'mienskip_operations_joined_total', {}),
  };
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * Sends the requests while the subgraph holds every fetch; lets go once `fetches` fetches reached it,
 * `joined` fetches joined one in flight and `joinedOperations` queries joined an identical one (so no
 * request can come late to the party).
 */
async function whileHeld(
  send: () => Promise<GraphQLResponse>[],
  expected: { fetches: number; joined: number; joinedOperations?: number },
): Promise<{
  responses: GraphQLResponse[];
  fetches: typeof received;
  joined: number;
  joinedOperations: number;
  posts: EntriesPost[];
}> {
  received.length = 0;
  auditProxy.posts.length = 0;
  const before = await joinedSoFar();
  const since = async () => {
    const now = await joinedSoFar();
    return { fetches: now.fetches - before.fetches, operations: now.operations - before.operations };
  };
  hold();
  const pending = send();
  let settled = false;
  void Promise.allSettled(pending).then(() => {
    settled = true; // Answered without waiting for the subgraph: the assertions below say why.
  });
  try {
    await until(async () => {
      if (settled) return true;
      const joined = await since();
      return (
        received.length >= expected.fetches &&
        joined.fetches >= expected.joined &&
        joined.operations >= (expected.joinedOperations ?? 0)
      );
    });
  } finally {
    release();
  }
  const responses = await Promise.all(pending);
  const joined = await since();
  return {
    responses,
    fetches: [...received],
    joined: joined.fetches,
    joinedOperations: joined.operations,
    posts: [...auditProxy.posts],
  };
}

/** The access log's rows of these requests: request id, key, organisation, source, subject, fields. */
async function logged(requestIds: string[]) {
  const result = (await audit.database.db.execute(
    sql`select request_id, organisation_id, source, subject_id, action, fields from audit.access_log
        where request_id in ${requestIds} order by request_id`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return result.rows;
}

/** One access-log row per request: the municipal key read the client's name through `clients`. */
async function expectReadOncePerRequest(requestIds: string[], clientId: string): Promise<void> {
  expect(await logged(requestIds)).toEqual(
    requestIds.map((requestId) => ({
      request_id: requestId,
      organisation_id: MUNICIPALITY_ORGANISATION_ID,
      source: 'clients',
      subject_id: clientId,
      action: 'READ',
      fields: ['name'],
    })),
  );
}

async function providerKey(organisationId: string): Promise<{ id: string; secret: string }> {
  return gateway.keys.create({
    name: `provider key of ${organisationId}`,
    organisationId,
    organisationKind: 'PROVIDER',
    scopes: ['clients:read', 'personal-data'],
  });
}

describe('identical query fetches in flight', () => {
  it('go out once for ten requests of one caller; each gets the right answer, each is logged', async () => {
    const ids = Array.from({ length: 10 }, (_, index) => `shared-${index}`);
    const { responses, fetches, joined, posts } = await whileHeld(
      () =>
        ids.map((requestId, index) =>
          gateway.query(clientQuery(index), {
            variables: { id: 'c-1' },
            headers: { 'x-request-id': requestId },
          }),
        ),
      { fetches: 1, joined: 9 },
    );
    expect(fetches).toHaveLength(1);
    expect(joined).toBe(9);
    const keyId = fetches[0]!.keyId;
    for (const { body } of responses) {
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({
        client: { id: 'c-1', name: nameFor(MUNICIPALITY_ORGANISATION_ID, keyId, 'c-1') },
      });
      // The echo of the access log stays between the gateway and the subgraph.
      expect(JSON.stringify(body)).not.toContain(ACCESS_LOG_ECHO_EXTENSION);
    }
    // The nine that joined are appended in one POST: the entry once, for each joiner's own request
    // id; beside the token goes the first joiner's.
    expect(posts).toHaveLength(1);
    const joinerIds = posts[0]!.requestIds;
    expect(new Set(joinerIds).size).toBe(9);
    expect(ids).toEqual(expect.arrayContaining(joinerIds));
    expect(posts[0]!.entries.map((entry) => entry.subjectId)).toEqual(['c-1']);
    expect(posts[0]!.requestId).toBe(joinerIds[0]);
    // One entry per request: the subgraph logged the one that fetched, the gateway the nine that joined.
    await expectReadOncePerRequest(ids, 'c-1');
  });

  it('are never shared between callers: other organisations, or other keys of one organisation', async () => {
    const [northA, northB, south] = [
      await providerKey('org-north'),
      await providerKey('org-north'),
      await providerKey('org-south'),
    ];
    const callers = [
      { key: northA, organisationId: 'org-north' },
      { key: northB, organisationId: 'org-north' },
      { key: south, organisationId: 'org-south' },
    ];
    const { responses, fetches, joined, posts } = await whileHeld(
      () =>
        callers.map(({ key }) => gateway.query(CLIENT_QUERY, { key: key.secret, variables: { id: 'c-7' } })),
      { fetches: 3, joined: 0 },
    );
    expect(joined).toBe(0);
    expect(posts).toHaveLength(0);
    expect(fetches.map(({ keyId }) => keyId).sort()).toEqual(callers.map(({ key }) => key.id).sort());
    callers.forEach(({ key, organisationId }, index) => {
      expect(responses[index]!.body).toEqual({
        data: { client: { id: 'c-7', name: nameFor(organisationId, key.id, 'c-7') } },
      });
    });
  });

  it('are shared per caller: two callers of three requests each, two fetches and one append each', async () => {
    const callers = [
      { key: await providerKey('org-east'), organisationId: 'org-east' },
      { key: await providerKey('org-west'), organisationId: 'org-west' },
    ];
    const requests = callers.flatMap((caller, c) =>
      [0, 1, 2].map((index) => ({ ...caller, requestId: `per-caller-${c}-${index}` })),
    );
    const { responses, fetches, joined, posts } = await whileHeld(
      () =>
        requests.map(({ key, requestId }, index) =>
          gateway.query(clientQuery(index), {
            key: key.secret,
            variables: { id: 'c-8' },
            headers: { 'x-request-id': requestId },
          }),
        ),
      { fetches: 2, joined: 4 },
    );
    expect(fetches.map(({ keyId }) => keyId).sort()).toEqual(callers.map(({ key }) => key.id).sort());
    expect(joined).toBe(4);
    requests.forEach(({ key, organisationId }, index) => {
      expect(responses[index]!.body).toEqual({
        data: { client: { id: 'c-8', name: nameFor(organisationId, key.id, 'c-8') } },
      });
    });
    // One append per shared answer, holding the two joiners of that caller only.
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      const callerOfPost = new Set(post.requestIds.map((requestId) => requestId.slice(0, -2)));
      expect(post.requestIds).toHaveLength(2);
      expect(callerOfPost.size).toBe(1);
    }
    // Each request logged once, under its own organisation.
    const rows = await logged(requests.map(({ requestId }) => requestId));
    expect(rows.map((row) => [row.request_id, row.organisation_id])).toEqual(
      requests.map(({ requestId, organisationId }) => [requestId, organisationId]),
    );
  });

  it('are not shared when their variables differ', async () => {
    const { responses, fetches, joined } = await whileHeld(
      () => ['c-1', 'c-2'].map((id) => gateway.query(CLIENT_QUERY, { variables: { id } })),
      { fetches: 2, joined: 0 },
    );
    expect(fetches).toHaveLength(2);
    expect(joined).toBe(0);
    expect(responses.map(({ body }) => (body.data as { client: { id: string } }).client.id)).toEqual([
      'c-1',
      'c-2',
    ]);
  });

  it('are never shared for a mutation', async () => {
    const input = { bsn: '111222333', name: 'A. Jansen', dateOfBirth: '1980-01-01' };
    const { responses, fetches, joined, joinedOperations } = await whileHeld(
      () => [0, 1].map(() => gateway.query(REGISTER, { variables: { input } })),
      { fetches: 2, joined: 0 },
    );
    expect(fetches.map(({ field }) => field)).toEqual(['registerClient', 'registerClient']);
    expect(joined).toBe(0);
    expect(joinedOperations).toBe(0);
    for (const { body } of responses) expect(body.errors).toBeUndefined();
  });

  it('withhold the data from a request that joined when its access log cannot be written', async () => {
    const ids = ['down-0', 'down-1', 'down-2'];
    auditProxy.down = true;
    let responses: GraphQLResponse[];
    let posts: EntriesPost[];
    try {
      ({ responses, posts } = await whileHeld(
        () =>
          ids.map((requestId, index) =>
            gateway.query(clientQuery(index), {
              variables: { id: 'c-3' },
              headers: { 'x-request-id': requestId },
            }),
          ),
        { fetches: 1, joined: 2 },
      ));
    } finally {
      auditProxy.down = false;
    }
    const withheld = responses.filter(({ body }) =>
      body.errors?.some((error) => error.extensions?.code === 'ACCESS_LOG_UNAVAILABLE'),
    );
    const answered = responses.filter(({ body }) => body.errors === undefined);
    // One append for both joiners, refused: both withheld.
    expect(posts).toHaveLength(1);
    expect(posts[0]!.requestIds).toHaveLength(2);
    expect(withheld).toHaveLength(2);
    for (const { body } of withheld) expect(body.data).toEqual({ client: null });
    expect(answered).toHaveLength(1);
    expect((answered[0]!.body.data as { client: { id: string } }).client.id).toBe('c-3');
    // Only the request that fetched (and so was logged by the subgraph) read anything.
    const rows = await logged(ids);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.request_id).toBe(answered[0]!.headers.get('x-request-id'));
  });
});

describe('identical queries in flight', () => {
  it('execute once for ten requests of one caller; each gets the answer and is logged under its own id', async () => {
    const ids = Array.from({ length: 10 }, (_, index) => `operation-${index}`);
    const { responses, fetches, joined, joinedOperations, posts } = await whileHeld(
      () =>
        ids.map((requestId) =>
          gateway.query(CLIENT_QUERY, { variables: { id: 'c-11' }, headers: { 'x-request-id': requestId } }),
        ),
      { fetches: 1, joined: 0, joinedOperations: 9 },
    );
    expect(fetches).toHaveLength(1);
    expect(joinedOperations).toBe(9);
    expect(joined).toBe(0); // Nothing left to share below: the nine never planned a fetch.
    const keyId = fetches[0]!.keyId;
    for (const { body } of responses)
      expect(body).toEqual({
        data: { client: { id: 'c-11', name: nameFor(MUNICIPALITY_ORGANISATION_ID, keyId, 'c-11') } },
      });
    // What the subgraph logged for the one that executed, appended for the nine in one POST.
    expect(posts).toHaveLength(1);
    const joinerIds = posts[0]!.requestIds;
    expect(new Set(joinerIds).size).toBe(9);
    expect(ids).toEqual(expect.arrayContaining(joinerIds));
    await expectReadOncePerRequest(ids, 'c-11');
  });

  it('are never shared between callers, nor between the purposes one key states', async () => {
    const other = await providerKey('org-north');
    const { responses, fetches, joined, joinedOperations, posts } = await whileHeld(
      () => [
        gateway.query(CLIENT_QUERY, {
          variables: { id: 'c-12' },
          headers: { 'x-mienskip-purpose': 'intake' },
        }),
        gateway.query(CLIENT_QUERY, {
          variables: { id: 'c-12' },
          headers: { 'x-mienskip-purpose': 'review' },
        }),
        gateway.query(CLIENT_QUERY, { key: other.secret, variables: { id: 'c-12' } }),
      ],
      { fetches: 3, joined: 0 },
    );
    expect(fetches).toHaveLength(3);
    expect([joined, joinedOperations, posts.length]).toEqual([0, 0, 0]);
    expect(responses[2]!.body).toEqual({
      data: { client: { id: 'c-12', name: nameFor('org-north', other.id, 'c-12') } },
    });
  });

  it('do not pass on a result with errors: the request that joined executes itself', async () => {
    const { responses, fetches, joinedOperations } = await whileHeld(
      () => [0, 1].map(() => gateway.query(CLIENT_QUERY, { variables: { id: 'fails' } })),
      { fetches: 1, joined: 0, joinedOperations: 1 },
    );
    expect(joinedOperations).toBe(1);
    expect(fetches).toHaveLength(2);
    for (const { body } of responses) expect(body.errors).toHaveLength(1);
  });

  it('let a request that joined execute itself when its access log cannot be written, logged by its own fetch', async () => {
    const ids = ['alone-0', 'alone-1'];
    auditProxy.down = true;
    let run: Awaited<ReturnType<typeof whileHeld>>;
    try {
      run = await whileHeld(
        () =>
          ids.map((requestId) =>
            gateway.query(CLIENT_QUERY, {
              variables: { id: 'c-13' },
              headers: { 'x-request-id': requestId },
            }),
          ),
        { fetches: 1, joined: 0, joinedOperations: 1 },
      );
    } finally {
      auditProxy.down = false;
    }
    // The gateway's append for the joiner was refused; the joiner then fetched, and its subgraph logged it.
    expect(run.posts).toHaveLength(1);
    expect(run.fetches).toHaveLength(2);
    for (const { body } of run.responses) expect(body.errors).toBeUndefined();
    expect((await logged(ids)).map((row) => row.request_id)).toEqual(ids);
  });
});
