import type { TestGateway } from '@mienskip/gateway/testing';
import type { TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// Stops the subgraph half-way: kept apart from graph.test.ts, which needs it running.
let graph: TestGraph;
let subgraph: TestSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway, locations: subgraph } = graph);
});
afterAll(async () => {
  await gateway?.close();
  await graph?.budget.close();
  await graph?.clients.close();
  await graph?.audit.close();
});

describe('health and readiness', () => {
  it('is alive and ready while every subgraph answers', async () => {
    const health = await fetch(gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: [
        { name: 'audit', ok: true },
        { name: 'budget', ok: true },
        { name: 'clients', ok: true },
        { name: 'locations', ok: true },
      ],
    });
  });

  it('is not ready, and masks the failure, when a subgraph is gone', async () => {
    await subgraph.close();
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
    expect((await ready.json()).subgraphs).toMatchObject([
      { name: 'audit', ok: true },
      { name: 'budget', ok: true },
      { name: 'clients', ok: true },
      { name: 'locations', ok: false },
    ]);

    const response = await gateway.query('{ rooms { id } }');
    const text = JSON.stringify(response.body);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stack|at \w+ \(/);
  });
});
