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
  for (const audit of serverAudits({ url: () => gateway.url, fetchFn: withKey })) {
    // Every MUST passes; SHOULD and MAY items may warn (Apollo answers 400 where 200 is only recommended).
    it.runIf(audit.name.startsWith('MUST'))(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, result.status === 'error' ? String(result.reason) : undefined).not.toBe('error');
    });
  }
});
