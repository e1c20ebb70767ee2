/**
 * Starts the gateway from the environment:
 * - `PORT` (default: the gateway's port in the catalogue of services, 4000), `HOST` (127.0.0.1)
 * - `MIENSKIP_TOKEN_PRIVATE_JWK`: the private key that signs internal tokens (JWK with `kid`)
 * - `MIENSKIP_SUPERGRAPH` (default `schema/supergraph.graphql`), `MIENSKIP_<NAME>_URL` per subgraph
 * - `DATABASE_URL` or `PGLITE_DATA_DIR` (default `.data/gateway`) for the API-key store
 * - `MIENSKIP_DEV_API_KEY`: ensures this key exists as the development key (municipal, every scope)
 * - `MIENSKIP_GRAPHIQL_PREFILL_KEY=1`: put the development key in GraphiQL's headers (local stack, loopback only)
 * - `MIENSKIP_WAIT_FOR_SUBGRAPHS_MS` (30000): how long to wait for subgraphs at start
 * - `MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE` (600), `MIENSKIP_RATE_LIMIT_COST_PER_MINUTE` (600000): per API key
 * - `REDIS_URL`: keep the rate-limit counters in this Redis, shared by every gateway instance
 *   (in memory, per instance, without it); the gateway does not start if it cannot reach it, and
 *   counts per instance in memory while Redis is away later (docs/operations.md)
 * - `MIENSKIP_STOP_GRACE_MS` (10000): how long requests in flight may take to finish after SIGTERM
 * - `MIENSKIP_CORS_ORIGINS`: browser origins allowed to call /graphql, comma-separated (none by default)
 * - `OTEL_*`: traces, off unless configured, as for every service (docs/operations.md, Metrics and traces)
 * - `MIENSKIP_PERSISTED_DOCUMENTS_DIR`: where the apps' persisted-document manifests are, as
 *   `<app>/persisted-documents.json` or `<app>/generated/persisted-documents.json` (default: this
 *   package's `operations/`); a malformed manifest stops the start
 * - `MIENSKIP_GATEWAY_WORKERS` (1): processes serving the port, a whole number or `auto` (one per
 *   core); more than one needs `DATABASE_URL` and `REDIS_URL` (`cluster/`, docs/operations.md)
 */
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { GATEWAY } from '@mienskip/kit/catalogue';
import { migrateModeFromEnv, redactUrl } from '@mienskip/kit/db';
import {
  parsePort,
  parseWholeNumber,
  readServiceVersion,
  stopGraceMs,
  stopOnSignals,
} from '@mienskip/kit/http';
import { createLogger } from '@mienskip/kit/logger';
import { statementObserver } from '@mienskip/kit/observability';
import { PRIVATE_KEY_ENV, readJsonEnv } from '@mienskip/kit/token';
import type { JWK } from 'jose';
import { startGateway } from './app.ts';
import { clusterRefusal, parseGatewayWorkers, WORKERS_ENV } from './cluster/policy.ts';
import { runPrimary } from './cluster/primary.ts';
import { type ClusterWorker, clusterWorker } from './cluster/worker.ts';
import { corsOriginsFromEnv } from './cors.ts';
import { openGatewayDatabase } from './database.ts';
import { ensureDevelopmentKey, isLoopback } from './dev-key.ts';
import { keyCacheMsFromEnv } from './keys/authentication-cache.ts';
import { createKeyStore } from './keys/store.ts';
import { claimStore } from './keys/store-owner.ts';
import { createGatewayMetrics } from './observability.ts';
import { rateLimitsFromEnv } from './rate-limits/config.ts';
import { subgraphCallPolicy } from './subgraph-policy.ts';
import { subgraphTargets } from './subgraph-targets.ts';
import { loadManifests, PersistedDocuments } from './trusted-documents/manifests.ts';

const env = process.env;
let logger = createLogger('gateway');

try {
  // One process (today's), or a cluster: a primary that forks the workers, which serve.
  const workers = parseGatewayWorkers(env[WORKERS_ENV], availableParallelism());
  const role = workers === 1 ? 'single' : cluster.isPrimary ? 'primary' : 'worker';
  if (role === 'worker') logger = logger.child({ worker: cluster.worker!.id });
  const config = readConfig();
  // Before anything opens or forks: more than one process needs shared state.
  const refusal = clusterRefusal(workers, { databaseUrl: config.url, redisUrl: config.rateLimits.redisUrl });
  if (refusal) throw new Error(refusal);
  if (role === 'primary') await startPrimary(config, workers);
  else await serve(config, role === 'worker' ? clusterWorker(logger) : undefined);
} catch (error) {
  logger.fatal({ err: error }, `gateway could not start: ${(error as Error).message}`);
  process.exit(1);
}

type Config = ReturnType<typeof readConfig>;

/** Everything from the environment, checked: a bad value stops the start before anything opens. */
function readConfig() {
  const signingKey = readJsonEnv<JWK>(
    env,
    PRIVATE_KEY_ENV,
    'the private key (JWK) that signs internal tokens',
  );
  const supergraphPath =
    env.MIENSKIP_SUPERGRAPH ?? fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch {
    throw new Error(`No supergraph at ${supergraphPath}: run \`pnpm compose\``);
  }
  // A bad supergraph, or a bad value that the gateway reads later, is reported before anything starts
  // (in a cluster: once, by the primary, rather than by every worker).
  for (const { name } of subgraphTargets(supergraphSdl)) subgraphCallPolicy(name, env);
  keyCacheMsFromEnv(env);
  const persistedDocuments = new PersistedDocuments(loadManifests());
  const rateLimits = { ...rateLimitsFromEnv(env), redisUrl: env.REDIS_URL || undefined };
  const corsOrigins = corsOriginsFromEnv(env);
  const graceMs = stopGraceMs(env);
  const port = parsePort(env.PORT, GATEWAY.port);
  const waitForSubgraphsMs = parseWholeNumber(
    'MIENSKIP_WAIT_FOR_SUBGRAPHS_MS',
    env.MIENSKIP_WAIT_FOR_SUBGRAPHS_MS,
    30_000,
  );
  const url = env.DATABASE_URL || undefined;
  const dataDir = url ? undefined : (env.PGLITE_DATA_DIR ?? '.data/gateway');
  const devKey = env.MIENSKIP_DEV_API_KEY;
  const host = env.HOST ?? '127.0.0.1';
  const migrate = migrateModeFromEnv(env);
  return {
    signingKey,
    supergraphSdl,
    persistedDocuments,
    rateLimits,
    corsOrigins,
    graceMs,
    port,
    host,
    waitForSubgraphsMs,
    url,
    dataDir,
    devKey,
    migrate,
  };
}

function logStarting(config: Config, fields: Record<string, unknown> = {}): void {
  const { url, dataDir, rateLimits, corsOrigins, persistedDocuments } = config;
  logger.info(
    {
      ...fields,
      database: url ? redactUrl(url) : `pglite:${dataDir}`,
      rateLimits: rateLimits.redisUrl ? `redis:${redactUrl(rateLimits.redisUrl)}` : 'memory',
      corsOrigins,
      apps: persistedDocuments.apps,
    },
    'starting',
  );
}

/** The cluster's primary: migrates and ensures the development key once, then forks the workers. */
async function startPrimary(config: Config, workers: number): Promise<void> {
  logStarting(config, { workers });
  const database = await openGatewayDatabase({ url: config.url }, config.migrate);
  try {
    const keys = createKeyStore(database.db, { knownApps: () => config.persistedDocuments.apps });
    if (config.devKey)
      logger.info({ keyId: await ensureDevelopmentKey(keys, config.devKey) }, 'development key ready');
  } finally {
    await database.close();
  }
  runPrimary({ workers, logger });
}

/** Serves: the one process, or a worker of the cluster (`worker`), which the primary prepared. */
async function serve(config: Config, worker: ClusterWorker | undefined): Promise<void> {
  const { url, dataDir, devKey, host, graceMs } = config;
  if (!worker) logStarting(config);
  // PGlite takes one process at a time: claim the store, so that the keys CLI goes through our admin API.
  const claim = dataDir ? claimStore(dataDir) : undefined;
  const metrics = createGatewayMetrics();
  const database = await openGatewayDatabase(
    { url, dataDir, observer: statementObserver(metrics) },
    worker ? 'never' : config.migrate,
  );
  const store = createKeyStore(database.db, { knownApps: () => config.persistedDocuments.apps });
  const keys = worker ? worker.relayKeyChanges(store) : store;
  if (worker) worker.aggregateMetrics(metrics);
  if (devKey && !worker)
    logger.info({ keyId: await ensureDevelopmentKey(keys, devKey) }, 'development key ready');

  const prefill = devKey && env.MIENSKIP_GRAPHIQL_PREFILL_KEY === '1';
  if (prefill && !isLoopback(host))
    logger.warn({ host }, 'not putting the development key in GraphiQL: HOST is not loopback');
  const gateway = await startGateway({
    version: readServiceVersion('gateway', import.meta.url),
    port: config.port,
    host,
    supergraphSdl: config.supergraphSdl,
    signingKey: config.signingKey,
    keys,
    logger,
    waitForSubgraphsMs: config.waitForSubgraphsMs,
    rateLimits: config.rateLimits,
    corsOrigins: config.corsOrigins,
    persistedDocuments: config.persistedDocuments,
    metrics,
    ...(prefill && isLoopback(host) && { graphiqlKey: devKey }),
  });
  const admin = gateway.url.replace(/\/graphql$/, '/admin/graphql');
  // In a cluster the primary says `gateway listening` once every worker does.
  if (worker) {
    logger.info({ url: gateway.url, admin, pid: process.pid }, 'worker listening');
    worker.listening(gateway.url);
  } else logger.info({ url: gateway.url, admin }, 'gateway listening');
  claim?.announce(gateway.url.replace(/\/graphql$/, ''));
  stopOnSignals(
    async (signal) => {
      logger.info({ signal, graceMs }, 'stopping: finishing requests in flight');
      await gateway.stop(graceMs);
      await database.close();
      claim?.release();
      logger.info('stopped');
    },
    (error) => logger.error({ err: error }, 'could not stop cleanly'),
  );
}
