// Answers may hold personal data: no browser or proxy cache may keep them, by POST or by GET.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';

let standIn: StandInSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  standIn = await startStandInSubgraph();
  gateway = await startTestGateway(standIn.urls);
});
afterAll(async () => {
  await gateway?.close();
  await standIn?.close();
});

describe('cache-control on /graphql', () => {
  it('is no-store for a POST', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.municipalKey}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('is no-store for a GET, and for a refusal', async () => {
    const url = `${gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    const answered = await fetch(url, {
      headers: { accept: 'application/json', authorization: `Bearer ${gateway.municipalKey}` },
    });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await fetch(url, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});
