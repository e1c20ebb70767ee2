import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  errorLogging,
  httpErrorHandler,
  type ListeningServer,
  listen,
  maskError,
  type RunningServer,
  type ServiceVersion,
  unauthenticated,
  VERSION_HEADER,
} from '@mienskip/kit/http';
import type { Logger } from '@mienskip/kit/logger';
import {
  createTracing,
  observabilityPlugin,
  observedContext,
  observeGraphQLRequests,
  type RequestObservation,
  requestTraceIds,
  type Tracing,
} from '@mienskip/kit/observability';
import { createTokenSigner, PURPOSE_HEADER, parsePurpose } from '@mienskip/kit/token';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { JWK } from 'jose';
import { createAdminApi } from './admin/api.ts';
import type { BreakerState } from './circuit-breaker.ts';
import type { GatewayContext } from './context.ts';
import { cors, corsOriginsFromEnv } from './cors.ts';
import { graphiqlPage, wantsGraphiql } from './graphiql.ts';
import { introspectionControl } from './introspection.ts';
import { accessLogEntriesUrl, joinedAccessLog } from './joined-access-log.ts';
import { createKeyAuthenticator } from './keys/authenticate.ts';
import { keyCacheMsFromEnv } from './keys/authentication-cache.ts';
import { KeyRefused } from './keys/errors.ts';
import { organisationKindFromGraph } from './keys/organisation-kind.ts';
import type { KeyStore } from './keys/store.ts';
import { LineUp, lineUpIdenticalRequests, releasingLineUp } from './line-up.ts';
import { countGraphQLRequest, createGatewayMetrics, type GatewayMetrics } from './observability.ts';
import { operationLogging } from './operation-logging.ts';
import { clarifyLimitRefusal, createArmor, LIMITS, reservedNamesRule } from './query-limits.ts';
import type { RateLimitOptions } from './rate-limits/config.ts';
import { createRateLimiter } from './rate-limits/limiter.ts';
import { costRateLimiting } from './rate-limits/operation-cost.ts';
import { gatewayReadiness } from './readiness.ts';
import { redisHealth } from './redis-health.ts';
import { refusal } from './refusal.ts';
import { noteTraceId, requestLog } from './request-log.ts';
import { lazyRequestLogger, WithRequestLogger } from './request-logger.ts';
import { shareExecutions } from './shared-executions.ts';
import { REVIEWED_GATEWAY_VERSION, singleFetchPassthrough } from './single-fetch/passthrough.ts';
import { SignedDataSource } from './subgraph-calls.ts';
import { createSubgraphFetcher } from './subgraph-fetch.ts';
import { SubgraphGuard } from './subgraph-guard.ts';
import { checkSubgraphs, waitForSubgraphs } from './subgraph-health.ts';
import { type SubgraphCallPolicy, subgraphCallPolicy } from './subgraph-policy.ts';
import { subgraphTargets } from './subgraph-targets.ts';
import { checkTrustedRequest, trustedDocuments } from './trusted-documents/check.ts';
import { defaultPersistedDocuments, type PersistedDocuments } from './trusted-documents/manifests.ts';
import { resolvePersistedDocuments } from './trusted-documents/resolve.ts';

export interface GatewayOptions {
  port: number;
  host?: string;
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding the supergraph's (tests start subgraphs on free ports). */
  subgraphUrls?: Record<string, string>;
  /** The private JWK (with `kid`) that signs internal tokens. */
  signingKey: JWK;
  keys: KeyStore;
  logger: Logger;
  /** Pre-fills GraphiQL's headers with this key: the local stack's development key only. */
  graphiqlKey?: string;
  /** How long to wait at start for every subgraph to be ready (0: check once). */
  waitForSubgraphsMs?: number;
  subgraphTimeouts?: { connectMs: number; requestMs: number };
  /** Deadline and circuit breaker for every subgraph, before `MIENSKIP_<NAME>_DEADLINE_MS` and the rest. */
  subgraphCalls?: Partial<SubgraphCallPolicy>;
  /**
   * Requests and query cost per API key per minute (defaults: `DEFAULT_RATE_LIMITS`), in memory or,
   * with `redisUrl`, in Redis shared by every instance (in memory per instance while Redis is away).
   * An unreachable Redis fails the start.
   */
  rateLimits?: RateLimitOptions;
  /** Browser origins allowed to call `/graphql` (default: `MIENSKIP_CORS_ORIGINS`; none: no cross-origin access). */
  corsOrigins?: readonly string[];
  /**
   * The apps' persisted documents, which requests name by id and keys are bound to (default: the
   * manifests of `loadManifests()`, read at start; a malformed one fails the start).
   */
  persistedDocuments?: PersistedDocuments;
  /** Served on `/metrics` (default: a registry of its own); pass the one the key store's database reports to. */
  metrics?: GatewayMetrics;
  /** Traces requests and subgraph calls (shut down with the gateway). Default: as `OTEL_*` configures. */
  tracing?: Tracing;
  /** Served on `/version` and in the `x-mienskip-version` header of every response; default: `0.0.0`, no commit. */
  version?: ServiceVersion;
  /** How long an accepted API key is served from memory (default: `MIENSKIP_KEY_CACHE_MS`, else 10 s; 0: never). */
  keyCacheMs?: number;
}

export interface RunningGateway extends RunningServer {
  /** Graceful stop: unready, no new connections, requests in flight finish within `graceMs` (0 by default). */
  stop(graceMs?: number): Promise<void>;
  /** Each subgraph's circuit breaker state, by name (for the metrics). */
  breakerStates(): Record<string, BreakerState['name']>;
}

// @apollo/gateway reports anonymous usage unless told not to; this network has no way out anyway.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { logger } = options;
  // A malformed allowlist fails the start before anything waits on subgraphs.
  const corsOrigins = options.corsOrigins ?? corsOriginsFromEnv(process.env);
  const keyCacheMs = options.keyCacheMs ?? keyCacheMsFromEnv(process.env);
  const documents = options.persistedDocuments ?? defaultPersistedDocuments();
  const targets = subgraphTargets(options.supergraphSdl).map((target) => ({
    ...target,
    url: options.subgraphUrls?.[target.name] ?? target.url,
  }));
  await waitForSubgraphs(targets, options.waitForSubgraphsMs ?? 0);

  const signer = await createTokenSigner(options.signingKey);
  const metrics = options.metrics ?? createGatewayMetrics();
  const tracing = options.tracing ?? createTracing('gateway');
  const fetcher = createSubgraphFetcher(options.subgraphTimeouts ?? { connectMs: 2_000, requestMs: 15_000 });
  const urls = new Map(targets.map((target) => [target.name, target.url]));
  const guards = new Map(
    targets.map(({ name }) => [
      name,
      new SubgraphGuard(name, subgraphCallPolicy(name, process.env, options.subgraphCalls), logger),
    ]),
  );
  // Issue 19: answers of one subgraph that shaping would not change skip it (`single-fetch/`).
  const passthrough = singleFetchPassthrough(process.env, metrics);
  if (passthrough.state === 'unreviewed')
    logger.warn(
      { reviewed: REVIEWED_GATEWAY_VERSION },
      'single-fetch passthrough off: the installed @apollo/gateway is not the version it was reviewed against',
    );
  // Issue 19: identical query fetches and queries of one caller in flight go out once, every request
  // that joined logged through one access log (`subgraph-dedup.ts`, `shared-executions.ts`), and
  // identical requests arriving together wait for the first to execute (`line-up.ts`).
  const joinersLog = joinedAccessLog(accessLogEntriesUrl(urls), signer, fetcher.fetcher);
  const federation = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    experimental_didResolveQueryPlan: passthrough.didResolveQueryPlan,
    buildService: ({ name, url }) =>
      new SignedDataSource(
        name,
        urls.get(name) ?? url!,
        signer,
        fetcher.fetcher,
        guards.get(name)!,
        metrics,
        { joinersLog },
      ),
  });
  const gateway = releasingLineUp(shareExecutions(passthrough.wrap(federation), joinersLog, metrics));
  const rateLimiter = await createRateLimiter(options.rateLimits ?? {}, logger, (limit) =>
    metrics.rateLimitRefusals.inc({ limit }),
  ).catch(async (error) => {
    await fetcher.close();
    await tracing.shutdown();
    throw error;
  });
  const armor = createArmor();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Every request carries a bearer key that a browser never adds by itself: no CSRF to prevent,
    // and GraphQL over HTTP GET keeps working for plain clients.
    csrfPrevention: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    // The gateway stops itself (`graceful-stop.ts`): Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    formatError: (formatted) => clarifyLimitRefusal(maskError(formatted)),
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      // graphql-armor's typings point at Apollo Server's CommonJS build; the plugins are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints: the gateway answers per key and sends no Cache-Control; the default plugin
      // would only work out a policy for every request.
      ApolloServerPluginCacheControlDisabled(),
      trustedDocuments(),
      introspectionControl(),
      operationLogging(logger),
      errorLogging(),
      costRateLimiting(rateLimiter),
      observabilityPlugin(),
    ],
    validationRules: [...armor.validationRules, reservedNamesRule],
    allowBatchedHttpRequests: false,
  });
  try {
    await apollo.start();
  } catch (error) {
    await fetcher.close();
    await rateLimiter.close();
    await tracing.shutdown();
    throw new Error(`The supergraph cannot be served: ${(error as Error).message}`);
  }
  /** What the start opened: closed by `stop`, and when the start fails after all (a port in use, say). */
  const closeOpened = async (admin?: { stop(): Promise<void> }) => {
    await admin?.stop();
    await apollo.stop();
    await fetcher.close();
    await rateLimiter.close();
    await tracing.shutdown();
  };
  const organisationKind = organisationKindFromGraph(apollo, logger);
  const authenticator = createKeyAuthenticator(options.keys, { cacheMs: keyCacheMs });
  const admin = createAdminApi(options.keys, organisationKind);
  await admin.start().catch(async (error) => {
    await closeOpened();
    throw error;
  });

  const app = express();
  app.disable('x-powered-by');
  // No ETag: every GraphQL answer is for one key at one moment, and hashing each body costs CPU.
  app.disable('etag');
  const version = options.version ?? { service: 'gateway', version: '0.0.0' };
  app.use((_req, res, next) => {
    res.setHeader(VERSION_HEADER, version.version);
    next();
  });
  app.use(requestLog(logger));
  app.get('/version', (_req, res) => void res.json(version));
  app.get('/health', (_req, res) => void res.json({ status: 'ok', service: 'gateway' }));
  const redis = options.rateLimits?.redisUrl ? redisHealth(options.rateLimits.redisUrl) : undefined;
  let running: ListeningServer | undefined;
  app.get('/ready', async (_req, res) => {
    const [keyStore, subgraphs, redisState] = await Promise.all([
      options.keys.ping().then(
        () => ({ ok: true }),
        (error: Error) => {
          logger.warn({ err: error }, 'not ready: the key store does not answer');
          return { ok: false, error: 'the key store does not answer' };
        },
      ),
      checkSubgraphs(targets),
      redis?.check(),
    ]);
    const { httpStatus, body } = gatewayReadiness({
      accepting: running?.accepting ?? true,
      keyStore,
      subgraphs,
      ...(redisState && { redis: redisState }),
    });
    res.status(httpStatus).json(body);
  });
  // No key needed: operation names and counts only (`observability.ts`); who may reach it is the network's say.
  app.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.render();
    res.type(contentType).send(body);
  });
  // Browser apps call /graphql only; key administration is never done from a web page, so not /admin.
  if (corsOrigins.length > 0) app.use('/graphql', cors(corsOrigins));
  // Answers hold personal data and GET is served: no browser or proxy may keep them (Apollo's
  // cache-control plugin, which said so, is off — it cost work on every field).
  app.use('/graphql', (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    next();
  });
  let page: string | undefined;
  app.get('/graphql', (req, res, next) => {
    if (!wantsGraphiql(req.method, req.header('accept'), req.query.query)) return next();
    page ??= graphiqlPage(options.graphiqlKey);
    res.type('html').send(page);
  });
  /** The request's key, counted against its rate limit: every endpoint's first step. */
  async function authenticate(req: express.Request, res: express.Response, observation?: RequestObservation) {
    const requestId: string = res.locals.requestId;
    try {
      const { apps, mayIntrospect, prefix, ...caller } = await authenticator.authenticate(
        req.header('authorization'),
        { organisationKind },
      );
      res.locals.keyId = caller.keyId;
      const requestLogger = lazyRequestLogger(logger, {
        requestId,
        keyId: caller.keyId,
        keyPrefix: prefix,
        organisationId: caller.organisationId,
        ...requestTraceIds(observation),
      });
      // Only an authenticated request counts: keys are what is limited. Its cost is added once
      // its operation is known (`costRateLimiting`).
      const rateLimit = await rateLimiter.checkRequest(caller.keyId, requestLogger);
      return {
        caller: { ...caller, requestId },
        // A key bound to apps runs only their documents (none, for an app no manifest has).
        trustedDocuments: apps && documents.hashesOf(apps),
        mayIntrospect,
        requestLogger,
        rateLimit,
      };
    } catch (error) {
      if (error instanceof KeyRefused) throw unauthenticated(error.message);
      if (error instanceof GraphQLError) throw error;
      logger.error({ requestId, err: error }, 'authentication failed');
      throw refusal('API keys cannot be checked just now; try again shortly.', 'SERVICE_UNAVAILABLE', 503, 5);
    }
  }

  app.use(
    '/graphql',
    countGraphQLRequest(metrics),
    express.json({ limit: LIMITS.maxBodyBytes }),
    // After the body parser: the active trace context does not survive its stream events.
    observeGraphQLRequests(metrics, tracing),
    noteTraceId,
    resolvePersistedDocuments(documents),
    lineUpIdenticalRequests(new LineUp(), PURPOSE_HEADER),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        observedContext(res, async (observation) => {
          const {
            caller,
            trustedDocuments: trusted,
            mayIntrospect,
            requestLogger,
            rateLimit,
          } = await authenticate(req, res, observation);
          // A key bound to apps runs only their persisted documents: checked before anything is parsed.
          checkTrustedRequest(req, trusted, requestLogger);
          // The stated purpose goes into the signed token and so into the access log; a malformed one is ignored.
          const purpose = parsePurpose(req.header(PURPOSE_HEADER));
          return Object.assign(new WithRequestLogger(requestLogger), {
            caller: { ...caller, ...(purpose !== undefined && { purpose }) },
            mayIntrospect,
            rateLimit,
            ...(trusted && { trustedDocuments: trusted }),
            traceContext: observation?.traceContext,
            lineUpRelease: res.locals.lineUpRelease,
          });
        }),
    }),
  );
  app.use(
    '/admin/graphql',
    express.json({ limit: LIMITS.maxBodyBytes }),
    expressMiddleware(admin, {
      context: async ({ req, res }) => {
        const { caller, requestLogger } = await authenticate(req, res);
        if (!caller.scopes.has('admin'))
          throw new GraphQLError('Key administration needs a key with the admin scope', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        return Object.assign(new WithRequestLogger(requestLogger), { administrator: caller });
      },
    }),
  );
  app.use(httpErrorHandler(logger, LIMITS.maxBodyBytes / 1024));

  const server = await listen(app, options.port, options.host ?? '127.0.0.1', '/graphql').catch(
    async (error) => {
      await redis?.close();
      await closeOpened(admin);
      throw error;
    },
  );
  running = server;
  const stop = async (graceMs = 0) => {
    await server.drain(graceMs);
    await redis?.close();
    await closeOpened(admin);
  };
  const breakerStates = () => Object.fromEntries([...guards].map(([name, guard]) => [name, guard.state]));
  metrics.watchBreakers(breakerStates);
  return { url: server.url, port: server.port, close: () => stop(0), stop, breakerStates };
}
