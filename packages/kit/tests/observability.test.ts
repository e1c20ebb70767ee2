import { randomBytes } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTracing } from '../src/tracing.ts';
import { metricsOf, type ObservedGraph, sample, startObservedGraph } from './support/observed-graph.ts';

const exporter = new InMemorySpanExporter();
let graph: ObservedGraph;

beforeAll(async () => {
  graph = await startObservedGraph({
    clients: createTracing('clients', { spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    locations: createTracing('locations', { spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  });
});
afterAll(() => graph?.close());
afterEach(() => exporter.reset());

const ROOM_NAMES = 'query RoomNames { roomNames }';

function traceparent(): { traceId: string; parentId: string; header: string } {
  const traceId = randomBytes(16).toString('hex');
  const parentId = randomBytes(8).toString('hex');
  return { traceId, parentId, header: `00-${traceId}-${parentId}-01` };
}

/** The spans of a trace once `count` have ended: servers end theirs just after answering. */
async function spansOf(traceId: string, count: number): Promise<ReadableSpan[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    if (spans.length >= count) return spans;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
}

describe('metrics on /metrics', () => {
  it('observe the request duration by operation and outcome, and the SQL statements sent', async () => {
    const before = await metricsOf(graph.locations);
    const statementsBefore = graph.locations.database.statementCount;
    const answer = await graph.post(graph.clients, ROOM_NAMES);
    expect(answer.body).toEqual({ data: { roomNames: ['Kantine', 'Zaal'] } });

    const clients = await metricsOf(graph.clients);
    const labels = { service: 'clients', operation: 'RoomNames', outcome: 'ok', status: '200' };
    expect(sample(clients, 'mienskip_graphql_request_duration_seconds_count', labels)).toBe(1);
    expect(
      sample(clients, 'mienskip_graphql_request_duration_seconds_bucket', { ...labels, le: '+Inf' }),
    ).toBe(1);
    expect(sample(clients, 'mienskip_graphql_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    expect(clients).toMatch(/^process_cpu_seconds_total\{service="clients"\} /m);

    // The look-up reached the owner as an operation of its own, which sent one statement per room.
    const after = await metricsOf(graph.locations);
    const lookup = { service: 'locations', operation: 'LookupRoom', outcome: 'ok', status: '200' };
    expect(sample(after, 'mienskip_graphql_request_duration_seconds_count', lookup)).toBe(1);
    const statements = (text: string) =>
      sample(text, 'mienskip_sql_statements_total', { service: 'locations' });
    expect(statements(after) - statements(before)).toBe(2);
    expect(graph.locations.database.statementCount - statementsBefore).toBe(2);
    const timed = (text: string) =>
      sample(text, 'mienskip_sql_statement_duration_seconds_count', { service: 'locations', outcome: 'ok' });
    expect(timed(after) - timed(before)).toBe(2);
    // `pnpm bench` reads the counter with this expression: it still finds it.
    expect(Number(/mienskip_sql_statements_total\{[^}]*\} (\d+)/.exec(after)?.[1])).toBe(statements(after));
  });

  it('count errors by code: a request refused for its token, and a field refused to the caller', async () => {
    const before = await metricsOf(graph.clients);
    const refused = await graph.post(graph.clients, ROOM_NAMES, { token: null });
    expect(refused.status).toBe(401);
    const partial = await graph.post(graph.clients, 'query Secret { secret }');
    expect(partial.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);

    const after = await metricsOf(graph.clients);
    const grew = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(grew('mienskip_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(grew('mienskip_graphql_errors_total', { code: 'FORBIDDEN' })).toBe(1);
    expect(
      grew('mienskip_graphql_request_duration_seconds_count', {
        operation: 'RoomNames',
        outcome: 'refused',
        status: '401',
      }),
    ).toBe(1);
    expect(
      grew('mienskip_graphql_request_duration_seconds_count', {
        operation: 'Secret',
        outcome: 'error',
        status: '200',
      }),
    ).toBe(1);
    expect(grew('mienskip_graphql_requests_total', { service: 'clients' })).toBe(2);
  });
});

describe('traces', () => {
  it('continue the caller’s traceparent: request, operation, root field, look-up, owner, SQL', async () => {
    const { traceId, parentId, header } = traceparent();
    const answer = await graph.post(graph.clients, ROOM_NAMES, { headers: { traceparent: header } });
    expect(answer.body.errors).toBeUndefined();
    const spans = await spansOf(traceId, 9);
    const named = (name: string, service: string) => {
      const found = spans.filter(
        (span) => span.name === name && span.resource.attributes['service.name'] === service,
      );
      expect(found, `${service}: ${name} in ${spans.map((span) => span.name).join(', ')}`).not.toHaveLength(
        0,
      );
      return found;
    };
    const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

    const [request] = named('POST /graphql', 'clients');
    expect(request!.kind).toBe(SpanKind.SERVER);
    expect(parentOf(request!)).toBe(parentId);
    expect(request!.attributes['http.response.status_code']).toBe(200);
    const [operation] = named('query RoomNames', 'clients');
    expect(parentOf(operation!)).toBe(request!.spanContext().spanId);
    expect(operation!.attributes['graphql.operation.name']).toBe('RoomNames');
    const [resolver] = named('resolve Query.roomNames', 'clients');
    expect(parentOf(resolver!)).toBe(operation!.spanContext().spanId);
    const [lookup] = named('lookup locations Room', 'clients');
    expect(lookup!.kind).toBe(SpanKind.CLIENT);
    expect(parentOf(lookup!)).toBe(resolver!.spanContext().spanId);

    const [ownerRequest] = named('POST /graphql', 'locations');
    expect(parentOf(ownerRequest!)).toBe(lookup!.spanContext().spanId);
    const [ownerOperation] = named('query LookupRoom', 'locations');
    expect(parentOf(ownerOperation!)).toBe(ownerRequest!.spanContext().spanId);
    const [entities] = named('resolve Query._entities', 'locations');
    expect(parentOf(entities!)).toBe(ownerOperation!.spanContext().spanId);
    expect(entities!.attributes['graphql.entities.count']).toBe(2);
    const statements = named('sql SELECT', 'locations');
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      expect(parentOf(statement)).toBe(entities!.spanContext().spanId);
      expect(statement.kind).toBe(SpanKind.CLIENT);
      // The text, never the values: the id travelled as a parameter.
      expect(statement.attributes['db.query.text']).toBe('select id, name from rooms where id = $1');
    }
    expect(spans).toHaveLength(9);
  });

  it('start a trace of their own for a request without traceparent', async () => {
    const answer = await graph.post(graph.locations, 'query Rooms { rooms { id } }');
    expect(answer.body.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const spans = exporter.getFinishedSpans();
    const request = spans.find((span) => span.name === 'POST /graphql');
    expect(request?.parentSpanContext).toBeUndefined();
    expect(spans.map((span) => span.name).sort()).toEqual([
      'POST /graphql',
      'query Rooms',
      'resolve Query.rooms',
      'sql SELECT',
    ]);
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  });

  it('name an operation that never ran by the name it was sent with', async () => {
    const { traceId, header } = traceparent();
    const answer = await graph.post(graph.clients, 'query Broken { nothing }', {
      headers: { traceparent: header },
    });
    expect(answer.status).toBe(400);
    const spans = await spansOf(traceId, 2);
    expect(spans.find((span) => span.name === 'graphql Broken')?.status).toMatchObject({
      code: 2,
      message: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('mark the operation failed with the codes of its errors', async () => {
    const { traceId, header } = traceparent();
    await graph.post(graph.clients, 'query Secret { secret }', { headers: { traceparent: header } });
    const spans = await spansOf(traceId, 3);
    const operation = spans.find((span) => span.name === 'query Secret');
    expect(operation?.status).toMatchObject({ code: 2, message: 'FORBIDDEN' });
    expect(spans.find((span) => span.name === 'resolve Query.secret')?.status).toMatchObject({
      code: 2,
      message: 'FORBIDDEN',
    });
  });
});

describe('logs', () => {
  it('carry the trace id of the request they were written for', async () => {
    const { traceId, header } = traceparent();
    await graph.post(graph.clients, ROOM_NAMES, { headers: { traceparent: header } });
    const spans = await spansOf(traceId, 9);
    const operationLines = (service: 'clients' | 'locations') =>
      graph.logs[service].filter((line) => line.msg === 'operation' && line.traceId === traceId);
    expect(operationLines('clients')).toHaveLength(1);
    expect(operationLines('locations')).toHaveLength(1);
    const spanIds = new Set(spans.map((span) => span.spanContext().spanId));
    expect(spanIds.has(operationLines('clients')[0]!.spanId as string)).toBe(true);
    // Lines outside any request carry none.
    expect(graph.logs.clients.find((line) => line.msg === 'clients subgraph listening')).not.toHaveProperty(
      'traceId',
    );
  });
});
