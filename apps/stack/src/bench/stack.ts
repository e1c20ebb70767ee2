import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESS_LOG_URL_ENV } from '@mienskip/kit/access-log';
import { generateKeyMaterial, type KeyMaterial, PRIVATE_KEY_ENV, PUBLIC_KEYS_ENV } from '@mienskip/kit/token';
import { createTestDatabase } from '@mienskip/testing';
import { startService, stopAll } from '../processes.ts';
import { accessLogUrl, GATEWAY_SERVICE, SUBGRAPH_SERVICES } from '../services.ts';

export interface BenchStack {
  gatewayUrl: string;
  /** Each subgraph's base URL (its GraphQL endpoint is `${base}/graphql`). */
  subgraphs: Record<string, string>;
  devKey: string;
  keys: KeyMaterial;
  database: 'pglite' | 'postgresql';
  stop(): Promise<void>;
}

const OFFSET = 100; // 4100, 4102, 4103, 4108: a running `npm start` keeps its ports.

/**
 * The locations subgraph and the gateway in processes of their own, as `npm start` runs them, on a
 * fresh database with `generated` extra rooms and extra organisations (each with a year of realisation). PostgreSQL when BENCH_DATABASE_URL names a
 * server (a database of its own per run), PGlite otherwise.
 */
export async function startBenchStack(generated: number): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mienskip-bench-'));
  const keys = await generateKeyMaterial();
  const devKey = `msk_bench_${randomBytes(24).toString('base64url')}`;
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const services = [
    ...SUBGRAPH_SERVICES.map((s) => ({ ...s, port: s.port + OFFSET })),
    { ...GATEWAY_SERVICE, port: GATEWAY_SERVICE.port + OFFSET },
  ];
  const testDbs = serverUrl
    ? await Promise.all(services.map(() => withServer(serverUrl, createTestDatabase)))
    : [];
  const db = (index: number, name: string) =>
    serverUrl ? { DATABASE_URL: testDbs[index]!.options.url! } : { PGLITE_DATA_DIR: join(dataDir, name) };
  const gateway = services.at(-1)!;
  const quiet = { LOG_LEVEL: 'warn' };
  const children = services.map((service, index) =>
    service === gateway
      ? startService(
          service,
          {
            ...quiet,
            ...db(index, service.name),
            HOST: '127.0.0.1',
            MIENSKIP_DEV_API_KEY: devKey,
            MIENSKIP_WAIT_FOR_SUBGRAPHS_MS: '180000',
            // The bench measures throughput, not the per-key rate limits.
            MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000',
            MIENSKIP_RATE_LIMIT_COST_PER_MINUTE: '100000000000',
            [PRIVATE_KEY_ENV]: JSON.stringify(keys.privateJwk),
            ...Object.fromEntries(
              services
                .slice(0, -1)
                .map((s) => [`MIENSKIP_${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`]),
            ),
          },
          true,
        )
      : startService(
          service,
          {
            ...quiet,
            ...db(index, service.name),
            HOST: '127.0.0.1',
            MIENSKIP_LOCATIONS_GENERATED_ROOMS: String(generated),
            MIENSKIP_BUDGET_GENERATED_ORGANISATIONS: String(generated),
            // Large scale: 10,000 residents in transition make about 20,000 clients.
            MIENSKIP_CLIENTS_TRANSITION_CLIENTS: String(generated > 0 ? 10_000 : 2_000),
            [PUBLIC_KEYS_ENV]: JSON.stringify(keys.publicJwks),
            [ACCESS_LOG_URL_ENV]: accessLogUrl(services),
          },
          true,
        ),
  );
  const gatewayBase = `http://127.0.0.1:${gateway.port}`;
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
    subgraphs: Object.fromEntries(services.slice(0, -1).map((s) => [s.name, `http://127.0.0.1:${s.port}`])),
    devKey,
    keys,
    database: serverUrl ? 'postgresql' : 'pglite',
    stop: async () => {
      await stopAll(children);
      for (const testDb of testDbs) await testDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
