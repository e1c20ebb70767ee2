import {
  type Context,
  context,
  createContextKey,
  isSpanContextValid,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  trace,
} from '@opentelemetry/api';
import type { RequestHandler, Response } from 'express';
import { clientErrorCode } from './errors.ts';
import type { ServiceMetrics } from './metrics.ts';
import { contextFromHeaders, markFailed, withTracer } from './trace-context.ts';
import type { Tracing } from './tracing.ts';

/**
 * What is learnt about one GraphQL request while it is served: the Express middleware below makes
 * it, the Apollo plugin (`observability-plugin.ts`) fills it in, and when the response is sent the
 * middleware turns it into metrics and ends the spans.
 */
export interface RequestObservation {
  /** The operation's span, active while the operation runs: resolver and SQL spans go under it. */
  readonly operationSpan: Span;
  operationName?: string | null | undefined;
  /** The `extensions.code` of every error in the response, as the client sees it. */
  readonly errorCodes: string[];
  /**
   * The request's trace context (its spans and the service's tracer). Active while the request is
   * served when tracing is on; without tracing no context manager carries it (on Node 20 that would
   * cost async hooks on every promise), so calls made for the request take it from here.
   */
  readonly traceContext: Context;
}

const OBSERVATION_LOCAL = 'mienskipObservation';
/** On the GraphQL context: Apollo copies a context's own properties, symbols too, for each operation. */
const OBSERVATION_PROPERTY = Symbol('mienskip.graphql-request');

const OBSERVATION_KEY = createContextKey('mienskip.graphql-request');

/** The GraphQL request being served, when called while serving one with tracing on. */
export function currentObservation(): RequestObservation | undefined {
  return context.active().getValue(OBSERVATION_KEY) as RequestObservation | undefined;
}

/** The observation of the request whose GraphQL context this is (`observedContext` put it there). */
export function observationOf(contextValue: object | undefined): RequestObservation | undefined {
  return (contextValue as Record<symbol, RequestObservation | undefined> | undefined)?.[OBSERVATION_PROPERTY];
}

/** The observation of the request this response answers (after `observeGraphQLRequests`). */
export function responseObservation(res: Response): RequestObservation | undefined {
  return res.locals[OBSERVATION_LOCAL] as RequestObservation | undefined;
}

/**
 * Builds a request's GraphQL context, in the HTTP integration's `context` function, with the
 * request's observation on it for the Apollo plugin; a refusal while building it (no valid key or
 * token) is noted as the request's error.
 */
export async function observedContext<C extends object>(
  res: Response,
  build: (observation: RequestObservation | undefined) => Promise<C> | C,
): Promise<C> {
  const observation = responseObservation(res);
  try {
    const value = await build(observation);
    if (observation) Object.assign(value, { [OBSERVATION_PROPERTY]: observation });
    return value;
  } catch (error) {
    observation?.errorCodes.push(clientErrorCode(error as { extensions?: Record<string, unknown> }));
    throw error;
  }
}

/**
 * The request's trace and span id for its log lines, when no context manager adds them (tracing
 * off): the caller's, from `traceparent`. Empty with tracing on (the logger adds the active span's).
 */
export function requestTraceIds(observation: RequestObservation | undefined): {
  traceId?: string;
  spanId?: string;
} {
  if (!observation || context.active() !== ROOT_CONTEXT) return {};
  const ids = observation.operationSpan.spanContext();
  return isSpanContextValid(ids) ? { traceId: ids.traceId, spanId: ids.spanId } : {};
}

/** `ok`: no errors; `error`: errors in a 200 answer; `refused`: HTTP 4xx; `failed`: HTTP 5xx. */
export type RequestOutcome = 'ok' | 'error' | 'refused' | 'failed';

export function requestOutcome(status: number, errorCount: number): RequestOutcome {
  if (status >= 500) return 'failed';
  if (status >= 400) return 'refused';
  return errorCount > 0 ? 'error' : 'ok';
}

/**
 * Express middleware in front of a GraphQL handler (after the JSON body parser). It continues the
 * trace the caller sent in `traceparent` with a server span for the HTTP request and, under it, the
 * operation's span; both are active for everything the request does. When the response is sent it
 * records the request's duration and errors.
 */
export function observeGraphQLRequests(metrics: ServiceMetrics, tracing: Tracing): RequestHandler {
  const { tracer } = tracing;
  return (req, res, next) => {
    const started = performance.now();
    const incoming = contextFromHeaders(req.headers, ROOT_CONTEXT);
    // Mounted with `app.use('/graphql', …)` the path is the base URL; with `app.post(…)`, the path.
    const route = req.baseUrl || req.path;
    const requestSpan = tracer.startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'url.path': route, 'http.route': route },
      },
      incoming,
    );
    const inRequest = trace.setSpan(incoming, requestSpan);
    const operationSpan = tracer.startSpan('graphql.operation', { kind: SpanKind.INTERNAL }, inRequest);
    // Its trace context holds the observation itself: set once that context is made, below.
    const observation: { -readonly [K in keyof RequestObservation]: RequestObservation[K] } = {
      operationSpan,
      errorCodes: [],
      traceContext: ROOT_CONTEXT,
    };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const status = res.statusCode;
      const outcome = requestOutcome(status, observation.errorCodes.length);
      const bodyName = (req.body as { operationName?: unknown } | undefined)?.operationName;
      const operation = metrics.operationLabel(
        observation.operationName ?? (typeof bodyName === 'string' ? bodyName : undefined),
      );
      metrics.graphqlRequestDuration.observe(
        { operation, outcome, status: String(status) },
        (performance.now() - started) / 1000,
      );
      for (const code of observation.errorCodes) metrics.graphqlErrors.inc({ code });
      const { operationSpan } = observation;
      if (observation.errorCodes.length > 0) {
        operationSpan.setAttribute('mienskip.graphql.error_codes', [...new Set(observation.errorCodes)]);
        markFailed(operationSpan, undefined, observation.errorCodes.join(' '));
      }
      operationSpan.end();
      requestSpan.setAttribute('http.response.status_code', status);
      if (outcome === 'failed') markFailed(requestSpan, undefined, `HTTP ${status}`);
      requestSpan.end();
    };
    res.once('finish', finish);
    res.once('close', finish);
    const active = withTracer(trace.setSpan(inRequest, operationSpan), tracer).setValue(
      OBSERVATION_KEY,
      observation,
    );
    observation.traceContext = active;
    res.locals[OBSERVATION_LOCAL] = observation;
    context.with(active, next);
  };
}
