import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import { locations } from '@mienskip/locations';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Stops the subgraph half-way: kept apart from graph.test.ts, which needs it running.
let subgraph: TestSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
  gateway = await startTestGateway({ locations: subgraph.url });
});
afterAll(async () => {
  await gateway?.close();
});

describe('health and readiness', () => {
  it('is alive and ready while every subgraph answers', async () => {
    const health = await fetch(gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: [{ name: 'locations', ok: true }] });
  });

  it('is not ready, and masks the failure, when a subgraph is gone', async () => {
    await subgraph.close();
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
    expect((await ready.json()).subgraphs[0]).toMatchObject({ name: 'locations', ok: false });

    const response = await gateway.query('{ rooms { id } }');
    const text = JSON.stringify(response.body);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stack|at \w+ \(/);
  });
});
