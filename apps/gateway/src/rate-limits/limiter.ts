import type { Logger } from '@mienskip/kit/logger';
import type { GraphQLError } from 'graphql';
import { refusal } from '../refusal.ts';
import { DEFAULT_RATE_LIMITS, type RateLimitOptions, type RateLimits } from './config.ts';
import { type Counter, connectRedis, memoryCounter, type RedisClient, redisCounter } from './counters.ts';
import { type Quota, rateLimitHeaders, resetSeconds } from './headers.ts';

// Rate limits per API key: each request, and each operation's cost, is counted against the key's
// limits per minute (`config.ts`), in memory or in Redis with a fallback to memory (`counters.ts`).

function tooMany(message: string, quota: Quota): GraphQLError {
  const seconds = resetSeconds(quota);
  return refusal(
    `Rate limited: ${message} Retry after ${seconds} seconds.`,
    'RATE_LIMITED',
    429,
    seconds,
    rateLimitHeaders(quota),
  );
}

export interface RateLimiter {
  readonly limits: RateLimits;
  readonly store: 'memory' | 'redis';
  /** Counts one request of this key; throws a 429 GraphQLError when refused (logged to `logger()`). */
  checkRequest(keyId: string, logger: () => Logger): Promise<Quota>;
  /** Adds this operation's cost for this key; throws a 429 GraphQLError when refused (logged to `logger()`). */
  checkCost(keyId: string, cost: number, logger: () => Logger): Promise<Quota>;
  close(): Promise<void>;
}

/** Told of each refusal, by the limit that refused (the gateway counts them for `/metrics`). */
export type RefusalListener = (limit: 'requests' | 'cost') => void;

export async function createRateLimiter(
  options: RateLimitOptions,
  logger: Logger,
  onRefusal: RefusalListener = () => {},
): Promise<RateLimiter> {
  const limits: RateLimits = {
    requestsPerMinute: options.requestsPerMinute ?? DEFAULT_RATE_LIMITS.requestsPerMinute,
    costPerMinute: options.costPerMinute ?? DEFAULT_RATE_LIMITS.costPerMinute,
  };
  const client: RedisClient | undefined = options.redisUrl
    ? await connectRedis(options.redisUrl, logger)
    : undefined;
  const prefix = options.keyPrefix ?? 'mienskip:rate:';
  const counter = (kind: string, limit: number): Counter =>
    client ? redisCounter(client, limit, `${prefix}${kind}`) : memoryCounter(limit, `${prefix}${kind}`);
  const requests = counter('requests', limits.requestsPerMinute);
  const cost = counter('cost', limits.costPerMinute);
  return {
    limits,
    store: client ? 'redis' : 'memory',
    async checkRequest(keyId, log) {
      const { allowed, quota } = await requests.take(keyId, 1);
      if (!allowed) {
        log().warn({ limit: 'requests', perMinute: limits.requestsPerMinute }, 'rate limited');
        onRefusal('requests');
        throw tooMany(
          `this API key has made ${limits.requestsPerMinute} requests this minute (the limit).`,
          quota,
        );
      }
      return quota;
    },
    async checkCost(keyId, amount, log) {
      const { allowed, quota } = await cost.take(keyId, amount);
      if (!allowed) {
        log().warn({ limit: 'cost', perMinute: limits.costPerMinute, cost: amount }, 'rate limited');
        onRefusal('cost');
        throw tooMany(
          `this query (cost ${amount}) would take this API key over its query cost limit of ${limits.costPerMinute} per minute.`,
          quota,
        );
      }
      return quota;
    },
    async close() {
      if (!client) return;
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}
