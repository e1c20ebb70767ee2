import { loggableError } from '@mienskip/kit/http';
import type { Logger } from '@mienskip/kit/logger';
import type { GraphQLError } from 'graphql';
import { refusal } from '../refusal.ts';
import { DEFAULT_RATE_LIMITS, type RateLimitOptions, type RateLimits } from './config.ts';
import { memoryCounter, RateLimitStoreUnavailable, redisCounter } from './counters.ts';

// Rate limits per API key: each request, and each operation's cost, is counted against the key's
// limits per minute (`config.ts`), in memory or in Redis (`counters.ts`).

function tooMany(message: string, resetMs: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(resetMs / 1000));
  return refusal(`Rate limited: ${message} Retry after ${seconds} seconds.`, 'RATE_LIMITED', 429, seconds);
}

const UNAVAILABLE = () =>
  refusal('Rate limits cannot be checked just now; try again shortly.', 'SERVICE_UNAVAILABLE', 503, 5);

export interface RateLimiter {
  readonly limits: RateLimits;
  readonly store: 'memory' | 'redis';
  /** Counts one request of this key; throws a 429 (or 503) GraphQLError when refused. */
  checkRequest(keyId: string, logger: Logger): Promise<void>;
  /** Adds this operation's cost for this key; throws a 429 (or 503) GraphQLError when refused. */
  checkCost(keyId: string, cost: number, logger: Logger): Promise<void>;
  close(): Promise<void>;
}

export async function createRateLimiter(options: RateLimitOptions, logger: Logger): Promise<RateLimiter> {
  const limits: RateLimits = {
    requestsPerMinute: options.requestsPerMinute ?? DEFAULT_RATE_LIMITS.requestsPerMinute,
    costPerMinute: options.costPerMinute ?? DEFAULT_RATE_LIMITS.costPerMinute,
  };
  const counter = options.redisUrl ? await redisCounter(options.redisUrl, logger) : memoryCounter();
  const prefix = options.keyPrefix ?? 'mienskip:rate:';
  const take = async (kind: string, keyId: string, amount: number, limit: number, log: Logger) => {
    try {
      return await counter.take(`${prefix}${kind}:${keyId}`, amount, limit);
    } catch (error) {
      if (!(error instanceof RateLimitStoreUnavailable)) throw error;
      log.error({ error: loggableError(error) }, 'rate limits: Redis is unreachable, request refused (503)');
      throw UNAVAILABLE();
    }
  };
  return {
    limits,
    store: options.redisUrl ? 'redis' : 'memory',
    async checkRequest(keyId, log) {
      const { allowed, resetMs } = await take('requests', keyId, 1, limits.requestsPerMinute, log);
      if (!allowed) {
        log.warn({ limit: 'requests', perMinute: limits.requestsPerMinute }, 'rate limited');
        throw tooMany(
          `this API key has made ${limits.requestsPerMinute} requests this minute (the limit).`,
          resetMs,
        );
      }
    },
    async checkCost(keyId, cost, log) {
      const { allowed, resetMs } = await take('cost', keyId, cost, limits.costPerMinute, log);
      if (!allowed) {
        log.warn({ limit: 'cost', perMinute: limits.costPerMinute, cost }, 'rate limited');
        throw tooMany(
          `this query (cost ${cost}) would take this API key over its query cost limit of ${limits.costPerMinute} per minute.`,
          resetMs,
        );
      }
    },
    close: () => counter.close(),
  };
}
