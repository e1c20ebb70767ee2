import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  type Caller,
  JEUGDWET_PURPOSE_CODES,
  JEUGDWET_PURPOSES,
  jeugdwetPurposeRefusal,
  PurposeNotAllowedError,
} from '@mienskip/kit/rules';
import { createTokenVerifier } from '@mienskip/kit/token';
import { createTestDatabase, postGraphQL, type TestDatabase, testKeyMaterial } from '@mienskip/testing';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGatewayDatabase } from '../src/database.ts';
import { createKeyStore } from '../src/keys/store.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

// Keys limited to Jeugdwet purposes (art. 7.4.0), from the admin API and the CLI to the token a
// subgraph receives. Every subgraph is a stand-in that keeps the tokens it got; as budget it knows
// the organisations keys are made for.

const GATEWAY_DIR = fileURLToPath(new URL('..', import.meta.url));
const KEY_FIELDS = 'id allowedPurposes version';

let standIn: StandInSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  standIn = await startStandInSubgraph({
    answer: (query) =>
      query.includes('organisation(') ? { organisation: { kind: 'MUNICIPAL_TEAM' } } : undefined,
  });
  gateway = await startTestGateway(standIn.urls);
});
afterAll(async () => {
  await gateway?.close();
  await standIn?.close();
});

function admin<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  key = gateway.municipalKey,
) {
  return postGraphQL<T>(gateway.url.replace(/\/graphql$/, '/admin/graphql'), query, {
    variables,
    headers: { authorization: `Bearer ${key}` },
  });
}

type KeyFields = { id: string; allowedPurposes: string[] | null; version: number };

async function createKey(input: Record<string, unknown>, key?: string) {
  return admin<{ createApiKey: { secret: string; key: KeyFields } }>(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ${KEY_FIELDS} } } }`,
    {
      input: {
        organisationId: 'org-jet',
        name: 'JET casework',
        scopes: ['locations:read', 'personal-data'],
        ...input,
      },
    },
    key,
  );
}

/** The caller a subgraph gets from the token of one request with this key and purpose. */
async function callerReaching(key: string, purpose?: string): Promise<{ caller: Caller; claims: object }> {
  standIn.tokens.length = 0;
  const response = await gateway.query('{ rooms { id } }', {
    key,
    headers: purpose === undefined ? {} : { 'x-mienskip-purpose': purpose },
  });
  expect(response.body.errors).toBeUndefined();
  expect(standIn.tokens).toHaveLength(1);
  const token = standIn.tokens[0]!;
  const verifier = createTokenVerifier((await testKeyMaterial()).publicJwks, 'locations');
  // The token names no request (issue 19): the subgraph takes the id from `x-request-id`.
  return { caller: await verifier.verify(token, { requestId: 'req-stand-in' }), claims: decodeJwt(token) };
}

describe('a key limited to Jeugdwet purposes, end to end (BR-KT6)', () => {
  it('reaches the subgraph with its purposes signed in, and the youth rule lets its own purpose through', async () => {
    const created = await createKey({ allowedPurposes: ['BEKOSTIGING', 'TOELEIDING'] });
    expect(created.body.errors).toBeUndefined();
    const { secret, key } = created.body.data!.createApiKey;
    expect(key.allowedPurposes).toEqual(['TOELEIDING', 'BEKOSTIGING']);
    const { caller, claims } = await callerReaching(secret, 'TOELEIDING: gesprek met het gezin');
    expect(claims).toMatchObject({ allowedPurposes: ['TOELEIDING', 'BEKOSTIGING'] });
    expect(caller.allowedPurposes).toEqual(new Set(['TOELEIDING', 'BEKOSTIGING']));
    expect(caller.purpose).toBe('TOELEIDING: gesprek met het gezin');
    expect(jeugdwetPurposeRefusal(caller)).toBeUndefined();
  });

  it('signs a purpose the key is not limited to as stated, but never another purpose list: the subgraph refuses', async () => {
    const { secret } = (await createKey({ allowedPurposes: ['TOELEIDING'] })).body.data!.createApiKey;
    const { caller } = await callerReaching(secret, 'CONTROLE: steekproef');
    expect(caller.purpose).toBe('CONTROLE: steekproef');
    expect(caller.allowedPurposes).toEqual(new Set(['TOELEIDING']));
    const refusal = jeugdwetPurposeRefusal(caller);
    expect(refusal).toBeInstanceOf(PurposeNotAllowedError);
    expect(refusal!.message).toContain('only for TOELEIDING, not for CONTROLE');
  });

  it('signs no purpose list for a key that is not limited', async () => {
    const { caller, claims } = await callerReaching(gateway.municipalKey, 'BEKOSTIGING');
    expect(claims).not.toHaveProperty('allowedPurposes');
    expect(caller).not.toHaveProperty('allowedPurposes');
    expect(jeugdwetPurposeRefusal(caller)).toBeUndefined();
  });
});

describe('the admin API', () => {
  it('describes the four purposes as an enum of the codes the kit knows', () => {
    const schema = buildSchema(readFileSync(join(GATEWAY_DIR, 'src/admin/schema.graphql'), 'utf8'));
    const values = (schema.getType('JeugdwetPurpose') as GraphQLEnumType).getValues();
    expect(values.map((value) => value.name)).toEqual([...JEUGDWET_PURPOSE_CODES]);
    values.forEach((value, index) => {
      expect(value.description).toContain(`(${JEUGDWET_PURPOSES[index]!.clause})`);
    });
  });

  it('refuses an unknown code and an empty list, making nothing', async () => {
    const unknown = await createKey({ allowedPurposes: ['TOELEIDING', 'REGIE'] });
    expect(unknown.body.errors?.[0]?.message).toMatch(/"REGIE" does not exist in "JeugdwetPurpose" enum/);
    const empty = await createKey({ allowedPurposes: [] });
    expect(empty.body.errors?.[0]).toMatchObject({
      message: 'A list of Jeugdwet purposes cannot be empty (leave it out for a key that is not limited)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(unknown.body.data ?? null).toBeNull();
    expect(empty.body.data ?? null).toBeNull();
  });

  it('shows the limit, keeps it through a rotation, changes it and lifts it with null', async () => {
    const { key } = (await createKey({ allowedPurposes: ['KINDERBESCHERMING'] })).body.data!.createApiKey;
    const shown = await admin<{ apiKey: KeyFields }>(
      `query ($id: ID!) { apiKey(id: $id) { ${KEY_FIELDS} } }`,
      {
        id: key.id,
      },
    );
    expect(shown.body.data!.apiKey.allowedPurposes).toEqual(['KINDERBESCHERMING']);

    const rotated = await admin<{ rotateApiKey: { secret: string; key: KeyFields } }>(
      `mutation ($id: ID!) { rotateApiKey(id: $id, graceSeconds: 0) { secret key { ${KEY_FIELDS} } } }`,
      { id: key.id },
    );
    const { secret: fresh, key: afterRotation } = rotated.body.data!.rotateApiKey;
    expect(afterRotation.allowedPurposes).toEqual(['KINDERBESCHERMING']);
    expect((await callerReaching(fresh)).caller.allowedPurposes).toEqual(new Set(['KINDERBESCHERMING']));

    const update = (allowedPurposes: string[] | null, version: number) =>
      admin<{ updateApiKey: KeyFields }>(
        `mutation ($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { ${KEY_FIELDS} } }`,
        { input: { id: key.id, version, allowedPurposes } },
      );
    const changed = await update(['CONTROLE', 'KINDERBESCHERMING'], afterRotation.version);
    expect(changed.body.data!.updateApiKey.allowedPurposes).toEqual(['KINDERBESCHERMING', 'CONTROLE']);
    expect((await callerReaching(fresh)).caller.allowedPurposes).toEqual(
      new Set(['KINDERBESCHERMING', 'CONTROLE']),
    );
    const lifted = await update(null, changed.body.data!.updateApiKey.version);
    expect(lifted.body.data!.updateApiKey.allowedPurposes).toBeNull();
    expect((await callerReaching(fresh)).caller).not.toHaveProperty('allowedPurposes');
  });

  it('lets an administrator limited to some purposes grant only some of those', async () => {
    const { secret: limitedAdmin } = (
      await createKey({ scopes: ['admin', 'locations:read'], allowedPurposes: ['TOELEIDING', 'BEKOSTIGING'] })
    ).body.data!.createApiKey;
    const input = { scopes: ['locations:read'] };
    const wider = await createKey({ ...input, allowedPurposes: ['TOELEIDING', 'CONTROLE'] }, limitedAdmin);
    expect(wider.body.errors?.[0]).toMatchObject({
      message:
        'You cannot grant Jeugdwet purposes your key is not limited to: CONTROLE (yours: TOELEIDING, BEKOSTIGING)',
      extensions: { code: 'FORBIDDEN' },
    });
    const unlimited = await createKey(input, limitedAdmin);
    expect(unlimited.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const narrower = await createKey({ ...input, allowedPurposes: ['BEKOSTIGING'] }, limitedAdmin);
    expect(narrower.body.data!.createApiKey.key.allowedPurposes).toEqual(['BEKOSTIGING']);
  });
});

describe('the keys CLI', () => {
  let testDb: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'mienskip-purposes-cli-'));
    // On PostgreSQL when the tests run there; in a PGlite directory of its own otherwise.
    env = {
      MIENSKIP_DATA_DIR: dataDir,
      ...(testDb.options.url
        ? { DATABASE_URL: testDb.options.url }
        : { PGLITE_DATA_DIR: join(dataDir, 'gateway') }),
    };
  });
  afterAll(async () => {
    await testDb?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'src/keys-cli.ts', ...args],
      {
        cwd: GATEWAY_DIR,
        env: { PATH: process.env.PATH ?? '', ...env },
      },
    );

  async function storedPurposes(id: string) {
    const database = await openGatewayDatabase(
      testDb.options.url ? testDb.options : { dataDir: join(dataDir, 'gateway') },
    );
    try {
      return (await createKeyStore(database.db).get(id))!.allowedPurposes;
    } finally {
      await database.close();
    }
  }

  it('makes, shows, rotates and changes a key limited with --purposes', async () => {
    const created = await cli(
      'create',
      '--org',
      'org-jet',
      '--name',
      'JET casework',
      '--scopes',
      'youth:read,personal-data',
      '--purposes',
      'BEKOSTIGING, TOELEIDING',
    );
    expect(created.stdout).toContain('Jeugdwet purposes TOELEIDING, BEKOSTIGING only');
    const id = /Created (key-\S+)/.exec(created.stdout)![1]!;
    expect(await storedPurposes(id)).toEqual(['TOELEIDING', 'BEKOSTIGING']);

    const rotated = await cli('rotate', '--id', id, '--grace', '0');
    expect(rotated.stdout).toContain('Jeugdwet purposes TOELEIDING, BEKOSTIGING only');
    expect((await cli('list')).stdout).toContain('Jeugdwet purposes TOELEIDING, BEKOSTIGING only');

    expect((await cli('update', '--id', id, '--purposes', 'CONTROLE')).stdout).toContain(
      'Jeugdwet purposes CONTROLE only',
    );
    expect(await storedPurposes(id)).toEqual(['CONTROLE']);
    expect((await cli('update', '--id', id, '--purposes', 'any')).stdout).not.toContain('Jeugdwet purposes');
    expect(await storedPurposes(id)).toBeNull();
  }, 60_000);

  it('refuses an unknown code with the four codes named, making nothing', async () => {
    const refused = await cli(
      'create',
      '--org',
      'org-jet',
      '--name',
      'refused',
      '--scopes',
      'youth:read',
      '--purposes',
      'TOELEIDING,REGIE',
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toContain(
      'Unknown Jeugdwet purposes: REGIE (the purposes of Jeugdwet art. 7.4.0 are TOELEIDING, KINDERBESCHERMING, BEKOSTIGING, CONTROLE)',
    );
    expect((await cli('list')).stdout).not.toContain('refused');
  }, 60_000);
});
