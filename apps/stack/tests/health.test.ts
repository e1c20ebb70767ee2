import type { TestGateway } from '@mienskip/gateway/testing';
import { SUBGRAPHS, type SubgraphName } from '@mienskip/kit/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// Stops a subgraph half-way: kept apart from graph.test.ts, which needs it running.
const GONE: SubgraphName = 'locations';
/** The gateway's `/ready` lists every subgraph of the supergraph, by name. */
const NAMES = SUBGRAPHS.map(({ name }) => name).sort();

let graph: TestGraph;
let gateway: TestGateway;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
});
afterAll(() => graph?.close());

describe('health and readiness', () => {
  it('is alive and ready while every subgraph answers', async () => {
    const health = await fetch(gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: NAMES.map((name) => ({ name, ok: true })),
    });
  });

  it('is not ready, and masks the failure, when a subgraph is gone', async () => {
    await graph.stop(GONE);
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
    expect((await ready.json()).subgraphs).toMatchObject(NAMES.map((name) => ({ name, ok: name !== GONE })));

    const response = await gateway.query('{ rooms { id } }');
    const text = JSON.stringify(response.body);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: GONE });
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stack|at \w+ \(/);
  });
});
