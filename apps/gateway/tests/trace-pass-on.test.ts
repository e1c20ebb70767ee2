import { context, createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { beforeEach, describe, expect, it } from 'vitest';
import { useGatewayOverRecordingSubgraph } from './gateway-over-recording-subgraph.ts';
import { metricsOf, sample } from './metrics-text.ts';

// Issue 19: without tracing no context manager is installed (on Node 20 AsyncLocalStorage costs
// async hooks on every promise). What the request's trace context carried must still arrive: the
// caller's traceparent at the subgraphs, its trace id in the log lines, the operation in the metrics.
const graph = useGatewayOverRecordingSubgraph();
const { received } = graph.subgraph;
beforeEach(() => {
  received.length = 0;
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const traceparent = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

describe('a gateway that does not trace', () => {
  it('runs without a context manager (so the rest of this file tests that path)', async () => {
    const key = createContextKey('probe');
    const seen = await context.with(ROOT_CONTEXT.setValue(key, 1), async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return context.active();
    });
    expect(seen).toBe(ROOT_CONTEXT);
  });

  it("passes the caller's traceparent on to the subgraph unchanged", async () => {
    const response = await graph.gateway.query('{ rooms { id } }', { headers: { traceparent } });
    expect(response.body.errors).toBeUndefined();
    expect(received.map((fetch) => fetch.traceparent)).toEqual([traceparent]);
  });

  it('sends no traceparent when the caller sent none', async () => {
    await graph.gateway.query('{ rooms { id } }');
    expect(received.map((fetch) => fetch.traceparent)).toEqual([undefined]);
  });

  it("writes the caller's trace id into the request's log lines", async () => {
    graph.gateway.logs.length = 0;
    await graph.gateway.query('query TracedRooms { rooms { id } }', { headers: { traceparent } });
    const lines = graph.gateway.logs.filter((line) => line.traceId === TRACE_ID);
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['operation']));
  });

  it('counts the operation by name, and a refused key by its code', async () => {
    await graph.gateway.query('query NamedRooms { rooms { id } }');
    await graph.gateway.query('{ rooms { id } }', { key: 'msk_not_a_key' });
    const { text } = await metricsOf(graph.gateway.url);
    expect(
      sample(text, 'mienskip_graphql_request_duration_seconds_count', {
        operation: 'NamedRooms',
        outcome: 'ok',
        status: '200',
      }),
    ).toBe(1);
    expect(sample(text, 'mienskip_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
  });
});
