import type { TestGateway } from '@mienskip/gateway/testing';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// graphql-http's audits of the GraphQL-over-HTTP spec, run against the real gateway with a valid key.
let graph: TestGraph;
let gateway: TestGateway;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
});
afterAll(() => graph?.close());

const withKey: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${gateway.municipalKey}`);
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP', () => {
  // Every audit runs. A MUST must pass outright; a SHOULD or MAY may warn (Apollo Server answers 400
  // where the spec recommends 200 for some bad requests) but never fail.
  const audits = serverAudits({ url: () => gateway.url, fetchFn: withKey });
  it('has audits to run', () =>
    expect(audits.filter((audit) => audit.name.startsWith('MUST')).length).toBeGreaterThan(10));
  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      const reason = 'reason' in result ? String(result.reason) : undefined;
      if (audit.name.startsWith('MUST')) expect(result.status, reason).toBe('ok');
      else expect(result.status, reason).not.toBe('error');
    });
  }
});
