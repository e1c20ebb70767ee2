import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyAuthenticator } from '../src/keys/authenticate.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { DEFAULT_PERSISTED_DOCUMENTS_DIR, PersistedDocuments } from '../src/trusted-documents/manifests.ts';
import { hashOperation } from '../src/trusted-documents/operation-hash.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

// Keys bound to apps, over the committed manifests (`pnpm codegen`), and document ids resolved the
// same on every instance: two gateways over the same stand-in subgraphs and key store.

const manifest = (app: string) =>
  JSON.parse(
    readFileSync(`${DEFAULT_PERSISTED_DOCUMENTS_DIR}/${app}/generated/persisted-documents.json`, 'utf8'),
  ) as Record<string, string>;
const only = (app: string) => {
  const [entry, ...more] = Object.entries(manifest(app));
  expect(more).toEqual([]);
  const [id, text] = entry!;
  return { id, hash: id.slice('sha256:'.length), text };
};
/** The room planner's week: fragments and all. */
const WEEK = only('room-planner');
const ROOMS = only('buurtkamer');
const OTHER = '{ rooms { id } }';
const UNKNOWN = `sha256:${'0'.repeat(64)}`;

let standIn: StandInSubgraph;
let gateway: TestGateway;
/** Started after `gateway`, over the same keys; sent nothing before the test that uses it. */
let fresh: TestGateway;
let plannerKey: string;
let buurtkamerKey: string;

beforeAll(async () => {
  standIn = await startStandInSubgraph();
  gateway = await startTestGateway(standIn.urls);
  fresh = await startTestGateway(standIn.urls, { keys: gateway.keys });
  const key = {
    organisationId: 'org-mienskip',
    organisationKind: 'MUNICIPALITY',
    scopes: ['locations:read', 'clients:read'],
  } as const;
  ({ secret: plannerKey } = await gateway.keys.create({
    ...key,
    name: 'room planner',
    apps: ['room-planner'],
  }));
  ({ secret: buurtkamerKey } = await gateway.keys.create({
    ...key,
    name: 'buurtkamer',
    apps: ['buurtkamer'],
  }));
});
afterAll(async () => {
  await fresh?.close();
  await gateway?.close();
  await standIn?.close();
});

interface Sent {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  subgraphCalls: number;
}

/** POSTs a request body as it is, and counts the subgraph calls it made. */
async function send(body: Record<string, unknown>, key: string, to: TestGateway = gateway): Promise<Sent> {
  standIn.calls = 0;
  const response = await fetch(to.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Sent['body'],
    subgraphCalls: standIn.calls,
  };
}

/** GETs with these search parameters (objects as JSON). */
async function get(params: Record<string, unknown>, key: string, to: TestGateway = gateway): Promise<Sent> {
  standIn.calls = 0;
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
  const response = await fetch(`${to.url}?${search}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${key}` },
  });
  return {
    status: response.status,
    body: (await response.json()) as Sent['body'],
    subgraphCalls: standIn.calls,
  };
}

function expectRan(response: Sent) {
  expect(response.body).toEqual({ data: { rooms: [] } });
  expect(response.status).toBe(200);
  expect(response.subgraphCalls).toBeGreaterThan(0);
}

function expectNotTrusted(response: Sent, hash: string) {
  expect(response.status).toBe(403);
  expect(response.body.errors).toEqual([
    { message: expect.stringContaining(`sha256 ${hash}`), extensions: { code: 'OPERATION_NOT_TRUSTED' } },
  ]);
  expect(response.subgraphCalls).toBe(0);
}

describe('a request naming a persisted document', () => {
  it('runs by its document id alone on a freshly started instance, fragments and all', async () => {
    const variables = { week: '2026-11-23' };
    expectRan(await send({ documentId: WEEK.id, variables }, plannerKey, fresh));
    // The bare hex as well, and for a key that is not bound to apps.
    expectRan(await send({ documentId: WEEK.hash, variables }, fresh.municipalKey, fresh));
  });

  it('runs by its persisted-query hash alone on an instance that never saw its text', async () => {
    const persistedQuery = { version: 1, sha256Hash: ROOMS.hash };
    expectRan(await send({ extensions: { persistedQuery } }, buurtkamerKey, fresh));
    expectRan(await send({ extensions: { persistedQuery } }, gateway.municipalKey, gateway));
  });

  it('runs over GET by ?documentId= and by ?extensions=', async () => {
    expectRan(await get({ documentId: ROOMS.id }, buurtkamerKey, fresh));
    expectRan(await get({ documentId: WEEK.id, variables: { week: '2026-11-23' } }, plannerKey, fresh));
    const persistedQuery = { version: 1, sha256Hash: WEEK.hash };
    expectRan(await get({ extensions: { persistedQuery }, variables: { week: '2026-11-23' } }, plannerKey));
  });

  it('runs when the full text is sent: a text whose SHA-256 is a document id is that document', async () => {
    expectRan(await send({ query: ROOMS.text }, buurtkamerKey));
    expectRan(await send({ query: ROOMS.text, documentId: ROOMS.id }, buurtkamerKey));
  });

  it('is refused when its id is not the SHA-256 of the text sent with it (400)', async () => {
    const response = await send({ query: OTHER, documentId: ROOMS.id }, gateway.municipalKey);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: expect.stringContaining(`not the SHA-256 of the query sent (${hashOperation(OTHER)})`),
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
    expect(response.subgraphCalls).toBe(0);
  });

  it('with an id no manifest has: 400 PERSISTED_QUERY_NOT_FOUND for a key not bound to apps', async () => {
    for (const documentId of [UNKNOWN, '0'.repeat(64), 'RoomPlannerWeek']) {
      for (const response of [
        await send({ documentId }, gateway.municipalKey, fresh),
        await get({ documentId }, gateway.municipalKey, fresh),
      ]) {
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          {
            message: expect.stringContaining(`No persisted document has the id "${documentId}"`),
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ]);
        expect(response.subgraphCalls).toBe(0);
      }
    }
  });

  it("with an unknown persisted-query hash alone: Apollo Server's PERSISTED_QUERY_NOT_FOUND for a key not bound to apps", async () => {
    const response = await send(
      { extensions: { persistedQuery: { version: 1, sha256Hash: hashOperation(OTHER) } } },
      gateway.municipalKey,
      fresh,
    );
    expect(response.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) }),
    ]);
    expect(response.subgraphCalls).toBe(0);
  });
});

describe('a key bound to an app', () => {
  it("is refused another app's document, by id, hash or text, before a subgraph is called", async () => {
    expectNotTrusted(await send({ documentId: ROOMS.id }, plannerKey), ROOMS.hash);
    expectNotTrusted(await send({ documentId: ROOMS.hash }, plannerKey, fresh), ROOMS.hash);
    expectNotTrusted(await get({ documentId: ROOMS.id }, plannerKey), ROOMS.hash);
    expectNotTrusted(
      await send({ extensions: { persistedQuery: { version: 1, sha256Hash: ROOMS.hash } } }, plannerKey),
      ROOMS.hash,
    );
    expectNotTrusted(await send({ query: ROOMS.text }, plannerKey), ROOMS.hash);
    expectNotTrusted(await send({ documentId: WEEK.id }, buurtkamerKey), WEEK.hash);
  });

  it('is refused any other query, introspection included, and its own document with the text changed', async () => {
    for (const query of [OTHER, '{ __typename }', '{ __schema { types { name } } }', ` ${ROOMS.text}`])
      expectNotTrusted(await send({ query }, buurtkamerKey), hashOperation(query));
    expectNotTrusted(await get({ query: OTHER }, buurtkamerKey), hashOperation(OTHER));
    expect(gateway.logs).toContainEqual(
      expect.objectContaining({
        msg: 'operation not trusted for this key',
        operationHash: hashOperation(OTHER),
      }),
    );
  });

  it('is refused an id or persisted-query hash no manifest has (403, not 400)', async () => {
    expectNotTrusted(await send({ documentId: UNKNOWN }, plannerKey, fresh), '0'.repeat(64));
    // Known to Apollo Server's cache (sent with its text by another key), not to the key's apps.
    const persistedQuery = { version: 1, sha256Hash: hashOperation(OTHER) };
    expect(
      (await send({ query: OTHER, extensions: { persistedQuery } }, gateway.municipalKey)).body.errors,
    ).toBeUndefined();
    expectNotTrusted(await send({ extensions: { persistedQuery } }, plannerKey), hashOperation(OTHER));
  });

  it('is refused a persisted-query hash that is not the hash of the text sent (400), as any key is', async () => {
    for (const key of [buurtkamerKey, gateway.municipalKey]) {
      const response = await send(
        { query: OTHER, extensions: { persistedQuery: { version: 1, sha256Hash: ROOMS.hash } } },
        key,
      );
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        {
          message: expect.stringContaining(`not the SHA-256 of the query sent (${hashOperation(OTHER)})`),
          extensions: { code: 'BAD_REQUEST' },
        },
      ]);
      expect(response.subgraphCalls).toBe(0);
    }
  });

  it('is authenticated with its apps; a key not bound to apps without', async () => {
    const { authenticate } = createKeyAuthenticator(gateway.keys);
    expect((await authenticate(`Bearer ${plannerKey}`)).apps).toEqual(['room-planner']);
    expect('apps' in (await authenticate(`Bearer ${gateway.municipalKey}`))).toBe(false);
  });

  it('cannot be bound to no app or to an app without a manifest', async () => {
    const key = {
      name: 'x',
      organisationId: 'o',
      organisationKind: 'PARTNER',
      scopes: ['statistics'],
    } as const;
    await expect(gateway.keys.create({ ...key, apps: [] })).rejects.toThrow(/cannot be empty/);
    await expect(gateway.keys.create({ ...key, apps: ['kiosk'] })).rejects.toThrow(
      'Unknown apps: kiosk (the apps with persisted documents are buurtkamer, case-worker, council, room-planner)',
    );
  });
});

describe('a key not bound to apps', () => {
  it('runs any operation', async () => {
    for (const query of [OTHER, ROOMS.text, ` ${ROOMS.text}`, '{ __typename }']) {
      const response = await send({ query }, gateway.municipalKey);
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
  });
});

describe('a gateway given its own manifests', () => {
  it('resolves their documents only, and binds keys to their apps only', async () => {
    const kiosk = '{ rooms { id name } }';
    const own = await startTestGateway(standIn.urls, {
      persistedDocuments: new PersistedDocuments({ kiosk: { [`sha256:${hashOperation(kiosk)}`]: kiosk } }),
    });
    try {
      const key = {
        name: 'kiosk',
        organisationId: 'o',
        organisationKind: 'PARTNER',
        scopes: ['locations:read'],
      } as const;
      const { secret } = await own.keys.create({ ...key, apps: ['kiosk'] });
      await expect(own.keys.create({ ...key, apps: ['council'] })).rejects.toThrow(
        'Unknown apps: council (the apps with persisted documents are kiosk)',
      );
      expectRan(await send({ documentId: `sha256:${hashOperation(kiosk)}` }, secret, own));
      expectNotTrusted(await send({ documentId: ROOMS.id }, secret, own), ROOMS.hash);
      const unknown = await send({ documentId: ROOMS.id }, own.municipalKey, own);
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      await own.close();
    }
  });
});
