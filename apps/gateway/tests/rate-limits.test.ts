import { randomUUID } from 'node:crypto';
import { SCOPES } from '@mienskip/kit/scopes';
import { type GraphQLResponse, requireOrSkip } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_ORGANISATION_ID } from '../src/dev-key.ts';
import type { RateLimitOptions } from '../src/rate-limits/config.ts';
import { REDIS_TIMEOUT_MS } from '../src/rate-limits/counters.ts';
import { startTestGateway, type TestGateway } from '../src/testing.ts';
import { REDIS_URL, redisReachable } from './redis-reachable.ts';
import { type StandInSubgraph, startStandInSubgraph } from './stand-in-subgraph.ts';
import { haveRedisServer, startThrowawayRedis, type ThrowawayRedis } from './throwaway-redis.ts';

// `{ rooms { id } }` costs 4 by graphql-armor's model: the object 2, plus 1.5 × its one scalar.
const QUERY = '{ rooms { id } }';
const QUERY_COST = 4;

// Every subgraph is a stand-in that counts the operations reaching it.
let standIn: StandInSubgraph;
let subgraphUrls: Record<string, string>;
const gateways: TestGateway[] = [];

beforeAll(async () => {
  standIn = await startStandInSubgraph();
  subgraphUrls = standIn.urls;
});
afterAll(async () => {
  for (const gateway of gateways.reverse()) await gateway.close();
  await standIn?.close();
});

async function gatewayWith(rateLimits: RateLimitOptions, keys?: TestGateway['keys']): Promise<TestGateway> {
  const gateway = await startTestGateway(subgraphUrls, { rateLimits, ...(keys && { keys }) });
  gateways.push(gateway);
  return gateway;
}

async function newKey(gateway: TestGateway): Promise<string> {
  const { secret } = await gateway.keys.create({
    name: `rate-limit test ${randomUUID()}`,
    organisationId: MUNICIPALITY_ORGANISATION_ID,
    organisationKind: 'MUNICIPALITY',
    scopes: SCOPES,
  });
  return secret;
}

function expectAnswered(response: GraphQLResponse) {
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
}

function expectRateLimited(response: GraphQLResponse, limit: RegExp) {
  expect(response.status).toBe(429);
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.body.data ?? null).toBeNull();
  expect(response.body.errors).toHaveLength(1);
  const [error] = response.body.errors!;
  expect(error!.extensions?.code).toBe('RATE_LIMITED');
  expect(error!.message).toMatch(limit);
  expect(error!.message).toContain(`Retry after ${retryAfter} seconds`);
  expect(response.headers.get('ratelimit-reset')).toBe(String(retryAfter));
}

/** The IETF draft's `RateLimit-*` headers: the limit closest to being used up, and what is left of it. */
function expectRateLimitHeaders(response: GraphQLResponse, limit: number, remaining: number) {
  expect(response.headers.get('ratelimit-limit')).toBe(String(limit));
  expect(response.headers.get('ratelimit-remaining')).toBe(String(remaining));
  const reset = Number(response.headers.get('ratelimit-reset'));
  expect(reset).toBeGreaterThanOrEqual(1);
  expect(reset).toBeLessThanOrEqual(60);
}

describe('rate limits per API key, in memory', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await gatewayWith({ requestsPerMinute: 3, costPerMinute: 10 * QUERY_COST });
  });

  it('refuses the request over the per-minute limit with 429 and Retry-After, before any subgraph', async () => {
    const key = await newKey(gateway);
    for (let i = 0; i < 3; i++) {
      const answered = await gateway.query(QUERY, { key });
      expectAnswered(answered);
      expectRateLimitHeaders(answered, 3, 2 - i);
    }
    const before = standIn.calls;
    const refused = await gateway.query(QUERY, { key });
    expectRateLimited(refused, /API key has made 3 requests this minute/);
    expectRateLimitHeaders(refused, 3, 0);
    expect(standIn.calls).toBe(before);
    expect(gateway.logs).toContainEqual(
      expect.objectContaining({ msg: 'rate limited', limit: 'requests', keyId: expect.any(String) }),
    );

    // Another key has a window of its own.
    expectAnswered(await gateway.query(QUERY, { key: await newKey(gateway) }));
  });

  it('refuses a request without a key with 401 before rate limiting', async () => {
    const key = await newKey(gateway);
    for (let i = 0; i < 3; i++) await gateway.query(QUERY, { key });
    const anonymous = await gateway.query(QUERY, { key: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await gateway.query(QUERY, { key: 'msk_not-a-key' });
    expect(unknown.status).toBe(401);
  });

  it('refuses the query that would go over the cost per minute, before any subgraph', async () => {
    const limited = await gatewayWith({ requestsPerMinute: 100, costPerMinute: 2 * QUERY_COST + 1 });
    const key = await newKey(limited);
    expectAnswered(await limited.query(QUERY, { key }));
    const second = await limited.query(QUERY, { key });
    expectAnswered(second);
    // The cost (1 of 9 left) is nearer its end than the requests (98 of 100).
    expectRateLimitHeaders(second, 2 * QUERY_COST + 1, 1);
    const before = standIn.calls;
    const refused = await limited.query(QUERY, { key });
    expectRateLimited(
      refused,
      new RegExp(
        `this query \\(cost ${QUERY_COST}\\) would take this API key over its query cost limit of ${2 * QUERY_COST + 1} per minute`,
      ),
    );
    expectRateLimitHeaders(refused, 2 * QUERY_COST + 1, 1);
    expect(standIn.calls).toBe(before);
    // A refused query uses up nothing: what is left (1) still pays for the cheapest query.
    expectAnswered(await limited.query('{ __typename }', { key }));
  });
});

const haveRedis = requireOrSkip('Redis', await redisReachable(), `no Redis at ${REDIS_URL} (set REDIS_URL)`);

describe.runIf(haveRedis)(`rate limits per API key, in Redis (${REDIS_URL})`, () => {
  const keyPrefix = `mienskip:test:${randomUUID()}:`;

  it('is one limit for every gateway instance: requests over both, the total over the limit gets 429', async () => {
    const first = await gatewayWith({ requestsPerMinute: 4, redisUrl: REDIS_URL, keyPrefix });
    const second = await gatewayWith({ requestsPerMinute: 4, redisUrl: REDIS_URL, keyPrefix }, first.keys);
    const key = await newKey(first);
    const before = standIn.calls;
    for (const gateway of [first, second, first, second]) expectAnswered(await gateway.query(QUERY, { key }));
    expect(standIn.calls).toBe(before + 4);
    expectRateLimited(await first.query(QUERY, { key }), /API key has made 4 requests this minute/);
    expectRateLimited(await second.query(QUERY, { key }), /API key has made 4 requests this minute/);
    expect(standIn.calls).toBe(before + 4);
  });

  it('shares the cost per minute too', async () => {
    const costPerMinute = 3 * QUERY_COST;
    const first = await gatewayWith({ costPerMinute, redisUrl: REDIS_URL, keyPrefix });
    const second = await gatewayWith({ costPerMinute, redisUrl: REDIS_URL, keyPrefix }, first.keys);
    const key = await newKey(first);
    for (const gateway of [first, second, first]) expectAnswered(await gateway.query(QUERY, { key }));
    const before = standIn.calls;
    expectRateLimited(await second.query(QUERY, { key }), /query cost limit of 12 per minute/);
    expect(standIn.calls).toBe(before);
  });

  it('counts concurrent requests exactly (atomic in Redis)', async () => {
    const first = await gatewayWith({ requestsPerMinute: 5, redisUrl: REDIS_URL, keyPrefix });
    const second = await gatewayWith({ requestsPerMinute: 5, redisUrl: REDIS_URL, keyPrefix }, first.keys);
    const key = await newKey(first);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? first : second).query(QUERY, { key })),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(5);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(7);
  });
});

const haveThrowawayRedis = requireOrSkip(
  'redis-server',
  haveRedisServer(),
  'no redis-server on the PATH, to start a Redis of the test its own (apt-get install redis-server)',
);

describe.runIf(haveThrowawayRedis)('Redis lost under load, and back (a Redis of the test its own)', () => {
  let redis: ThrowawayRedis;
  beforeAll(async () => {
    redis = await startThrowawayRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  async function shareOneLimit(first: TestGateway, second: TestGateway, limit: number) {
    const key = await newKey(first);
    for (let i = 0; i < limit; i++) expectAnswered(await (i % 2 ? second : first).query(QUERY, { key }));
    expectRateLimited(await first.query(QUERY, { key }), /requests this minute/);
    expectRateLimited(await second.query(QUERY, { key }), /requests this minute/);
  }

  it('keeps answering, with the limits per instance, and shares them again when Redis is back', async () => {
    const limit = 4;
    const rateLimits = { requestsPerMinute: limit, redisUrl: redis.url };
    const first = await gatewayWith(rateLimits);
    const second = await gatewayWith(rateLimits, first.keys);
    await shareOneLimit(first, second, limit);

    // Load from another key, through both gateways, while Redis stops.
    const loadKey = await newKey(first);
    const statuses: number[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        const answers = await Promise.all([first, second].map((g) => g.query(QUERY, { key: loadKey })));
        statuses.push(...answers.map((a) => a.status));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await redis.stop();
    const sentWhileUp = statuses.length;

    // Each instance counts on its own: `limit` answers from each, then 429 (never 503).
    const key = await newKey(first);
    for (const gateway of [first, second]) {
      for (let i = 0; i < limit; i++) expectAnswered(await gateway.query(QUERY, { key }));
      expectRateLimited(await gateway.query(QUERY, { key }), /API key has made 4 requests this minute/);
    }
    loading = false;
    await load;
    expect(statuses.length).toBeGreaterThan(sentWhileUp);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    for (const gateway of [first, second])
      expect(gateway.logs).toContainEqual(
        expect.objectContaining({
          msg: expect.stringMatching(/Redis is unreachable, each gateway instance counts in memory/),
        }),
      );

    // Redis is back (empty): once the gateways have reconnected, one limit for both again.
    await redis.start();
    await expect
      .poll(() => [first, second].every((g) => g.logs.some((l) => /Redis is back/.test(String(l.msg)))), {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(true);
    await shareOneLimit(first, second, limit);
  });

  it('answers without waiting on a Redis that hangs (frozen), per instance, and shares again when it answers', async () => {
    const limit = 2;
    const rateLimits = { requestsPerMinute: limit, redisUrl: redis.url };
    const first = await gatewayWith(rateLimits);
    const second = await gatewayWith(rateLimits, first.keys);
    await shareOneLimit(first, second, limit);

    redis.freeze();
    try {
      const key = await newKey(first);
      for (const gateway of [first, second]) {
        for (let i = 0; i < limit; i++) {
          const started = performance.now();
          expectAnswered(await gateway.query(QUERY, { key }));
          // The request and its cost each wait REDIS_TIMEOUT_MS at most.
          expect(performance.now() - started).toBeLessThan(2 * REDIS_TIMEOUT_MS + 1_000);
        }
        expectRateLimited(await gateway.query(QUERY, { key }), /API key has made 2 requests this minute/);
      }
    } finally {
      redis.thaw();
    }
    await shareOneLimit(first, second, limit);
  });
});

describe('an unreachable Redis', () => {
  it('stops the gateway from starting, with a clear error', async () => {
    await expect(
      startTestGateway(subgraphUrls, { rateLimits: { redisUrl: 'redis://127.0.0.1:1' } }),
    ).rejects.toThrow(/Rate limits: Redis at redis:\/\/127\.0\.0\.1:1 \(REDIS_URL\) cannot be reached/);
  });
});
