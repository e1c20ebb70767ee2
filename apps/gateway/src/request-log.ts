import { randomUUID } from 'node:crypto';
import type { Logger } from '@mienskip/kit/logger';
import { responseObservation } from '@mienskip/kit/observability';
import { isSpanContextValid } from '@opentelemetry/api';
import type { RequestHandler } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request its id (the caller's `x-request-id` when well formed, a new one otherwise),
 * returns it in the response, and logs one line per request when it is answered (with the trace
 * id `noteTraceId` noted: the line is written after the request's trace context has ended).
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.header('x-request-id');
    res.locals.requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', res.locals.requestId);
    // Below `info` the line is never written: then no listener either (one per request otherwise).
    if (!logger.isLevelEnabled('info')) return next();
    const started = performance.now();
    res.on('finish', () => {
      logger.info(
        {
          requestId: res.locals.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
          keyId: res.locals.keyId,
          traceId: res.locals.traceId,
        },
        'http',
      );
    });
    next();
  };
}

/** Notes the trace id of the request being served for its `http` log line; after `observeGraphQLRequests`. */
export const noteTraceId: RequestHandler = (_req, res, next) => {
  const ids = responseObservation(res)?.operationSpan.spanContext();
  if (ids && isSpanContextValid(ids)) res.locals.traceId = ids.traceId;
  next();
};
