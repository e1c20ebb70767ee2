import { describe, expect, it } from 'vitest';
import { checkVisitCounts, MAX_DAILY_COUNT } from '../../src/domain/visits.ts';

describe('checkVisitCounts', () => {
  it.each([
    [{ visitors: 5, supportRequests: 2 }],
    [{ visitors: 0, supportRequests: 1 }],
    [{ visitors: 1, supportRequests: 0 }],
    [{ visitors: MAX_DAILY_COUNT, supportRequests: MAX_DAILY_COUNT }],
  ])('accepts %o', (input) => {
    expect(checkVisitCounts(input)).toBeNull();
  });

  it.each([
    [{ visitors: -1, supportRequests: 2 }, 'visitors'],
    [{ visitors: 3, supportRequests: -1 }, 'supportRequests'],
    [{ visitors: 1.5, supportRequests: 2 }, 'visitors'],
    [{ visitors: 3, supportRequests: 0.5 }, 'supportRequests'],
    [{ visitors: Number.NaN, supportRequests: 2 }, 'visitors'],
    [{ visitors: MAX_DAILY_COUNT + 1, supportRequests: 0 }, 'visitors'],
    [{ visitors: 1, supportRequests: MAX_DAILY_COUNT + 1 }, 'supportRequests'],
    [{ visitors: 0, supportRequests: 0 }, 'visitors'],
  ])('refuses %o on %s', (input, field) => {
    expect(checkVisitCounts(input)).toEqual({ field, message: expect.any(String) });
  });
});
