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
      keyStore: { ok: true },
      subgraphs: NAMES.map((name) => ({ name, ok: true })),
    });
  });

  // Readiness that fits a fleet: every gateway shares the subgraphs, so a subgraph that is gone is
  // reported, not a reason for a load balancer to take the gateways out.
  it('stays ready, says which subgraph is gone, and masks the failure', async () => {
    await graph.stop(GONE);
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    const body = await ready.json();
    expect(body).toMatchObject({ status: 'ready', keyStore: { ok: true } });
    expect(body.subgraphs).toMatchObject(NAMES.map((name) => ({ name, ok: name !== GONE })));

    const response = await gateway.query('{ rooms { id } }');
    const text = JSON.stringify(response.body);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: GONE });
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stack|at \w+ \(/);
  });
});
