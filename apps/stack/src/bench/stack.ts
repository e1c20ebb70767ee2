import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY, SUBGRAPHS } from '@mienskip/kit/catalogue';
import { generateKeyMaterial, generateServiceKeyMaterial, type KeyMaterial } from '@mienskip/kit/token';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { planStack } from '../plan.ts';
import { startService, stopAll } from '../processes.ts';
import { buildServices } from '../production.ts';

export interface BenchStack {
  gatewayUrl: string;
  /** Each subgraph's base URL (its GraphQL endpoint is `${base}/graphql`). */
  subgraphs: Record<string, string>;
  devKey: string;
  keys: KeyMaterial;
  /** The process id of the gateway (`gateway`) and of each subgraph, by name. */
  pids: Record<string, number>;
  database: 'pglite' | 'postgresql';
  stop(): Promise<void>;
}

/** High enough that no bench run is refused, low enough that the limiter still counts (issue 19). */
export const BENCH_RATE_LIMITS = { requestsPerMinute: 100_000_000, costPerMinute: 100_000_000_000 } as const;

const OFFSET = 100; // 4100, 4102, 4103, 4108: a running `npm start` keeps its ports.

/**
 * Every subgraph of the catalogue and the gateway in processes of their own, planned as `npm start`
 * plans them (ports shifted by 100) and started from their build (`pnpm build` first, through turbo's cache), on a fresh database with `generated` extra rooms and extra
 * organisations (each with a year of realisation) and the residents of `transitionClients` (clients,
 * youth and debt seed at that scale). PostgreSQL when BENCH_DATABASE_URL names a
 * server (a database of its own per run), PGlite otherwise.
 */
export async function startBenchStack(
  generated: number,
  options: { transitionClients?: number; portOffset?: number; gateway?: BenchGatewayOptions } = {},
): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mienskip-bench-'));
  const keys = await generateKeyMaterial();
  const devKey = `msk_bench_${randomBytes(24).toString('base64url')}`;
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const names = [...SUBGRAPHS.map(({ name }) => name), GATEWAY.name];
  const testDbs = new Map<string, TestDatabase>(
    serverUrl
      ? await Promise.all(
          names.map(async (name) => [name, await withServer(serverUrl, createTestDatabase)] as const),
        )
      : [],
  );
  const host = '127.0.0.1';
  const serviceKeys = Object.fromEntries(
    await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await generateServiceKeyMaterial(name)])),
  );
  const plan = planStack(SUBGRAPHS, {
    keys,
    serviceKeys,
    database: (name) =>
      serverUrl
        ? { DATABASE_URL: testDbs.get(name)!.options.url! }
        : { PGLITE_DATA_DIR: join(dataDir, name) },
    portOffset: options.portOffset ?? OFFSET,
    urlHost: host,
    subgraphEnv: {
      LOG_LEVEL: 'warn',
      HOST: host,
      MIENSKIP_LOCATIONS_GENERATED_ROOMS: String(generated),
      MIENSKIP_BUDGET_GENERATED_ORGANISATIONS: String(generated),
      // Large scale: 10,000 residents in transition make about 20,000 clients.
      MIENSKIP_CLIENTS_TRANSITION_CLIENTS: String(
        options.transitionClients ?? (generated > 0 ? 10_000 : 2_000),
      ),
    },
    gatewayEnv: benchGatewayEnv(devKey, options.gateway),
  });
  // Another bench or test on these ports would answer in our stead: refuse to start beside it.
  for (const { service } of plan.processes) await assertPortFree(service.port, host);
  // Compiled, as in production; seeded and migrated at start as the local stack is.
  buildServices();
  const children = plan.processes.map(({ service, env }) =>
    startService(service, { ...env, MIENSKIP_SEED: 'synthetic', MIENSKIP_MIGRATE: 'on-start' }, true, {
      compiled: true,
    }),
  );
  const pids = Object.fromEntries(plan.processes.map(({ service }, i) => [service.name, children[i]!.pid!]));
  const gatewayBase = plan.gatewayUrl;
  const deadline = Date.now() + 300_000;
  while (
    !(await fetch(`${gatewayBase}/ready`)
      .then((r) => r.ok)
      .catch(() => false))
  ) {
    if (Date.now() > deadline || children.some((c) => c.exitCode !== null)) {
      await stopAll(children);
      throw new Error('The bench stack did not become ready');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    gatewayUrl: `${gatewayBase}/graphql`,
    subgraphs: plan.subgraphUrls,
    devKey,
    keys,
    pids,
    database: serverUrl ? 'postgresql' : 'pglite',
    stop: async () => {
      await stopAll(children);
      for (const testDb of testDbs.values()) await testDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** How the bench runs Mienskip's gateway beyond its defaults (one process, limits in memory). */
export interface BenchGatewayOptions {
  /** `MIENSKIP_GATEWAY_WORKERS`: more than one needs the key store on PostgreSQL and `redisUrl`. */
  workers?: number;
  /** Keep the rate limits in this Redis (`REDIS_URL`), as every instance of a deployment does. */
  redisUrl?: string;
}

/**
 * The gateway as in production: the development key is an ordinary key of the key store, the rate
 * limits count every request and are only set far above what the bench sends in a minute (not
 * switched off), subgraph calls are signed, and the subgraphs write the access log.
 */
export function benchGatewayEnv(devKey: string, options: BenchGatewayOptions = {}): Record<string, string> {
  return {
    ...(options.workers && { MIENSKIP_GATEWAY_WORKERS: String(options.workers) }),
    ...(options.redisUrl && { REDIS_URL: options.redisUrl }),
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    MIENSKIP_DEV_API_KEY: devKey,
    MIENSKIP_WAIT_FOR_SUBGRAPHS_MS: '180000',
    MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE: String(BENCH_RATE_LIMITS.requestsPerMinute),
    MIENSKIP_RATE_LIMIT_COST_PER_MINUTE: String(BENCH_RATE_LIMITS.costPerMinute),
  };
}

export async function assertPortFree(port: number, host: string): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use: another bench, test or stack runs on the bench's ports`)
          : error,
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** createTestDatabase reads TEST_DATABASE_URL; point it at the bench's server for the call. */
async function withServer<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = url;
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = previous;
  }
}
