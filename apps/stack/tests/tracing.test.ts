import { randomBytes } from 'node:crypto';
import { budget } from '@mienskip/budget';
import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { createTracing } from '@mienskip/kit/observability';
import { locations } from '@mienskip/locations';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The real gateway and two real subgraphs in this process, each with a tracer of its own, all
// exporting to one in-memory exporter: the spans of one request form one tree across the three.
const exporter = new InMemorySpanExporter();
const tracing = (service: string) =>
  createTracing(service, { spanProcessors: [new SimpleSpanProcessor(exporter)] });
let subgraphs: TestSubgraph[] = [];
let gateway: TestGateway;

beforeAll(async () => {
  subgraphs = await Promise.all([
    startTestSubgraph(locations, { tracing: tracing('locations') }),
    startTestSubgraph(budget, { tracing: tracing('budget') }),
  ]);
  const [locationsUrl, budgetUrl] = subgraphs.map((subgraph) => subgraph.url);
  // Only locations and budget are asked; the others must merely be ready at start.
  const urls = Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [name, name === 'budget' ? budgetUrl! : locationsUrl!]),
  );
  gateway = await startTestGateway(urls, { tracing: tracing('gateway') });
});
afterAll(async () => {
  await gateway?.close();
  await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
});
afterEach(() => exporter.reset());

const ROOMS_AND_ORGANISATIONS = 'query RoomOrganisations { rooms { id organisations { id name } } }';

/** The spans of a trace once they stop coming: servers end theirs just after answering. */
async function spansOf(traceId: string): Promise<ReadableSpan[]> {
  let count = -1;
  for (let attempt = 0; attempt < 100; attempt++) {
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    if (spans.length > 0 && spans.length === count) return spans;
    count = spans.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the spans kept coming');
}

const nanos = ([seconds, nanoseconds]: [number, number]) =>
  BigInt(seconds) * 1_000_000_000n + BigInt(nanoseconds);
const service = (span: ReadableSpan) => String(span.resource.attributes['service.name']);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

function childrenOf(spans: ReadableSpan[], parent: ReadableSpan): ReadableSpan[] {
  return spans.filter((span) => parentOf(span) === parent.spanContext().spanId);
}

/** The one child of `parent` named `name` (a pattern), in `serviceName`. */
function child(spans: ReadableSpan[], parent: ReadableSpan, name: RegExp, serviceName: string): ReadableSpan {
  const found = childrenOf(spans, parent).filter(
    (span) => name.test(span.name) && service(span) === serviceName,
  );
  expect(
    found,
    `${serviceName} span ${name} under ${parent.name}; children: ${childrenOf(spans, parent).map((s) => `${service(s)}:${s.name}`)}`,
  ).toHaveLength(1);
  return found[0]!;
}

describe('a trace through the gateway and its subgraphs', () => {
  it('continues the caller’s traceparent: gateway request → operation → a fetch per subgraph → the subgraph’s request → operation → root field → SQL', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const answer = await gateway.query<{ rooms: { id: string; organisations: { name: string }[] }[] }>(
      ROOMS_AND_ORGANISATIONS,
      { headers: { traceparent: `00-${traceId}-${callerSpan}-01` } },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.rooms.some((room) => room.organisations.length > 0)).toBe(true);

    const spans = await spansOf(traceId);
    const request = spans.find((span) => parentOf(span) === callerSpan)!;
    expect([service(request), request.name, request.kind]).toEqual([
      'gateway',
      'POST /graphql',
      SpanKind.SERVER,
    ]);
    const operation = child(spans, request, /^query RoomOrganisations$/, 'gateway');

    // Rooms come from locations; their organisations' names from budget, in the same trace.
    const toLocations = child(spans, operation, /^subgraph locations$/, 'gateway');
    const toBudget = child(spans, operation, /^subgraph budget$/, 'gateway');
    expect(toLocations.kind).toBe(SpanKind.CLIENT);
    expect(toLocations.attributes['http.response.status_code']).toBe(200);
    // Budget is asked for the organisations of the rooms locations answered with: after it.
    expect(nanos(toBudget.startTime)).toBeGreaterThanOrEqual(nanos(toLocations.endTime));

    const locationsRequest = child(spans, toLocations, /^POST \/graphql$/, 'locations');
    expect(locationsRequest.kind).toBe(SpanKind.SERVER);
    const locationsOperation = child(spans, locationsRequest, /^query /, 'locations');
    const rooms = child(spans, locationsOperation, /^resolve Query\.rooms$/, 'locations');
    expect(childrenOf(spans, rooms).some((span) => /^sql SELECT/.test(span.name))).toBe(true);

    const budgetRequest = child(spans, toBudget, /^POST \/graphql$/, 'budget');
    const budgetOperation = child(spans, budgetRequest, /^query /, 'budget');
    const entities = child(spans, budgetOperation, /^resolve Query\._entities$/, 'budget');
    expect(entities.attributes['graphql.entities.typenames']).toEqual(['Organisation']);
    const budgetSql = spans.filter((span) => service(span) === 'budget' && /^sql /.test(span.name));
    expect(budgetSql.length).toBeGreaterThan(0);

    // Every span of the three services is in the caller's trace.
    expect(new Set(spans.map(service))).toEqual(new Set(['gateway', 'locations', 'budget']));
    expect(spans.every((span) => span.spanContext().traceId === traceId)).toBe(true);
  });

  it('starts a trace when the caller sent none, and writes its id into the gateway’s log lines', async () => {
    gateway.logs.length = 0;
    const answer = await gateway.query(ROOMS_AND_ORGANISATIONS);
    expect(answer.body.errors).toBeUndefined();
    const requestLine = gateway.logs.find((line) => line.msg === 'http' && line.path === '/graphql');
    const traceId = String(requestLine?.traceId);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const spans = await spansOf(traceId);
    expect(spans.find((span) => parentOf(span) === undefined)?.name).toBe('POST /graphql');
    expect(spans.some((span) => service(span) === 'locations')).toBe(true);
  });
});
