import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTracing, type Tracing } from '../src/tracing.ts';
import { type ObservedGraph, startObservedGraph } from './support/observed-graph.ts';

/** An OTLP/HTTP receiver: keeps every POST it is sent. */
interface Receiver {
  url: string;
  posts: { path: string; headers: IncomingHttpHeaders; body: OtlpTraces }[];
  close(): Promise<void>;
}

interface OtlpTraces {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: { traceId: string; spanId: string; parentSpanId?: string; name: string }[] }[];
  }[];
}

async function startReceiver(): Promise<Receiver> {
  const receiver = { posts: [] } as unknown as Receiver;
  const server: Server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    receiver.posts.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(text) });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

let receiver: Receiver;
let graph: ObservedGraph;
let locationsTracing: Tracing;

beforeAll(async () => {
  receiver = await startReceiver();
  locationsTracing = createTracing('locations', { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } });
  graph = await startObservedGraph({
    // Tracing off in the caller: it records nothing, yet passes the trace on.
    clients: createTracing('clients', { env: {} }),
    locations: locationsTracing,
  });
});
afterAll(async () => {
  await graph?.close();
  await receiver?.close();
});

describe('tracing configured by the environment', () => {
  it('posts the spans to the OTLP/HTTP endpoint, continuing the trace through a service that does not trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    const parentId = randomBytes(8).toString('hex');
    const answer = await graph.post(graph.clients, 'query RoomNames { roomNames }', {
      headers: { traceparent: `00-${traceId}-${parentId}-01` },
    });
    expect(answer.body.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the owner ends its spans just after answering
    await locationsTracing.flush();

    expect(receiver.posts.length).toBeGreaterThan(0);
    expect(receiver.posts[0]!.path).toBe('/v1/traces');
    expect(receiver.posts[0]!.headers['content-type']).toMatch(/^application\/json/);
    const resources = receiver.posts.flatMap((post) => post.body.resourceSpans);
    const serviceNames = resources.map(
      (resource) => resource.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value,
    );
    expect(serviceNames).toContainEqual({ stringValue: 'locations' });
    const spans = resources.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
    expect(spans.map((span) => span.name).sort()).toEqual([
      'POST /graphql',
      'query LookupRoom',
      'resolve Query._entities',
      'sql SELECT',
      'sql SELECT',
    ]);
    expect(new Set(spans.map((span) => span.traceId))).toEqual(new Set([traceId]));
    // The caller made no span of its own: the owner's request hangs under the span that called the caller.
    expect(spans.find((span) => span.name === 'POST /graphql')?.parentSpanId).toBe(parentId);

    // ... and the caller's log line still carries the trace id.
    expect(
      graph.logs.clients.filter((line) => line.msg === 'operation').map((line) => line.traceId),
    ).toContain(traceId);
  });
});
