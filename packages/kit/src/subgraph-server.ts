import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { AccessLogRecorder } from './access-log.ts';
import { accessLogging } from './access-log-plugin.ts';
import type { RequestContext } from './context.ts';
import { errorLogging, httpErrorHandler, loggableError, maskError, unauthenticated } from './errors.ts';
import { observedContext, observeGraphQLRequests, requestTraceIds } from './graphql-observation.ts';
import { type ListeningServer, listen, type RunningServer } from './listen.ts';
import { createServiceMetrics, type ServiceMetrics } from './metrics.ts';
import { observabilityPlugin } from './observability-plugin.ts';
import { traceRootFields } from './root-field-spans.ts';
import { type ServiceVersion, VERSION_HEADER } from './service-version.ts';
import { isRequestId, REQUEST_ID_HEADER, TOKEN_HEADER, type TokenVerifier } from './token.ts';
import { createTracing, type Tracing } from './tracing.ts';

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  logger: Logger;
  /** Adds the subgraph's own parts (database, loaders) to the verified request context. */
  createContext(base: RequestContext): Context | Promise<Context>;
  /** Throws when the subgraph cannot serve (its database is gone); backs `/ready`. */
  checkReady(): Promise<void>;
  /** Served on `/metrics`; the service may add its own (the SQL statements). Default: a registry of its own. */
  metrics?: ServiceMetrics;
  /** Traces requests (and is shut down with the server). Default: as the environment configures (`tracing.ts`). */
  tracing?: Tracing;
  port: number;
  host?: string;
  /** Where the access log takes entries (the audit service's `/entries`); unset: reads of personal data fail. */
  accessLogUrl?: string | undefined;
  /** Served on `/version` and in the `x-mienskip-version` header of every response; default: `0.0.0`, no commit. */
  version?: ServiceVersion;
  /** Extra routes of the service itself, mounted before `/graphql`. */
  routes?(app: express.Express): void;
}

export interface RunningSubgraph extends RunningServer {
  /** GraphQL requests received, refused ones included: lets tests prove a request never arrived. */
  readonly graphqlRequests: number;
  /** What `/metrics` serves; a service may register metrics of its own on `metrics.registry`. */
  readonly metrics: ServiceMetrics;
  /** Graceful stop: unready, no new connections, requests in flight finish within `graceMs`. */
  stop(graceMs: number): Promise<void>;
}

/**
 * Serves a subgraph on `/graphql`, only to callers with a valid internal token (HTTP 401 otherwise),
 * plus `/health` (alive), `/ready` (database answers), `/metrics` (Prometheus text) and `/version`
 * (service, version, commit; also in the `x-mienskip-version` header of every response). Requests
 * continue the trace the caller sent (`traceparent`), with spans for the operation and root fields.
 */
export async function startSubgraphServer<Context extends RequestContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const { logger } = options;
  const metrics = options.metrics ?? createServiceMetrics(options.name);
  const tracing = options.tracing ?? createTracing(options.name);
  const apollo = new ApolloServer<Context>({
    schema: traceRootFields(options.schema),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    // The service stops itself (`graceful-stop.ts`): Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    formatError: maskError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's default cache-control plugin runs on every field to compute a header that is always
      // `no-store` here (no cache hints): the header is set once per response instead.
      ApolloServerPluginCacheControlDisabled(),
      noStore(),
      requestLogging(),
      errorLogging(),
      accessLogging(),
      observabilityPlugin(),
    ],
  });
  await apollo.start();

  let graphqlRequests = 0;
  const app = express();
  app.disable('x-powered-by');
  // No ETag: nothing revalidates a subgraph's answer, and hashing every body costs CPU (issue 19).
  app.disable('etag');
  const version = options.version ?? { service: options.name, version: '0.0.0' };
  app.use((_req, res, next) => {
    res.setHeader(VERSION_HEADER, version.version);
    next();
  });
  app.get('/version', (_req, res) => void res.json(version));
  app.get('/health', (_req, res) => void res.json({ status: 'ok', service: options.name }));
  let running: ListeningServer | undefined;
  app.get('/ready', async (_req, res) => {
    if (running && !running.accepting)
      return void res.status(503).json({ status: 'stopping', service: options.name });
    try {
      await options.checkReady();
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      logger.warn({ error: loggableError(error) }, 'not ready');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  app.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.render();
    res.type(contentType).send(body);
  });
  options.routes?.(app);
  app.use(
    '/graphql',
    (_req, _res, next) => {
      graphqlRequests++;
      metrics.graphqlRequests.inc();
      next();
    },
    express.json({ limit: '2mb' }),
    // After the body parser: the active trace context does not survive its stream events.
    observeGraphQLRequests(metrics, tracing),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        observedContext(res, async (observation) => {
          const token = req.header(TOKEN_HEADER);
          // The gateway's token is shared by a caller's requests: the request id comes beside it.
          const requestIdHeader = req.header(REQUEST_ID_HEADER);
          let caller: RequestContext['caller'];
          try {
            caller = await options.verifier.verify(token, { requestId: requestIdHeader });
          } catch (error) {
            logger.warn(
              {
                reason: (error as Error).message,
                requestId: isRequestId(requestIdHeader) ? requestIdHeader : randomUUID(),
              },
              'refused request without valid internal token',
            );
            throw unauthenticated('This service only answers the Mienskip gateway');
          }
          return options.createContext({
            caller,
            logger: logger.child({
              requestId: caller.requestId,
              keyId: caller.keyId,
              ...requestTraceIds(observation),
            }),
            // The very token the gateway signed goes on to the access log: its "who" is the gateway's
            // word; the request id goes beside it, as it came.
            accessLog: new AccessLogRecorder({
              url: options.accessLogUrl,
              token,
              requestId: caller.requestId,
              traceContext: observation?.traceContext,
            }),
            traceContext: observation?.traceContext,
          });
        }),
    }),
  );

  app.use(httpErrorHandler(logger));

  const server = await listen(app, options.port, options.host ?? '127.0.0.1', '/graphql');
  running = server;
  logger.info({ url: server.url }, `${options.name} subgraph listening`);
  const stop = async (graceMs: number) => {
    await server.drain(graceMs);
    await apollo.stop();
    await tracing.shutdown();
  };
  return {
    url: server.url,
    port: server.port,
    get graphqlRequests() {
      return graphqlRequests;
    },
    metrics,
    stop,
    close: () => stop(0),
  };
}

/** One log line per operation: name, duration, error count; never variables or results. */
function requestLogging<Context extends RequestContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.logger?.info(
            {
              operationName,
              durationMs: Math.round(performance.now() - started),
              errors: errors?.length ?? 0,
            },
            'operation',
          );
        },
      };
    },
  };
}

/** `cache-control: no-store` on every GraphQL response, as Apollo's cache-control plugin answered without hints. */
function noStore<Context extends RequestContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
