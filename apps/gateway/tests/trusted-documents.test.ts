import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyAuthenticator } from '../src/keys/authenticate.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { loadOperationFiles } from '../src/trusted-documents/operation-files.ts';
import { hashOperation } from '../src/trusted-documents/operation-hash.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

const GATEWAY_DIR = fileURLToPath(new URL('..', import.meta.url));
const OPERATIONS_DIR = join(GATEWAY_DIR, 'operations');
const ROOMS_FILE = join(OPERATIONS_DIR, 'buurtkamer', 'rooms.graphql');
const ROOMS = readFileSync(ROOMS_FILE, 'utf8');
const OTHER = '{ rooms { id } }';

// Every subgraph is a stand-in that counts the operations reaching it.
let standIn: StandInSubgraph;
let gateway: TestGateway;
let restrictedKey: string;

beforeAll(async () => {
  standIn = await startStandInSubgraph();
  gateway = await startTestGateway(standIn.urls);
  ({ secret: restrictedKey } = await gateway.keys.create({
    name: 'case-worker frontend',
    organisationId: 'org-mienskip',
    organisationKind: 'MUNICIPALITY',
    scopes: ['locations:read', 'clients:read'],
    trustedOperations: loadOperationFiles(OPERATIONS_DIR).map((operation) => operation.hash),
  }));
});
afterAll(async () => {
  await gateway?.close();
  await standIn?.close();
});

/** POSTs a request body as it is, and counts the subgraph calls it made. */
async function send(body: Record<string, unknown>, key: string = restrictedKey) {
  standIn.calls = 0;
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
    subgraphCalls: standIn.calls,
  };
}

function expectNotTrusted(response: Awaited<ReturnType<typeof send>>, text: string) {
  expect(response.status).toBe(403);
  expect(response.body.errors).toEqual([
    {
      message: expect.stringContaining(`sha256 ${hashOperation(text)}`),
      extensions: { code: 'OPERATION_NOT_TRUSTED' },
    },
  ]);
  expect(response.subgraphCalls).toBe(0);
}

describe('a key restricted to trusted operations', () => {
  it('runs a registered operation, sent as its file', async () => {
    const response = await send({ query: ROOMS });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { rooms: [] } });
    expect(response.subgraphCalls).toBeGreaterThan(0);
  });

  it('is refused any other operation, introspection included, before a subgraph is called', async () => {
    expectNotTrusted(await send({ query: OTHER }), OTHER);
    expectNotTrusted(await send({ query: '{ __typename }' }), '{ __typename }');
    expectNotTrusted(
      await send({ query: '{ __schema { types { name } } }' }),
      '{ __schema { types { name } } }',
    );
    expect(gateway.logs).toContainEqual(
      expect.objectContaining({
        msg: 'operation not trusted for this key',
        operationHash: hashOperation(OTHER),
      }),
    );
  });

  it('is refused the registered operation with its whitespace changed (the hash is of the exact text)', async () => {
    for (const variant of [
      ROOMS.trimEnd(),
      ` ${ROOMS}`,
      ROOMS.replace('    id', '  id'),
      ROOMS.replace(/\n/g, '\r\n'),
    ]) {
      expect(variant).not.toBe(ROOMS);
      expectNotTrusted(await send({ query: variant }), variant);
    }
  });

  it('runs a registered operation sent with its persisted-query hash, then by the hash alone', async () => {
    const persistedQuery = { version: 1, sha256Hash: hashOperation(ROOMS) };
    const withText = await send({ query: ROOMS, extensions: { persistedQuery } });
    expect(withText.body).toEqual({ data: { rooms: [] } });
    const hashOnly = await send({ extensions: { persistedQuery } });
    expect(hashOnly.body).toEqual({ data: { rooms: [] } });
    expect(hashOnly.subgraphCalls).toBeGreaterThan(0);
  });

  it('is refused another operation by its persisted-query hash alone, though Apollo Server knows it', async () => {
    const persistedQuery = { version: 1, sha256Hash: hashOperation(OTHER) };
    const registered = await send({ query: OTHER, extensions: { persistedQuery } }, gateway.municipalKey);
    expect(registered.body.errors).toBeUndefined();
    expectNotTrusted(await send({ extensions: { persistedQuery } }), OTHER);
  });

  it('is held to its list over GET as well', async () => {
    const get = async (query: string) => {
      standIn.calls = 0;
      const response = await fetch(`${gateway.url}?${new URLSearchParams({ query })}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${restrictedKey}` },
      });
      return { status: response.status, body: await response.json(), subgraphCalls: standIn.calls };
    };
    expect((await get(ROOMS)).body).toEqual({ data: { rooms: [] } });
    expectNotTrusted(await get(OTHER), OTHER);
  });

  it('is refused a persisted-query hash that is not the hash of the text sent (400)', async () => {
    for (const key of [restrictedKey, gateway.municipalKey]) {
      // The registered hash with another text, and another text's hash with the registered text.
      for (const [query, sha256Hash] of [
        [OTHER, hashOperation(ROOMS)],
        [ROOMS, hashOperation(OTHER)],
      ] as const) {
        const response = await send(
          { query, extensions: { persistedQuery: { version: 1, sha256Hash } } },
          key,
        );
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          {
            message: expect.stringContaining(`not the SHA-256 of the query sent (${hashOperation(query)})`),
            extensions: { code: 'BAD_REQUEST' },
          },
        ]);
        expect(response.subgraphCalls).toBe(0);
      }
    }
  });

  it('is authenticated with its list; an unrestricted key without one', async () => {
    const { authenticate } = createKeyAuthenticator(gateway.keys);
    const restricted = await authenticate(`Bearer ${restrictedKey}`);
    expect(restricted.trustedOperations).toEqual(
      new Set(loadOperationFiles(OPERATIONS_DIR).map((operation) => operation.hash)),
    );
    const unrestricted = await authenticate(`Bearer ${gateway.municipalKey}`);
    expect('trustedOperations' in unrestricted).toBe(false);
  });

  it('cannot be created with an empty list or with something that is not a hash', async () => {
    const key = {
      name: 'x',
      organisationId: 'o',
      organisationKind: 'PARTNER',
      scopes: ['statistics'],
    } as const;
    await expect(gateway.keys.create({ ...key, trustedOperations: [] })).rejects.toThrow(/cannot be empty/);
    await expect(gateway.keys.create({ ...key, trustedOperations: ['BuurtkamerRooms'] })).rejects.toThrow(
      /Not SHA-256 hex operation hashes: BuurtkamerRooms/,
    );
  });
});

describe('a key without a list', () => {
  it('runs any operation', async () => {
    for (const query of [OTHER, ROOMS, ROOMS.trimEnd(), '{ __typename }']) {
      const response = await send({ query }, gateway.municipalKey);
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
  });
});

describe('operation files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'trusted-operations-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const load = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return () => loadOperationFiles(file);
  };

  it('are refused with several operations, none, an anonymous one, a fragment or a syntax error', () => {
    expect(load('two.graphql', 'query A { rooms { id } }\nquery B { rooms { name } }\n')).toThrow(
      /two\.graphql: .*exactly one operation.*it has 2 operation/,
    );
    expect(load('none.graphql', 'fragment F on Room { id }\n')).toThrow(
      /none\.graphql: .*it has 0 operation/,
    );
    expect(load('fragment.graphql', 'query A { rooms { ...F } }\nfragment F on Room { id }\n')).toThrow(
      /fragment\.graphql: .*1 operation\(s\) in 2 definition/,
    );
    expect(load('anonymous.graphql', '{ rooms { id } }\n')).toThrow(
      /anonymous\.graphql: the operation needs a name/,
    );
    expect(load('broken.graphql', 'query A { rooms { id }\n')).toThrow(/broken\.graphql: Syntax Error/);
  });

  it('are found recursively, by path, and each hashed as its exact bytes', () => {
    const files = loadOperationFiles(OPERATIONS_DIR);
    expect(files.map(({ name }) => name)).toEqual([
      'BuurtkamerRooms',
      'CaseWorkerHousehold',
      'CouncilDebt',
      'CouncilFinance',
      'CouncilReference',
      'CouncilRooms',
      'CouncilWmo',
      'CouncilYouth',
    ]);
    for (const { file, hash } of files) {
      const bytes = readFileSync(join(process.cwd(), file));
      expect(hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('have the hashes the keys CLI prints', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'scripts/keys.ts', 'operations', 'operations'],
      { cwd: GATEWAY_DIR },
    );
    const printed = stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
    const expected = loadOperationFiles(OPERATIONS_DIR).map(({ name, hash }) => [name, hash]);
    expect(printed.map(([, name, hash]) => [name, hash])).toEqual(expected);
    expect(printed.map(([file]) => file)).toEqual([
      'operations/buurtkamer/rooms.graphql',
      'operations/case-worker/household.graphql',
      ...['debt', 'finance', 'reference', 'rooms', 'wmo', 'youth'].map(
        (t) => `operations/council/${t}.graphql`,
      ),
    ]);
    for (const [file, , hash] of printed)
      expect(hash).toBe(hashOperation(readFileSync(join(GATEWAY_DIR, file!), 'utf8')));
  }, 30_000);
});
