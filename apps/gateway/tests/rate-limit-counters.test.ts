import { describe, expect, it } from 'vitest';
import { memoryCounter } from '../src/rate-limits/counters.ts';

describe('the in-memory counter (also the fallback while Redis is away)', () => {
  it('counts up to the limit and refuses an amount over it without counting it', async () => {
    const counter = memoryCounter(4, `test-${Math.random()}`);
    const first = await counter.take('key', 3);
    expect(first).toMatchObject({ allowed: true, quota: { limit: 4, remaining: 1 } });
    expect(first.quota.resetMs).toBeGreaterThan(59_000);
    expect(first.quota.resetMs).toBeLessThanOrEqual(60_000);
    expect(await counter.take('key', 2)).toMatchObject({ allowed: false, quota: { limit: 4, remaining: 1 } });
    expect(await counter.take('key', 2)).toMatchObject({ allowed: false, quota: { remaining: 1 } });
    expect(await counter.take('key', 1)).toMatchObject({ allowed: true, quota: { remaining: 0 } });
    expect(await counter.take('key', 1)).toMatchObject({ allowed: false, quota: { remaining: 0 } });
  });

  it('keeps each key apart', async () => {
    const counter = memoryCounter(1, `test-${Math.random()}`);
    expect((await counter.take('a', 1)).allowed).toBe(true);
    expect((await counter.take('a', 1)).allowed).toBe(false);
    expect((await counter.take('b', 1)).allowed).toBe(true);
  });
});
