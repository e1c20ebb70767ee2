import { describe, expect, it } from 'vitest';
import { gatewayReadiness } from '../src/readiness.ts';

const up = { ok: true };
const down = { ok: false, error: 'ECONNREFUSED' };
const subgraphs = [
  { name: 'budget', ok: true },
  { name: 'locations', ok: true },
];

describe("the gateway's readiness", () => {
  it('is ready while its key store answers', () => {
    expect(gatewayReadiness({ accepting: true, keyStore: up, subgraphs })).toEqual({
      httpStatus: 200,
      body: { status: 'ready', keyStore: up, subgraphs },
    });
  });

  it('stays ready when a subgraph or Redis is down, and says so in the body', () => {
    const someDown = [
      { name: 'budget', ok: true },
      { name: 'locations', ...down },
    ];
    expect(gatewayReadiness({ accepting: true, keyStore: up, subgraphs: someDown, redis: down })).toEqual({
      httpStatus: 200,
      body: { status: 'ready', keyStore: up, subgraphs: someDown, redis: down },
    });
  });

  it('is not ready without its key store', () => {
    const readiness = gatewayReadiness({ accepting: true, keyStore: down, subgraphs, redis: up });
    expect(readiness.httpStatus).toBe(503);
    expect(readiness.body.status).toBe('unavailable');
  });

  it('is not ready once it is stopping, whatever else answers', () => {
    const readiness = gatewayReadiness({ accepting: false, keyStore: up, subgraphs, redis: up });
    expect(readiness.httpStatus).toBe(503);
    expect(readiness.body.status).toBe('stopping');
  });
});
