import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { type DestinationStream, type Logger, pino } from 'pino';

export type { DestinationStream, Logger };

/**
 * JSON logs, one line per event. Personal data never reaches a log: we log operation names, ids of
 * keys and organisations and timings, never variables; `redact` is a second line of defence.
 * A line written while a request is traced carries its `traceId` and `spanId`.
 */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: activeTraceIds,
      redact: {
        paths: [
          'bsn',
          '*.bsn',
          'variables',
          '*.variables',
          'authorization',
          '*.authorization',
          'headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** The ids of the active span (set by the request's trace context), for correlating logs and traces. */
function activeTraceIds(): { traceId?: string; spanId?: string } {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const ids = span.spanContext();
  return isSpanContextValid(ids) ? { traceId: ids.traceId, spanId: ids.spanId } : {};
}
