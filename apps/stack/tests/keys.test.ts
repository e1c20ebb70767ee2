import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyStore, openGatewayDatabase, ownerFile } from '@mienskip/gateway';
import { startTestGateway } from '@mienskip/gateway/testing';
import { errorCodes, type GraphQLResponse, postGraphQL } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';
import { keysCli } from './keys-cli.ts';

const KEY =
  'id name organisationId organisationKind scopes prefix status version lastUsedAt secrets { prefix retiresAt }';

let graph: TestGraph;
let base: string;
let otherProviderClientId: string;
let ownClientIds: string[];
const temporary: string[] = [];

beforeAll(async () => {
  graph = await startGraph();
  base = graph.gateway.url.replace(/\/graphql$/, '');
  // One client of Windkracht058 (aanvullend) and M.I.E.P.'s own, as the municipality sees them.
  const clients = await graph.gateway.query<{
    clients: { edges: { node: { id: string; engagements: { provider: { id: string } }[] } }[] };
  }>('{ clients(first: 200) { edges { node { id engagements { provider { id } } } } } }');
  const nodes = clients.body.data!.clients.edges.map((edge) => edge.node);
  const providers = (node: (typeof nodes)[number]) => new Set(node.engagements.map((e) => e.provider.id));
  otherProviderClientId = nodes.find(
    (node) => providers(node).has('org-windkracht058') && !providers(node).has('org-miep'),
  )!.id;
  ownClientIds = nodes.filter((node) => providers(node).has('org-miep')).map((node) => node.id);
  expect(ownClientIds.length).toBeGreaterThan(0);
});
afterAll(async () => {
  await graph?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function admin<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  key = graph.gateway.municipalKey,
) {
  return postGraphQL<T>(`${base}/admin/graphql`, query, {
    variables,
    headers: { authorization: `Bearer ${key}` },
  });
}

type Created = {
  createApiKey: {
    secret: string;
    key: { id: string; organisationKind: string; prefix: string; version: number };
  };
};

async function create(input: Record<string, unknown>, key?: string): Promise<GraphQLResponse<Created>> {
  return admin<Created>(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ${KEY} } } }`,
    { input },
    key,
  );
}

/** What a key sees of M.I.E.P.'s clients and of one Windkracht058 client. */
async function clientsSeenBy(key: string) {
  const response = await graph.gateway.query<{ own: { id: string } | null; other: { id: string } | null }>(
    'query ($own: ID!, $other: ID!) { own: client(id: $own) { id } other: client(id: $other) { id } }',
    { key, variables: { own: ownClientIds[0], other: otherProviderClientId } },
  );
  return {
    status: response.status,
    own: response.body.data?.own?.id ?? null,
    other: response.body.data?.other?.id ?? null,
  };
}

const cli = keysCli;

describe('the admin API', () => {
  it("makes a key for an organisation of the graph, with the organisation's kind from the graph", async () => {
    const response = await create({
      organisationId: 'org-miep',
      name: 'miep planning',
      scopes: ['clients:read'],
    });
    expect(response.body.errors).toBeUndefined();
    const { key, secret } = response.body.data!.createApiKey;
    expect(key).toMatchObject({
      organisationKind: 'PROVIDER',
      prefix: secret.slice(0, 12),
      status: 'ACTIVE',
    });
    expect(await clientsSeenBy(secret)).toEqual({ status: 200, own: ownClientIds[0], other: null });
  });

  it('refuses, changing nothing: an unknown organisation, an unknown scope, a past expiry', async () => {
    const before = (await admin<{ apiKeys: unknown[] }>('{ apiKeys { id } }')).body.data!.apiKeys.length;
    for (const input of [
      { organisationId: 'org-nowhere', name: 'x', scopes: ['clients:read'] },
      { organisationId: 'org-miep', name: 'x', scopes: ['clients:everything'] },
      { organisationId: 'org-miep', name: 'x', scopes: ['clients:read'], expiresAt: '2020-01-01T00:00:00Z' },
    ]) {
      const response = await create(input);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await admin<{ apiKeys: unknown[] }>('{ apiKeys { id } }')).body.data!.apiKeys).toHaveLength(
      before,
    );
  });

  it('needs the admin scope (403), and a key (401)', async () => {
    const { secret } = (
      await create({ organisationId: 'org-miep', name: 'reader', scopes: ['clients:read'] })
    ).body.data!.createApiKey;
    const forbidden = await admin('{ apiKeys { id } }', {}, secret);
    expect([forbidden.status, errorCodes(forbidden)]).toEqual([403, ['FORBIDDEN']]);
    const anonymous = await postGraphQL(`${base}/admin/graphql`, '{ apiKeys { id } }');
    expect([anonymous.status, errorCodes(anonymous)]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  it("lets a provider's admin key manage its own organisation's keys only, granting only what it holds", async () => {
    const { secret: providerAdmin } = (
      await create({ organisationId: 'org-miep', name: 'miep admin', scopes: ['admin', 'clients:read'] })
    ).body.data!.createApiKey;
    const own = await create(
      { organisationId: 'org-miep', name: 'miep tool', scopes: ['clients:read'] },
      providerAdmin,
    );
    expect(own.body.errors).toBeUndefined();
    const other = await create(
      { organisationId: 'org-windkracht058', name: 'x', scopes: ['clients:read'] },
      providerAdmin,
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const more = await create(
      { organisationId: 'org-miep', name: 'x', scopes: ['personal-data'] },
      providerAdmin,
    );
    expect(errorCodes(more)).toEqual(['FORBIDDEN']);
    const listed = await admin<{ apiKeys: { organisationId: string }[] }>(
      '{ apiKeys { organisationId } }',
      {},
      providerAdmin,
    );
    expect(new Set(listed.body.data!.apiKeys.map((key) => key.organisationId))).toEqual(
      new Set(['org-miep']),
    );
    // The municipality's own keys are not a provider's to see or revoke.
    const municipal = await admin<{ apiKeys: { id: string }[] }>(
      '{ apiKeys(organisationId: "org-gemeente-leeuwarden") { id } }',
    );
    const target = municipal.body.data!.apiKeys[0]!.id;
    const revoke = await admin(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }',
      { id: target },
      providerAdmin,
    );
    expect(errorCodes(revoke)).toEqual(['NOT_FOUND']);
  });

  it('rotates with a grace period, updates at the version read, revokes: 401 afterwards', async () => {
    const { secret: first, key } = (
      await create({ organisationId: 'org-miep', name: 'rotating', scopes: ['clients:read'] })
    ).body.data!.createApiKey;
    const rotated = await admin<{
      rotateApiKey: { secret: string; key: { version: number; secrets: { retiresAt: string | null }[] } };
    }>(`mutation ($id: ID!) { rotateApiKey(id: $id, graceSeconds: 3600) { secret key { ${KEY} } } }`, {
      id: key.id,
    });
    const { secret: second, key: after } = rotated.body.data!.rotateApiKey;
    expect(after.secrets.map((s) => s.retiresAt === null)).toEqual([true, false]);
    expect((await clientsSeenBy(first)).own).toBe(ownClientIds[0]);
    expect((await clientsSeenBy(second)).own).toBe(ownClientIds[0]);

    const update = (version: number) =>
      admin(`mutation ($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { ${KEY} } }`, {
        input: { id: key.id, version, mayIntrospect: false },
      });
    expect(errorCodes(await update(key.version))).toEqual(['VERSION_CONFLICT']);
    expect((await update(after.version)).body.errors).toBeUndefined();
    const introspect = await graph.gateway.query('{ __schema { queryType { name } } }', { key: second });
    expect([introspect.status, errorCodes(introspect)]).toEqual([403, ['INTROSPECTION_DISABLED']]);

    await admin('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id });
    expect((await clientsSeenBy(first)).status).toBe(401);
    expect((await clientsSeenBy(second)).status).toBe(401);
  });

  it('records when a key was last used', async () => {
    const { secret, key } = (
      await create({ organisationId: 'org-miep', name: 'used', scopes: ['clients:read'] })
    ).body.data!.createApiKey;
    await clientsSeenBy(secret);
    const read = await admin<{ apiKey: { lastUsedAt: string | null } }>(
      `query ($id: ID!) { apiKey(id: $id) { ${KEY} } }`,
      {
        id: key.id,
      },
    );
    expect(read.body.data!.apiKey.lastUsedAt).not.toBeNull();
  });
});

describe('the keys CLI', () => {
  it('creates a provider key through the running gateway: it reads its own clients and not another provider’s', async () => {
    const { lastLine: secret, stderr } = await cli(
      [
        'create',
        '--org',
        'org-miep',
        '--name',
        'miep via cli',
        '--scopes',
        'clients:read,personal-data',
        '--expires',
        '2099-01-01',
      ],
      { MIENSKIP_GATEWAY_URL: base, MIENSKIP_ADMIN_KEY: graph.gateway.municipalKey },
    );
    expect(stderr).toContain(`through the gateway at ${base}`);
    expect(secret).toMatch(/^msk_[A-Za-z0-9_-]{43}$/);
    expect(await clientsSeenBy(secret)).toEqual({ status: 200, own: ownClientIds[0], other: null });
    const all = await graph.gateway.query<{ clients: { totalCount: number } }>(
      '{ clients(first: 1) { totalCount } }',
    );
    const mine = await graph.gateway.query<{ clients: { totalCount: number } }>(
      '{ clients(first: 1) { totalCount } }',
      {
        key: secret,
      },
    );
    expect(mine.body.data!.clients.totalCount).toBeLessThan(all.body.data!.clients.totalCount);
  });

  it('rotates and revokes through the gateway; refuses bad input with a message and exit code 1', async () => {
    const env = { MIENSKIP_GATEWAY_URL: base, MIENSKIP_ADMIN_KEY: graph.gateway.municipalKey };
    const { lastLine: first, stdout } = await cli(
      ['create', '--org', 'org-miep', '--name', 'cli rotation', '--scopes', 'clients:read'],
      env,
    );
    const id = /Created (key-[0-9a-f-]+)/.exec(stdout)![1]!;
    const { lastLine: second } = await cli(['rotate', '--id', id, '--grace', '0'], env);
    expect((await clientsSeenBy(first)).status).toBe(401);
    expect((await clientsSeenBy(second)).status).toBe(200);
    await cli(['revoke', '--id', id], env);
    expect((await clientsSeenBy(second)).status).toBe(401);
    await expect(
      cli(['create', '--org', 'org-nowhere', '--name', 'x', '--scopes', 'clients:read'], env),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No organisation org-nowhere'),
    });
  });

  it('finds the local gateway from the store it holds, and never opens that store itself', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'mienskip-keys-')), 'gateway');
    temporary.push(dataDir);
    // This test process plays the gateway holding the store (alive, with its admin API's address).
    writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, url: base }));
    const { lastLine: secret, stderr } = await cli(
      ['create', '--org', 'org-miep', '--name', 'local', '--scopes', 'clients:read'],
      {
        PGLITE_DATA_DIR: dataDir,
        MIENSKIP_ADMIN_KEY: graph.gateway.municipalKey,
      },
    );
    expect(stderr).toContain(`through the gateway at ${base}`);
    expect(existsSync(dataDir)).toBe(false);
    expect((await clientsSeenBy(secret)).own).toBe(ownClientIds[0]);
  });

  it('without a running gateway writes the store itself; the gateway looks the organisation up at first use', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'mienskip-keys-')), 'gateway');
    temporary.push(dataDir);
    const { lastLine: secret, stderr } = await cli(
      ['create', '--org', 'org-miep', '--name', 'offline', '--scopes', 'clients:read'],
      {
        PGLITE_DATA_DIR: dataDir,
      },
    );
    expect(stderr).toContain(`through the key store in ${dataDir}`);
    expect(existsSync(ownerFile(dataDir))).toBe(false);
    // A gateway started on that store afterwards serves the key as M.I.E.P.'s.
    const database = await openGatewayDatabase({ dataDir });
    const gateway = await startTestGateway(graph.subgraphUrls, { keys: createKeyStore(database.db) });
    try {
      const response = await gateway.query<{ own: { id: string } | null; other: { id: string } | null }>(
        'query ($own: ID!, $other: ID!) { own: client(id: $own) { id } other: client(id: $other) { id } }',
        { key: secret, variables: { own: ownClientIds[0], other: otherProviderClientId } },
      );
      expect(response.body.data).toEqual({ own: { id: ownClientIds[0] }, other: null });
      expect((await gateway.keys.list()).find((key) => key.name === 'offline')!.organisationKind).toBe(
        'PROVIDER',
      );
    } finally {
      await gateway.close();
      await database.close();
    }
  });
});
