import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import { locations } from '@mienskip/locations';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// graphql-http's audits of the GraphQL-over-HTTP spec, run against the real gateway with a valid key.
let subgraph: TestSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
  gateway = await startTestGateway({ locations: subgraph.url });
});
afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
});

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
