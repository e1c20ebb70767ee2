import type { IncomingHttpHeaders } from 'node:http';
import {
  type Attributes,
  type Context,
  context,
  createContextKey,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * The trace context of a request as it travels: W3C `traceparent`/`tracestate` in and out, and the
 * tracer of the service instance that serves the request (tests run several services in one
 * process, each with a tracer of its own, so the tracer travels with the request rather than being
 * global). Only `@opentelemetry/api` here: the SDK is set up in `tracing.ts`.
 */

const w3c = new W3CTraceContextPropagator();
const TRACER_KEY = createContextKey('mienskip.tracer');

/** The context with the service's tracer: spans made further down (SQL, look-ups) use it. */
export function withTracer(parent: Context, tracer: Tracer): Context {
  return parent.setValue(TRACER_KEY, tracer);
}

/** The tracer of the request being served, if any. */
export function activeTracer(active: Context = context.active()): Tracer | undefined {
  return active.getValue(TRACER_KEY) as Tracer | undefined;
}

/** The trace context a caller sent (`traceparent`, `tracestate`), on top of `base`. */
export function contextFromHeaders(headers: IncomingHttpHeaders, base: Context): Context {
  return w3c.extract(base, headers, defaultTextMapGetter);
}

/** `traceparent` (and `tracestate`) of the active span, for an outgoing request; empty without one. */
export function traceHeaders(active: Context = context.active()): Record<string, string> {
  const headers: Record<string, string> = {};
  w3c.inject(active, headers, defaultTextMapSetter);
  return headers;
}

/**
 * Marks a span failed. The message is the caller's (an error code), never the error's own message:
 * database errors carry the statement's values in theirs.
 */
export function markFailed(span: Span, error: unknown, message?: string): void {
  const type = error instanceof Error ? error.name : undefined;
  if (type) span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: message ?? type ?? 'error' });
}

/**
 * Runs an outgoing HTTP call (a look-up, an access-log post) in a client span, giving it the
 * headers that carry the span on. Without a traced request it still passes on the trace context
 * it runs in, if any: the active one, or else `requestTrace`, the trace context of the request the
 * call is made for (no context manager carries it when tracing is off).
 */
export async function withClientSpan<T>(
  name: string,
  attributes: Attributes,
  call: (headers: Record<string, string>) => Promise<T>,
  requestTrace?: Context,
): Promise<T> {
  const current = context.active();
  const active = current === ROOT_CONTEXT && requestTrace ? requestTrace : current;
  const tracer = activeTracer(active);
  if (!tracer || !trace.getSpan(active)) return call(traceHeaders(active));
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, active, async (span) => {
    try {
      return await call(traceHeaders(trace.setSpan(active, span)));
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}
