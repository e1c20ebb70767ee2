import { createLogger } from '@mienskip/kit/logger';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SubgraphGuard } from '../src/subgraph-guard.ts';
import { DEFAULT_SUBGRAPH_CALL_POLICY, subgraphCallPolicy } from '../src/subgraph-policy.ts';
import { isUnavailability } from '../src/subgraph-unavailable.ts';

describe('subgraphCallPolicy', () => {
  it('takes the defaults, the environment per subgraph, then the overrides', () => {
    expect(subgraphCallPolicy('locations', {})).toEqual(DEFAULT_SUBGRAPH_CALL_POLICY);
    const env = {
      MIENSKIP_LOCATIONS_DEADLINE_MS: '2500',
      MIENSKIP_SUBGRAPH_BREAKER_FAILURES: '3',
      MIENSKIP_SUBGRAPH_BREAKER_OPEN_MS: '4000',
    };
    expect(subgraphCallPolicy('locations', env)).toEqual({
      deadlineMs: 2_500,
      failureThreshold: 3,
      openMs: 4_000,
    });
    expect(subgraphCallPolicy('budget', env).deadlineMs).toBe(DEFAULT_SUBGRAPH_CALL_POLICY.deadlineMs);
    expect(subgraphCallPolicy('locations', env, { deadlineMs: 100 }).deadlineMs).toBe(100);
  });

  it('refuses a value that is no positive whole number, naming the variable', () => {
    expect(() => subgraphCallPolicy('budget', { MIENSKIP_BUDGET_DEADLINE_MS: '5s' })).toThrow(
      'MIENSKIP_BUDGET_DEADLINE_MS must be a positive whole number',
    );
    expect(() => subgraphCallPolicy('budget', { MIENSKIP_SUBGRAPH_BREAKER_OPEN_MS: '0' })).toThrow();
  });
});

describe('isUnavailability', () => {
  const answered = (status: number) =>
    new GraphQLError('x', { extensions: { response: { status, url: 'http://10.0.0.5/graphql' } } });

  it('counts no connection, no answer in time and a 5xx as the subgraph being unavailable', () => {
    expect(isUnavailability(new TypeError('fetch failed'))).toBe(true);
    expect(isUnavailability(new DOMException('timed out', 'TimeoutError'))).toBe(true);
    expect(isUnavailability(answered(502))).toBe(true);
    expect(isUnavailability(answered(500))).toBe(true);
  });

  it('does not count an answer the subgraph gave', () => {
    expect(isUnavailability(answered(401))).toBe(false);
    expect(isUnavailability(new GraphQLError('no date', { extensions: { code: 'BAD_USER_INPUT' } }))).toBe(
      false,
    );
  });
});

describe('SubgraphGuard', () => {
  const policy = { deadlineMs: 1_000, failureThreshold: 2, openMs: 5_000 };
  function guard() {
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger('gateway', 'info', {
      write: (line: string) => void logs.push(JSON.parse(line)),
    });
    const clock = { now: 0 };
    return { guard: new SubgraphGuard('locations', policy, logger, () => clock.now), logs, clock };
  }
  const fail = () => Promise.reject(new TypeError('fetch failed: connect ECONNREFUSED 127.0.0.1:4003'));
  const unavailable = { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'locations' } };

  it('turns a failure into SUBGRAPH_UNAVAILABLE naming the subgraph, without the cause', async () => {
    const { guard: g } = guard();
    const error = await g.call(fail).catch((e: GraphQLError) => e);
    expect(error).toMatchObject(unavailable);
    expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it('opens after consecutive failures, fails fast without calling, then closes on a trial answer', async () => {
    const { guard: g, logs, clock } = guard();
    await g.call(fail).catch(() => {});
    await g.call(fail).catch(() => {});
    expect(g.state).toBe('open');
    let called = false;
    const refused = await g
      .call(async () => {
        called = true;
      })
      .catch((e: GraphQLError) => e);
    expect(called).toBe(false);
    expect(refused).toMatchObject(unavailable);

    clock.now = 5_000;
    expect(await g.call(async () => 'answer')).toBe('answer');
    expect(g.state).toBe('closed');
    expect(logs.filter((l) => l.breaker).map((l) => [l.subgraph, l.breaker])).toEqual([
      ['locations', 'open'],
      ['locations', 'half-open'],
      ['locations', 'closed'],
    ]);
  });

  it('passes an answer the subgraph gave on as it is, and counts it as an answer', async () => {
    const { guard: g } = guard();
    await g.call(fail).catch(() => {});
    const refusal = new GraphQLError('no date', { extensions: { code: 'BAD_USER_INPUT' } });
    await expect(g.call(() => Promise.reject(refusal))).rejects.toBe(refusal);
    await g.call(fail).catch(() => {});
    expect(g.state).toBe('closed');
  });
});
