import { redactUrl } from '@mienskip/kit/db';
import { loggableError } from '@mienskip/kit/http';
import type { Logger } from '@mienskip/kit/logger';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RLWrapperTimeouts,
} from 'rate-limiter-flexible';
import { createClient } from 'redis';
import type { Quota } from './headers.ts';

// Per-key counters on rate-limiter-flexible: a fixed window of one minute that starts with the
// key's first request, in Redis (shared by every gateway instance) with an in-memory insurance
// limiter while Redis is away, or in memory only. A refused amount is never counted.

const WINDOW_SECONDS = 60;

/** A Redis that does not answer within this long (frozen, overloaded) counts as away for that request. */
export const REDIS_TIMEOUT_MS = 500;

export interface Taken {
  allowed: boolean;
  /** What is left of the limit after this take (a refused take leaves it as it was). */
  quota: Quota;
}

export interface Counter {
  /** Adds `amount` to the key's counter unless that would take it over the limit. */
  take(key: string, amount: number): Promise<Taken>;
}

/**
 * rate-limiter-flexible's increment, but an amount that would take the counter over the limit
 * (ARGV[3]) is not added: a refused request uses up nothing. Returns {counter + amount, ms left},
 * as the library expects.
 */
const TAKE_SCRIPT = `
local used = tonumber(redis.call('get', KEYS[1]) or '0')
local amount, seconds, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if used + amount > limit then
  local ttl = redis.call('pttl', KEYS[1])
  if ttl < 0 then ttl = 1000 * seconds end
  return {used + amount, ttl}
end
redis.call('set', KEYS[1], 0, 'EX', seconds, 'NX')
local consumed = redis.call('incrby', KEYS[1], amount)
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('expire', KEYS[1], seconds)
  ttl = 1000 * seconds
end
return {consumed, ttl}
`;

/**
 * In memory, the library counts a refused amount too; this undoes it, one microtask later (before
 * any I/O callback, so before any other request's check but one already queued as a microtask).
 */
class SparingMemoryLimiter extends RateLimiterMemory {
  override consume(key: string | number, points = 1, options: { [key: string]: unknown } = {}) {
    return super.consume(key, points, options).catch((refused: unknown) => {
      if (refused instanceof RateLimiterRes) void super.reward(key, points, options);
      throw refused;
    });
  }
}

interface LimiterLike {
  consume(key: string, points: number): Promise<RateLimiterRes>;
}

function counterOver(limiter: LimiterLike, limit: number): Counter {
  return {
    async take(key, amount) {
      try {
        const res = await limiter.consume(key, amount);
        return {
          allowed: true,
          quota: { limit, remaining: limit - res.consumedPoints, resetMs: res.msBeforeNext },
        };
      } catch (refused) {
        if (!(refused instanceof RateLimiterRes)) throw refused;
        // `consumedPoints` is what the counter would have been; the refused amount was not added.
        const used = refused.consumedPoints - amount;
        return { allowed: false, quota: { limit, remaining: limit - used, resetMs: refused.msBeforeNext } };
      }
    },
  };
}

/** Counters in this process only: each gateway instance counts on its own. */
export function memoryCounter(limit: number, keyPrefix: string): Counter {
  return counterOver(new SparingMemoryLimiter({ points: limit, duration: WINDOW_SECONDS, keyPrefix }), limit);
}

/**
 * Counters in Redis, shared by every gateway instance; while Redis cannot be reached or does not
 * answer in time, each instance counts in memory on its own (the insurance limiter) and goes back
 * to Redis as soon as it answers again.
 */
export function redisCounter(client: RedisClient, limit: number, keyPrefix: string): Counter {
  const insuranceLimiter = new SparingMemoryLimiter({ points: limit, duration: WINDOW_SECONDS, keyPrefix });
  const redis = new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    // Straight to the insurance limiter while the connection is down, without trying Redis.
    rejectIfRedisNotReady: true,
    customIncrTtlLuaScript: TAKE_SCRIPT,
    points: limit,
    duration: WINDOW_SECONDS,
    keyPrefix,
    insuranceLimiter,
  });
  // A connection that is up but gets no answer falls back to memory too, after REDIS_TIMEOUT_MS.
  return counterOver(
    new RLWrapperTimeouts({ limiter: redis, timeoutMs: REDIS_TIMEOUT_MS, insuranceLimiter }),
    limit,
  );
}

/**
 * A Redis client for the counters. Unreachable at start: an error (a wrong `REDIS_URL` should not
 * go unnoticed). Lost later: logged, commands fail at once (the counters fall back to memory)
 * and the client keeps reconnecting.
 */
export async function connectRedis(url: string, logger: Logger) {
  let connected = false;
  let reportedDown = false;
  const client = createClient({
    url,
    // Commands fail at once while Redis is away (and the insurance limiter counts) instead of queueing.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      // At start-up an unreachable Redis is an error; later the client keeps reconnecting.
      reconnectStrategy: (retries, cause) => (connected ? Math.min(100 * 2 ** retries, 2_000) : cause),
    },
  });
  client.on('error', (error: unknown) => {
    if (!connected || reportedDown) return;
    reportedDown = true;
    logger.error(
      { error: loggableError(error), redis: redactUrl(url) },
      'rate limits: Redis is unreachable, each gateway instance counts in memory until it is back',
    );
  });
  client.on('ready', () => {
    if (reportedDown)
      logger.info({ redis: redactUrl(url) }, 'rate limits: Redis is back, limits shared again');
    reportedDown = false;
  });
  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw new Error(
      `Rate limits: Redis at ${redactUrl(url)} (REDIS_URL) cannot be reached: ${(error as Error).message}`,
    );
  }
  connected = true;
  return client;
}

export type RedisClient = Awaited<ReturnType<typeof connectRedis>>;
