import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { redactUrl } from '@mienskip/kit/db';
import { loggableError } from '@mienskip/kit/http';
import type { Logger } from '@mienskip/kit/logger';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  validate,
} from 'graphql';
import { createClient } from 'redis';
import type { GatewayContext } from './context.ts';

/**
 * Requests and query cost per API key per minute. Each key has a fixed window of one minute that
 * starts with its first request; a request over either limit is refused with HTTP 429 and
 * `Retry-After` (the seconds until the window ends) before any subgraph is called. A refused
 * request does not use up anything.
 */
export interface RateLimits {
  requestsPerMinute: number;
  /** Summed over the key's operations, each costed by graphql-armor's model (see `operationCost`). */
  costPerMinute: number;
}

/** Generous for development and the test suites; production sets its own. */
export const DEFAULT_RATE_LIMITS: RateLimits = { requestsPerMinute: 600, costPerMinute: 600_000 };

export const RATE_LIMIT_ENV = {
  requestsPerMinute: 'MIENSKIP_RATE_LIMIT_REQUESTS_PER_MINUTE',
  costPerMinute: 'MIENSKIP_RATE_LIMIT_COST_PER_MINUTE',
} as const;

export interface RateLimitOptions extends Partial<RateLimits> {
  /** Counters in this Redis (shared by every gateway instance); in memory when absent. */
  redisUrl?: string;
  /** Prefix of the Redis keys (default `mienskip:rate:`); tests use one of their own. */
  keyPrefix?: string;
}

const WINDOW_MS = 60_000;

/** Reads the limits from `MIENSKIP_RATE_LIMIT_*`; a value that is not a positive integer is an error. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<RateLimits> {
  const limits: Partial<RateLimits> = {};
  for (const [field, name] of Object.entries(RATE_LIMIT_ENV) as [keyof RateLimits, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`${name} must be a positive integer, not "${raw}"`);
    limits[field] = value;
  }
  return limits;
}

interface Taken {
  allowed: boolean;
  /** Milliseconds until the key's window ends. */
  resetMs: number;
}

interface Counter {
  /** Adds `amount` to the counter unless that would take it over `limit`. */
  take(key: string, amount: number, limit: number): Promise<Taken>;
  close(): Promise<void>;
}

function memoryCounter(): Counter {
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

async function redisCounter(url: string, logger: Logger): Promise<Counter> {
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

/** Apollo Server sets status and headers from `extensions.http` (a `Map` of headers) and removes it. */
/** A refusal with its HTTP status and a `Retry-After` in seconds. */
export function refusal(message: string, code: string, status: number, retryAfter: number): GraphQLError {
  const extensions: Record<string, unknown> = {
    code,
    http: { status, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
  };
  return new GraphQLError(message, { extensions });
}

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

const costs = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * The cost of the operation to be executed, by graphql-armor's model (the one behind the per-query
 * cost limit in `limits.ts`: scalar 1, object 2, ×1.5 per level, × `first`/`last`; introspection's
 * `__schema` free), rounded up, and at least 1. Cached per parsed document (Apollo Server keeps those).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): number {
  const name = operation.name?.value ?? '';
  let byOperation = costs.get(document);
  const cached = byOperation?.get(name);
  if (cached !== undefined) return cached;
  let cost = 0;
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, [
    costLimitRule({
      maxCost: Number.POSITIVE_INFINITY,
      propagateOnRejection: false,
      onAccept: [
        (_context, details: { n: number }) => {
          cost += details.n;
        },
      ],
    }),
  ]);
  const result = Math.max(1, Math.ceil(cost));
  if (!byOperation) {
    byOperation = new Map();
    costs.set(document, byOperation);
  }
  byOperation.set(name, result);
  return result;
}

/** Adds each operation's cost to its key's counter once the operation is known, before it runs. */
export function costRateLimiting(limiter: RateLimiter): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (!operation) return; // Apollo Server has refused the request already.
          await limiter.checkCost(
            contextValue.caller.keyId,
            operationCost(schema, document, operation),
            contextValue.logger,
          );
        },
      };
    },
  };
}
