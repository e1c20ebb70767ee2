import { sql } from 'drizzle-orm';
import type express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { JSONWebKeySet, JWK } from 'jose';
import { ACCESS_LOG_URL_ENV } from './access-log.ts';
import {
  localAccessLogUrl,
  SUBGRAPHS,
  type SubgraphName,
  subgraphEntry,
  subgraphUrlEnv,
} from './catalogue.ts';
import type { RequestContext } from './context.ts';
import {
  connectDatabase,
  type Database,
  type DatabaseOptions,
  type Db,
  migrateDatabase,
  redactUrl,
} from './db.ts';
import { parsePort } from './env-numbers.ts';
import { stopGraceMs, stopOnSignals } from './graceful-stop.ts';
import { createLogger, type Logger } from './logger.ts';
import { createLookupClient, type LookupClient } from './lookup-client.ts';
import { createServiceMetrics } from './metrics.ts';
import type { RuntimePrivileges } from './migrate-grants.ts';
import { MIGRATE_ENV, type MigrateMode, migrateModeFromEnv } from './migrate-mode.ts';
import { assertMigrated } from './migrate-status.ts';
import { SEED_ENV, type SeedLevel, type SeedMode, seedModeFromEnv } from './seed-mode.ts';
import type { ServiceVersion } from './service-version.ts';
import { statementObserver } from './statement-observer.ts';
import { type RunningSubgraph, startSubgraphServer } from './subgraph-server.ts';
import {
  createServiceTokenSigner,
  createTokenVerifier,
  PUBLIC_KEYS_ENV,
  readJsonEnv,
  SERVICE_PRIVATE_KEY_ENV,
} from './token.ts';
import { createTracing, type Tracing } from './tracing.ts';

/**
 * The context every resolver of every subgraph receives: the caller, a logger, the access log, the
 * database, and the client that looks up facts other subgraphs own (`@mienskip/kit/lookup`).
 */
export interface SubgraphContext extends RequestContext {
  db: Db;
  lookups: LookupClient;
}

/** What a service's own routes get besides Express: its database and the gateway's public keys. */
export interface ServiceRouteContext {
  database: Database;
  publicJwks: JSONWebKeySet;
  logger: Logger;
}

/** What a subgraph package exports so that a server, a test or the stack can start it. */
export interface SubgraphDefinition {
  /** Its entry in the catalogue of services (`catalogue.ts`), which gives its default port. */
  name: SubgraphName;
  schema: GraphQLSchema;
  /** drizzle-kit's output folder. */
  migrationsFolder: string;
  /**
   * What its runtime role may do where it differs from reading and writing the rows of every table
   * in its schema (`grantRuntimeRole`, granted by its migrate command: `runMigrations`).
   */
  runtimePrivileges?: RuntimePrivileges;
  /**
   * Writes the reference data (`reference`) or the reference and the synthetic data (`synthetic`),
   * idempotently: run on every start after the migrations, unless the seed mode is `none` (`seed-mode.ts`).
   */
  seed(db: Db, level: SeedLevel): Promise<void>;
  /** Answered on `GET /version` and in the `x-mienskip-version` header (`service-version.ts`). */
  version?: ServiceVersion;
  /** Routes besides `/graphql` (mounted before it), e.g. the audit service's `POST /entries`. */
  routes?(app: express.Express, context: ServiceRouteContext): void;
}

export interface StartOptions {
  port: number;
  host?: string;
  database: DatabaseOptions;
  publicJwks: JSONWebKeySet;
  logger?: Logger;
  /** The audit service's `/entries` URL; without it, any read of personal data fails. */
  accessLogUrl?: string | undefined;
  /** This subgraph's own private key, for the service tokens of its look-ups; without it, look-ups fail. */
  serviceKey?: JWK | undefined;
  /**
   * Other subgraphs' `/graphql` by name, for look-ups; an owner not listed is asked at its canonical
   * URL. Read at each look-up, so a test may fill it once every subgraph listens.
   */
  ownerUrls?: Readonly<Partial<Record<string, string>>> | undefined;
  /** Traces requests; default: as the environment configures (`OTEL_*`, see `tracing.ts`). Shut down on stop. */
  tracing?: Tracing | undefined;
  /** What to seed after the migrations; default `synthetic` (the tests' world). `runSubgraph` reads `MIENSKIP_SEED`. */
  seed?: SeedMode;
  /**
   * `on-start` (default): apply the migrations first; `never`: only check that all are applied and
   * refuse to start otherwise (`migrate-mode.ts`). `runSubgraph` reads `MIENSKIP_MIGRATE`.
   */
  migrate?: MigrateMode;
}

export interface StartedSubgraph extends RunningSubgraph {
  database: Database;
}

/** Connects, migrates (or checks the migrations are applied), seeds and serves. Closing stops the server, then the database. */
export async function startSubgraph(
  definition: SubgraphDefinition,
  options: StartOptions,
): Promise<StartedSubgraph> {
  const logger = options.logger ?? createLogger(definition.name);
  const verifier = createTokenVerifier(options.publicJwks, definition.name);
  const lookups = createLookupClient({
    signer: options.serviceKey && (await createServiceTokenSigner(options.serviceKey, definition.name)),
    ownerUrls: options.ownerUrls,
  });
  const metrics = createServiceMetrics(definition.name);
  const tracing = options.tracing ?? createTracing(definition.name);
  const database = await connectDatabase({ ...options.database, observer: statementObserver(metrics) });
  try {
    if (options.migrate === 'never')
      await assertMigrated(database, definition.name, definition.migrationsFolder);
    else await migrateDatabase(database, definition.name, definition.migrationsFolder);
    const seed = options.seed ?? 'synthetic';
    if (seed !== 'none') await definition.seed(database.db, seed);
    const server = await startSubgraphServer({
      name: definition.name,
      schema: definition.schema,
      ...(definition.version && { version: definition.version }),
      verifier,
      logger,
      port: options.port,
      ...(options.host && { host: options.host }),
      accessLogUrl: options.accessLogUrl,
      ...(definition.routes && {
        routes: (app: express.Express) =>
          definition.routes!(app, { database, publicJwks: options.publicJwks, logger }),
      }),
      createContext: (base): SubgraphContext => ({ ...base, db: database.db, lookups }),
      metrics,
      tracing,
      checkReady: async () => {
        await database.db.execute(sql`select 1`);
      },
    });
    return {
      database,
      url: server.url,
      port: server.port,
      get graphqlRequests() {
        return server.graphqlRequests;
      },
      metrics,
      stop: async (graceMs: number) => {
        await server.stop(graceMs);
        await database.close();
      },
      close: async () => {
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    await tracing.shutdown().catch(() => {});
    throw error;
  }
}

/**
 * The `src/server.ts` of every subgraph: configuration from the environment, clear start-up errors,
 * graceful stop on SIGINT/SIGTERM (`graceful-stop.ts`).
 *
 * - `PORT` (default: the subgraph's port in the catalogue of services), `HOST` (default 127.0.0.1: only the gateway calls it)
 * - `DATABASE_URL` (PostgreSQL) or `PGLITE_DATA_DIR` (embedded; default `.data/<name>`)
 * - `MIENSKIP_TOKEN_PUBLIC_JWKS`: the gateway's public key set
 * - `MIENSKIP_ACCESS_LOG_URL`: the audit service's `/entries` (default: the audit service's local `/entries`)
 * - `MIENSKIP_SERVICE_PRIVATE_JWK`: its own signing key for look-ups of other subgraphs' facts
 *   (optional; without it those look-ups fail with `OwnerUnavailableError`)
 * - `MIENSKIP_<OWNER>_URL`: where it asks an owner (default: the owner's canonical local URL)
 * - `MIENSKIP_STOP_GRACE_MS` (10000): how long requests in flight may take to finish after SIGTERM
 * - `MIENSKIP_SEED`: `none`, `reference` or `synthetic`; default `none` when `NODE_ENV=production`,
 *   `synthetic` otherwise (`seed-mode.ts`)
 * - `MIENSKIP_MIGRATE`: `on-start` or `never` (only check that the migrations are applied: its migrate
 *   command applies them); default `never` when `NODE_ENV=production`, `on-start` otherwise
 * - `MIENSKIP_COMMIT`: the commit `GET /version` names (default: the build's, `dist/build-info.json`)
 * - `OTEL_TRACES_EXPORTER`, `OTEL_EXPORTER_OTLP_ENDPOINT` and the like: tracing, off unless set (`tracing.ts`)
 */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const env = process.env;
  const logger = createLogger(definition.name);
  try {
    const publicJwks = readJsonEnv<JSONWebKeySet>(
      env,
      PUBLIC_KEYS_ENV,
      "the gateway's public key set (JWKS) to verify internal tokens",
    );
    const serviceKey = env[SERVICE_PRIVATE_KEY_ENV]
      ? readJsonEnv<JWK>(env, SERVICE_PRIVATE_KEY_ENV, 'this subgraph’s own key for signing look-ups')
      : undefined;
    if (!serviceKey)
      logger.warn(`${SERVICE_PRIVATE_KEY_ENV} is not set: look-ups of other subgraphs will fail`);
    const ownerUrls = Object.fromEntries(
      SUBGRAPHS.flatMap(({ name }) => (env[subgraphUrlEnv(name)] ? [[name, env[subgraphUrlEnv(name)]]] : [])),
    );
    const graceMs = stopGraceMs(env);
    const seed = seedModeFromEnv(env);
    const migrate = migrateModeFromEnv(env);
    const port = parsePort(env.PORT, subgraphEntry(definition.name).port);
    const url = env.DATABASE_URL || undefined;
    const dataDir = url ? undefined : (env.PGLITE_DATA_DIR ?? `.data/${definition.name}`);
    logger.info(
      {
        database: url ? redactUrl(url) : `pglite:${dataDir}`,
        seed,
        migrate,
        ...(definition.version && { version: definition.version.version, commit: definition.version.commit }),
      },
      `starting (${SEED_ENV}=${seed}, ${MIGRATE_ENV}=${migrate})`,
    );
    const started = await startSubgraph(definition, {
      port,
      host: env.HOST ?? '127.0.0.1',
      database: { url, dataDir },
      publicJwks,
      logger,
      accessLogUrl: env[ACCESS_LOG_URL_ENV] || localAccessLogUrl(),
      serviceKey,
      ownerUrls,
      seed,
      migrate,
    });
    stopOnSignals(
      async (signal) => {
        logger.info({ signal, graceMs }, 'stopping: finishing requests in flight');
        await started.stop(graceMs);
        logger.info('stopped');
      },
      (error) => logger.error({ err: error }, 'could not stop cleanly'),
    );
  } catch (error) {
    logger.fatal({ err: error }, `${definition.name} could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}
