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
