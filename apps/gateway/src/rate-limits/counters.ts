import { redactUrl } from '@mienskip/kit/db';
import { loggableError } from '@mienskip/kit/http';
import type { Logger } from '@mienskip/kit/logger';
import { createClient } from 'redis';

/** Each key's counters run in a fixed window of one minute that starts with its first request. */
const WINDOW_MS = 60_000;

export interface Taken {
  allowed: boolean;
  /** Milliseconds until the key's window ends. */
  resetMs: number;
}

export interface Counter {
  /** Adds `amount` to the counter unless that would take it over `limit`. */
  take(key: string, amount: number, limit: number): Promise<Taken>;
  close(): Promise<void>;
}

/** Counters in this process only: each gateway instance counts on its own. */
export function memoryCounter(): Counter {
  const windows = new Map<string, { used: number; endsAt: number }>();
  let nextSweep = 0;
  return {
    async take(key, amount, limit) {
      const now = Date.now();
      if (now >= nextSweep) {
        for (const [k, w] of windows) if (w.endsAt <= now) windows.delete(k);
        nextSweep = now + WINDOW_MS;
      }
      let window = windows.get(key);
      if (!window || window.endsAt <= now) {
        window = { used: 0, endsAt: now + WINDOW_MS };
        windows.set(key, window);
      }
      if (window.used + amount > limit) return { allowed: false, resetMs: window.endsAt - now };
      window.used += amount;
      return { allowed: true, resetMs: window.endsAt - now };
    },
    async close() {
      windows.clear();
    },
  };
}

/**
 * One atomic step in Redis: refuse if the amount would take the counter over the limit, otherwise
 * add it; the first addition starts the window (PEXPIRE). Returns {allowed, milliseconds left}.
 */
const TAKE_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if used + amount > limit then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then redis.call('PEXPIRE', KEYS[1], window); ttl = window end
  return {0, ttl}
end
redis.call('INCRBY', KEYS[1], amount)
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], window); ttl = window end
return {1, ttl}
`;

export class RateLimitStoreUnavailable extends Error {}

export async function redisCounter(url: string, logger: Logger): Promise<Counter> {
  let connected = false;
  let reportedDown = false;
  const client = createClient({
    url,
    // Commands fail at once while Redis is away (and the request gets a 503) instead of queueing.
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
      'rate limits: Redis is unreachable, refusing requests (503) until it is back',
    );
  });
  client.on('ready', () => {
    if (reportedDown) logger.info({ redis: redactUrl(url) }, 'rate limits: Redis is back');
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
  return {
    async take(key, amount, limit) {
      let reply: unknown;
      try {
        reply = await client.eval(TAKE_SCRIPT, {
          keys: [key],
          arguments: [String(amount), String(limit), String(WINDOW_MS)],
        });
      } catch (error) {
        throw new RateLimitStoreUnavailable((error as Error).message, { cause: error });
      }
      const [allowed, resetMs] = reply as [number, number];
      return { allowed: allowed === 1, resetMs };
    },
    async close() {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}
