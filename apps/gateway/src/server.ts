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
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GATEWAY } from '@mienskip/kit/catalogue';
import { redactUrl } from '@mienskip/kit/db';
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
import { corsOriginsFromEnv } from './cors.ts';
import { openGatewayDatabase } from './database.ts';
import { ensureDevelopmentKey, isLoopback } from './dev-key.ts';
import { createKeyStore } from './keys/store.ts';
import { claimStore } from './keys/store-owner.ts';
import { createGatewayMetrics } from './observability.ts';
import { rateLimitsFromEnv } from './rate-limits/config.ts';
import { subgraphTargets } from './subgraph-targets.ts';
import { loadManifests, PersistedDocuments } from './trusted-documents/manifests.ts';

const env = process.env;
const logger = createLogger('gateway');

try {
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
  subgraphTargets(supergraphSdl); // A bad supergraph is reported before anything else starts.
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
  logger.info(
    {
      database: url ? redactUrl(url) : `pglite:${dataDir}`,
      rateLimits: rateLimits.redisUrl ? `redis:${redactUrl(rateLimits.redisUrl)}` : 'memory',
      corsOrigins,
      apps: persistedDocuments.apps,
    },
    'starting',
  );
  // PGlite takes one process at a time: claim the store, so that the keys CLI goes through our admin API.
  const claim = dataDir ? claimStore(dataDir) : undefined;
  const metrics = createGatewayMetrics();
  const database = await openGatewayDatabase({ url, dataDir, observer: statementObserver(metrics) });
  const keys = createKeyStore(database.db, { knownApps: () => persistedDocuments.apps });
  const devKey = env.MIENSKIP_DEV_API_KEY;
  if (devKey) logger.info({ keyId: await ensureDevelopmentKey(keys, devKey) }, 'development key ready');

  const host = env.HOST ?? '127.0.0.1';
  const prefill = devKey && env.MIENSKIP_GRAPHIQL_PREFILL_KEY === '1';
  if (prefill && !isLoopback(host))
    logger.warn({ host }, 'not putting the development key in GraphiQL: HOST is not loopback');
  const gateway = await startGateway({
    version: readServiceVersion('gateway', import.meta.url),
    port,
    host,
    supergraphSdl,
    signingKey,
    keys,
    logger,
    waitForSubgraphsMs,
    rateLimits,
    corsOrigins,
    persistedDocuments,
    metrics,
    ...(prefill && isLoopback(host) && { graphiqlKey: devKey }),
  });
  logger.info(
    { url: gateway.url, admin: gateway.url.replace(/\/graphql$/, '/admin/graphql') },
    'gateway listening',
  );
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
} catch (error) {
  logger.fatal({ err: error }, `gateway could not start: ${(error as Error).message}`);
  process.exit(1);
}
