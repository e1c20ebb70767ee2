import { describe, expect, it } from 'vitest';
import { closestToExhaustion, rateLimitHeaders, resetSeconds } from '../src/rate-limits/headers.ts';

describe('rate-limit headers', () => {
  it('gives the limit, what is left and the seconds until the window ends', () => {
    expect(rateLimitHeaders({ limit: 600, remaining: 599, resetMs: 59_001 })).toEqual([
      ['ratelimit-limit', '600'],
      ['ratelimit-remaining', '599'],
      ['ratelimit-reset', '60'],
    ]);
  });

  it('adds Retry-After, the same seconds, to a refusal', () => {
    expect(rateLimitHeaders({ limit: 12, remaining: 3, resetMs: 1_500 }, true)).toEqual([
      ['ratelimit-limit', '12'],
      ['ratelimit-remaining', '3'],
      ['ratelimit-reset', '2'],
      ['retry-after', '2'],
    ]);
  });

  it('never says less than one second, nor less than nothing left', () => {
    expect(resetSeconds({ limit: 1, remaining: 0, resetMs: 0 })).toBe(1);
    expect(rateLimitHeaders({ limit: 1, remaining: -4, resetMs: 10 })[1]).toEqual([
      'ratelimit-remaining',
      '0',
    ]);
  });

  it('describes the limit closest to being used up', () => {
    const requests = { limit: 600, remaining: 590, resetMs: 30_000 };
    const cost = { limit: 1000, remaining: 100, resetMs: 20_000 };
    expect(closestToExhaustion([requests, cost])).toBe(cost);
    expect(closestToExhaustion([requests])).toBe(requests);
    expect(closestToExhaustion([])).toBeUndefined();
    const laterEnd = { limit: 1000, remaining: 100, resetMs: 50_000 };
    expect(closestToExhaustion([cost, laterEnd])).toBe(laterEnd);
  });
});
