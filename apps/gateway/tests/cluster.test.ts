import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphUrlEnv } from '@mienskip/kit/catalogue';
import {
  createTestDatabase,
  requireOrSkip,
  requirePostgres,
  type ServerProcess,
  sendOnOwnConnection,
  spawnServer,
  type TestDatabase,
  testKeyMaterial,
} from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGatewayDatabase } from '../src/database.ts';
import { adminApiClient } from '../src/keys/admin-client.ts';
import { createKeyStore, type KeyStore } from '../src/keys/store.ts';
import { REDIS_URL, redisReachable } from './redis-reachable.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

// The real gateway process (`src/server.ts`) with MIENSKIP_GATEWAY_WORKERS=2: a primary and two
// workers over one PostgreSQL key store and one Redis, each request on a connection of its own so
// that the primary's round robin hands them to both workers. Which worker answered is read from
// its `http` log line (`worker`), found by the request id the test sent.

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));
const REQUESTS_PER_MINUTE = 12;
const DEV_KEY = `msk_cluster${randomBytes(16).toString('hex')}`;

/** `src/server.ts` run to its end (a start-up refusal), with exactly `env` besides PATH and PORT. */
function startToEnd(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/server.ts'], {
    cwd: gatewayDir,
    env: { PATH: process.env.PATH, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, log: result.stdout + result.stderr };
}

describe('MIENSKIP_GATEWAY_WORKERS refusals', () => {
  let jwk: string;
  beforeAll(async () => {
    jwk = JSON.stringify((await testKeyMaterial()).privateJwk);
  });

  it('refuses a value that is not a whole number of at least 1 or auto', () => {
    for (const value of ['two', '0']) {
      const { code, log } = startToEnd({ MIENSKIP_TOKEN_PRIVATE_JWK: jwk, MIENSKIP_GATEWAY_WORKERS: value });
      expect(code, log).toBe(1);
      const fatal = log.split('\n').find((line) => line.includes('"level":60'));
      expect(JSON.parse(fatal!).msg).toContain(
        `MIENSKIP_GATEWAY_WORKERS must be a whole number (1 or more) or "auto", not "${value}"`,
      );
    }
  });

  it('refuses more than one worker without PostgreSQL or without Redis, before forking any', () => {
    const withoutEither = startToEnd({ MIENSKIP_TOKEN_PRIVATE_JWK: jwk, MIENSKIP_GATEWAY_WORKERS: '2' });
    expect(withoutEither.code, withoutEither.log).toBe(1);
    expect(withoutEither.log).toContain('"level":60');
    expect(withoutEither.log).toContain('DATABASE_URL (PGlite takes one process)');
    expect(withoutEither.log).toContain('REDIS_URL (rate limits in memory would be counted per worker)');
    expect(withoutEither.log).not.toContain('worker started');

    const withoutRedis = startToEnd({
      MIENSKIP_TOKEN_PRIVATE_JWK: jwk,
      MIENSKIP_GATEWAY_WORKERS: '2',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(withoutRedis.code, withoutRedis.log).toBe(1);
    expect(withoutRedis.log).toContain('missing: REDIS_URL');
    expect(withoutRedis.log).not.toContain('worker started');
  });
});

const haveServices =
  requirePostgres() &&
  requireOrSkip('Redis', await redisReachable(), `no Redis at ${REDIS_URL} (set REDIS_URL)`);

describe.runIf(haveServices)('the gateway on two workers', () => {
  let testDb: TestDatabase;
  let standIn: StandInSubgraph;
  let server: ServerProcess;
  let url: string;
  let keys: KeyStore;
  let closeStore: () => Promise<void>;
  let gatewayEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    standIn = await startStandInSubgraph();
    gatewayEnv = {
      PATH: process.env.PATH,
      PORT: '0',
      DATABASE_URL: testDb.options.url,
      REDIS_URL,
      MIENSKIP_MIGRATE: 'on-start',
      MIENSKIP_GATEWAY_WORKERS: '2',
      MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
      MIENSKIP_DEV_API_KEY: DEV_KEY,
      MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE: String(REQUESTS_PER_MINUTE),
      MIENSKIP_STOP_GRACE_MS: '3000',
      ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [subgraphUrlEnv(name), standIn.urls[name]!])),
    };
    server = spawnServer({ cwd: gatewayDir, name: 'gateway', env: gatewayEnv });
    url = await server.listening;
    const database = await openGatewayDatabase({ url: testDb.options.url }, 'never');
    closeStore = () => database.close();
    keys = createKeyStore(database.db);
  }, 90_000);
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await closeStore?.();
    await standIn?.close();
    await testDb?.drop();
  });

  /** The log lines of the process so far, parsed. */
  const lines = () =>
    server
      .log()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  /** A query on a connection of its own, and the worker that answered it. */
  async function ask(key: string) {
    const requestId = `cluster-${randomBytes(8).toString('hex')}`;
    const answer = await sendOnOwnConnection(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'x-request-id': requestId,
        },
      },
      JSON.stringify({ query: '{ __typename }' }),
    );
    let worker: unknown;
    for (let tries = 0; worker === undefined && tries < 100; tries++) {
      worker = lines().find((line) => line.msg === 'http' && line.requestId === requestId)?.worker;
      if (worker === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { status: answer.status, worker };
  }

  const partnerKey = () =>
    keys.create({
      name: 'cluster partner',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      scopes: ['locations:read'],
    });

  it('starts once (one `gateway listening`), migrated and with the development key made once', () => {
    const all = lines();
    expect(all.filter((line) => line.msg === 'gateway listening')).toHaveLength(1);
    expect(all.filter((line) => line.msg === 'worker listening')).toHaveLength(2);
    expect(all.filter((line) => line.msg === 'development key ready')).toHaveLength(1);
  });

  it('answers on both workers and shares the rate limit between them', async () => {
    const { secret } = await partnerKey();
    const answers = [];
    for (let i = 0; i < REQUESTS_PER_MINUTE; i++) answers.push(await ask(secret));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((answer) => answer.worker)).size).toBe(2);
    // Over the limit whichever worker takes it.
    const refused = [await ask(secret), await ask(secret), await ask(secret)];
    expect(refused.map((answer) => answer.status)).toEqual([429, 429, 429]);
  });

  it('refuses a key revoked through the admin API on every worker at once', async () => {
    const { id, secret } = await partnerKey();
    // Both workers have it in their cache.
    const warm = new Set<unknown>();
    for (let i = 0; i < 10 && warm.size < 2; i++) {
      const answer = await ask(secret);
      expect(answer.status).toBe(200);
      warm.add(answer.worker);
    }
    expect(warm.size).toBe(2);
    await adminApiClient(url, DEV_KEY).revoke(id);
    const after = [];
    for (let i = 0; i < 6; i++) after.push(await ask(secret));
    expect(after.map((answer) => answer.status)).toEqual(after.map(() => 401));
    expect(new Set(after.map((answer) => answer.worker)).size).toBe(2);
  });

  it('counts the requests of both workers on /metrics', async () => {
    const metricsUrl = url.replace(/\/graphql$/, '/metrics');
    const requests = async () => {
      const body = (await sendOnOwnConnection(metricsUrl, {})).body;
      return Number(/^mienskip_graphql_requests_total\{[^}]*\} (\d+)$/m.exec(body)?.[1]);
    };
    const { secret } = await partnerKey();
    const before = await requests();
    const workers = new Set<unknown>();
    for (let i = 0; i < 6; i++) workers.add((await ask(secret)).worker);
    expect(workers.size).toBe(2);
    expect((await requests()) - before).toBe(6);
  });

  it('replaces a worker killed with SIGKILL', async () => {
    const pids = lines()
      .filter((line) => line.msg === 'worker listening')
      .map((line) => Number(line.pid));
    process.kill(pids[0]!, 'SIGKILL');
    await server.logged('worker died: starting another');
    await server.logged('worker replaced');
    const { secret } = await partnerKey();
    const workers = new Set<unknown>();
    for (let i = 0; i < 10 && workers.size < 2; i++) {
      const answer = await ask(secret);
      expect(answer.status).toBe(200);
      workers.add(answer.worker);
    }
    expect(workers.size).toBe(2);
  }, 60_000);

  it('stops, exit 1, when a worker cannot start (its port is taken)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const other = spawnServer({
      cwd: gatewayDir,
      name: 'gateway',
      env: { ...gatewayEnv, PORT: String((taken.address() as AddressInfo).port) },
    });
    other.listening.catch(() => {}); // it never listens: that is the point
    try {
      const { code } = await other.exited;
      expect(code, other.log()).toBe(1);
      expect(other.log()).toContain('a worker ended before it listened');
      expect(other.log()).not.toContain('gateway listening');
    } finally {
      if (other.child.exitCode === null) other.child.kill('SIGKILL');
      taken.close();
    }
  }, 60_000);

  it('stops every worker on SIGTERM and exits 0', async () => {
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    expect(code, server.log()).toBe(0);
    expect(lines().filter((line) => line.msg === 'stopped' && line.worker !== undefined)).toHaveLength(2);
  }, 30_000);
});
