import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyMaterial, type KeyMaterial, PRIVATE_KEY_ENV, PUBLIC_KEYS_ENV } from '@mienskip/kit';
import { createTestDatabase } from '@mienskip/testing';
import { startService, stopAll } from '../processes.ts';
import { GATEWAY_SERVICE, SUBGRAPH_SERVICES } from '../services.ts';

export interface BenchStack {
  gatewayUrl: string;
  subgraphUrl: string;
  subgraphBase: string;
  devKey: string;
  keys: KeyMaterial;
  database: 'pglite' | 'postgresql';
  stop(): Promise<void>;
}

const OFFSET = 100; // 4100 and 4103: a running `npm start` keeps its ports.

/**
 * The locations subgraph and the gateway in processes of their own, as `npm start` runs them, on a
 * fresh database with `generatedRooms` extra rooms. PostgreSQL when BENCH_DATABASE_URL names a
 * server (a database of its own per run), PGlite otherwise.
 */
export async function startBenchStack(generatedRooms: number): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mienskip-bench-'));
  const keys = await generateKeyMaterial();
  const devKey = `msk_bench_${Date.now()}`;
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const testDbs = serverUrl
    ? await Promise.all([0, 1].map(() => withServer(serverUrl, createTestDatabase)))
    : [];
  const db = (index: number, name: string) =>
    serverUrl ? { DATABASE_URL: testDbs[index]!.options.url! } : { PGLITE_DATA_DIR: join(dataDir, name) };
  const locations = { ...SUBGRAPH_SERVICES.find((s) => s.name === 'locations')!, port: 4003 + OFFSET };
  const gateway = { ...GATEWAY_SERVICE, port: 4000 + OFFSET };
  const quiet = { LOG_LEVEL: 'warn' };
  const children = [
    startService(
      locations,
      {
        ...quiet,
        ...db(0, 'locations'),
        HOST: '127.0.0.1',
        MIENSKIP_LOCATIONS_GENERATED_ROOMS: String(generatedRooms),
        [PUBLIC_KEYS_ENV]: JSON.stringify(keys.publicJwks),
      },
      true,
    ),
    startService(
      gateway,
      {
        ...quiet,
        ...db(1, 'gateway'),
        HOST: '127.0.0.1',
        MIENSKIP_DEV_API_KEY: devKey,
        MIENSKIP_LOCATIONS_URL: `http://127.0.0.1:${locations.port}/graphql`,
        MIENSKIP_WAIT_FOR_SUBGRAPHS_MS: '180000',
        [PRIVATE_KEY_ENV]: JSON.stringify(keys.privateJwk),
      },
      true,
    ),
  ];
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
    subgraphUrl: `http://127.0.0.1:${locations.port}/graphql`,
    subgraphBase: `http://127.0.0.1:${locations.port}`,
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
