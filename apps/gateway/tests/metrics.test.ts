import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { SCOPES } from '@mienskip/kit/scopes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_ORGANISATION_ID } from '../src/dev-key.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { metricsOf, sample } from './metrics-text.ts';

// One stand-in for every subgraph: answers `{ rooms: [] }`, or HTTP 500 while `failing`.
let failing = false;
const standIn = createServer((req, res) => {
  if (req.url === '/ready') return void res.writeHead(200).end('{}');
  req.resume();
  req.on('end', () => {
    if (failing) return void res.writeHead(500).end('down');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { rooms: [] } }));
  });
});
const REQUESTS_PER_MINUTE = 20;
let gateway: TestGateway;

beforeAll(async () => {
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql`;
  gateway = await startTestGateway(Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url])), {
    rateLimits: { requestsPerMinute: REQUESTS_PER_MINUTE },
    subgraphCalls: { failureThreshold: 2, openMs: 60_000, deadlineMs: 2_000 },
  });
});
afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => standIn.close(resolve));
});

const ROOMS = 'query Rooms { rooms { id } }';

async function freshKey(): Promise<string> {
  const { secret } = await gateway.keys.create({
    name: `metrics test ${randomUUID()}`,
    organisationId: MUNICIPALITY_ORGANISATION_ID,
    organisationKind: 'MUNICIPALITY',
    scopes: SCOPES,
  });
  return secret;
}

describe("the gateway's /metrics", () => {
  it('is Prometheus text, served without an API key', async () => {
    const { status, contentType, text } = await metricsOf(gateway.url);
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toMatch(/^process_cpu_seconds_total\{service="gateway"\} /m);
  });

  it('observes the request duration by operation, and each subgraph call by subgraph and outcome', async () => {
    const before = (await metricsOf(gateway.url)).text;
    const answer = await gateway.query(ROOMS, { key: await freshKey() });
    expect(answer.body).toEqual({ data: { rooms: [] } });

    const { text } = await metricsOf(gateway.url);
    const labels = { service: 'gateway', operation: 'Rooms', outcome: 'ok', status: '200' };
    expect(sample(text, 'mienskip_graphql_request_duration_seconds_count', labels)).toBe(1);
    expect(sample(text, 'mienskip_graphql_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(
      1,
    );
    expect(sample(text, 'mienskip_graphql_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    const fetched = { subgraph: 'locations', outcome: 'ok' };
    const grew = (name: string, labels: Record<string, string>) =>
      sample(text, name, labels) - sample(before, name, labels);
    expect(grew('mienskip_subgraph_fetch_duration_seconds_count', fetched)).toBe(1);
    expect(sample(text, 'mienskip_subgraph_fetch_duration_seconds_sum', fetched)).toBeGreaterThan(0);
    // The key was looked up in the key store: its statements are counted.
    expect(grew('mienskip_sql_statements_total', { service: 'gateway' })).toBeGreaterThan(0);
    expect(grew('mienskip_graphql_requests_total', { service: 'gateway' })).toBe(1);
  });

  it('counts errors by the code the client sees, and never shows variables or keys', async () => {
    const before = (await metricsOf(gateway.url)).text;
    const refused = await gateway.query(ROOMS, {
      key: 'msk_not_a_key',
      variables: { secret: 'BSN-123456782' },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { text } = await metricsOf(gateway.url);
    const code = { code: 'UNAUTHENTICATED' };
    expect(
      sample(text, 'mienskip_graphql_errors_total', code) -
        sample(before, 'mienskip_graphql_errors_total', code),
    ).toBe(1);
    expect(text).not.toMatch(/123456782|msk_not_a_key/);
  });

  it('counts a request refused by the rate limit, by limit', async () => {
    const key = await freshKey();
    const before = (await metricsOf(gateway.url)).text;
    for (let i = 0; i < REQUESTS_PER_MINUTE; i++)
      expect((await gateway.query(ROOMS, { key })).status).toBe(200);
    const refused = await gateway.query(ROOMS, { key });
    expect(refused.status).toBe(429);
    const { text } = await metricsOf(gateway.url);
    const requests = { limit: 'requests' };
    const grew = (name: string, labels: Record<string, string>) =>
      sample(text, name, labels) - sample(before, name, labels);
    expect(grew('mienskip_rate_limit_refusals_total', requests)).toBe(1);
    expect(grew('mienskip_rate_limit_refusals_total', { limit: 'cost' })).toBe(0);
    expect(grew('mienskip_graphql_errors_total', { code: 'RATE_LIMITED' })).toBe(1);
    expect(
      grew('mienskip_graphql_request_duration_seconds_count', { outcome: 'refused', status: '429' }),
    ).toBe(1);
  });

  it("shows each subgraph's breaker state, and the failed calls that opened it", async () => {
    const state = (text: string, subgraph: string) =>
      ['closed', 'half-open', 'open'].filter(
        (name) => sample(text, 'mienskip_subgraph_breaker_state', { subgraph, state: name }) === 1,
      );
    const before = (await metricsOf(gateway.url)).text;
    expect(state(before, 'locations')).toEqual(['closed']);
    const key = await freshKey();
    failing = true;
    try {
      for (let i = 0; i < 2; i++) {
        const { body } = await gateway.query(ROOMS, { key });
        expect(body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      }
    } finally {
      failing = false;
    }
    const { text } = await metricsOf(gateway.url);
    expect(state(text, 'locations')).toEqual(['open']);
    expect(state(text, 'budget')).toEqual(['closed']);
    const failed = { subgraph: 'locations', outcome: 'failed' };
    expect(
      sample(text, 'mienskip_subgraph_fetch_duration_seconds_count', failed) -
        sample(before, 'mienskip_subgraph_fetch_duration_seconds_count', failed),
    ).toBe(2);
    expect(gateway.breakerStates().locations).toBe('open');
  });
});
