import { describe, expect, it } from 'vitest';
import {
  checkOpeningHours,
  checkPeriod,
  checkVisitCounts,
  findOverlap,
  isWithinOpeningHours,
  MAX_DAILY_COUNT,
} from '../../src/domain/rules.ts';

describe('checkPeriod', () => {
  it('accepts a period that ends after it starts', () => {
    expect(checkPeriod({ from: 540, to: 541 })).toBeNull();
  });

  it('refuses an empty period on the default field', () => {
    expect(checkPeriod({ from: 540, to: 540 })).toEqual({ field: 'to', message: expect.any(String) });
  });

  it('refuses a reversed period on the given field', () => {
    expect(checkPeriod({ from: 600, to: 540 }, 'toMinute')).toMatchObject({ field: 'toMinute' });
  });
});

describe('checkOpeningHours', () => {
  it('accepts no periods', () => {
    expect(checkOpeningHours([])).toBeNull();
  });

  it('accepts the same times on different weekdays', () => {
    expect(
      checkOpeningHours([
        { weekday: 'MONDAY', from: 540, to: 1020 },
        { weekday: 'TUESDAY', from: 540, to: 1020 },
      ]),
    ).toBeNull();
  });

  it('accepts touching periods on the same weekday', () => {
    expect(
      checkOpeningHours([
        { weekday: 'MONDAY', from: 540, to: 720 },
        { weekday: 'MONDAY', from: 720, to: 1020 },
      ]),
    ).toBeNull();
  });

  it('refuses overlapping periods on the same weekday, naming the later index', () => {
    const breach = checkOpeningHours([
      { weekday: 'MONDAY', from: 540, to: 1020 },
      { weekday: 'TUESDAY', from: 540, to: 1020 },
      { weekday: 'MONDAY', from: 720, to: 780 },
    ]);
    expect(breach).toMatchObject({ field: 'openingHours.2' });
    expect(breach?.message).toContain('MONDAY');
  });

  it('refuses identical periods on the same weekday', () => {
    expect(
      checkOpeningHours([
        { weekday: 'FRIDAY', from: 540, to: 720 },
        { weekday: 'FRIDAY', from: 540, to: 720 },
      ]),
    ).toMatchObject({ field: 'openingHours.1' });
  });

  it('refuses an empty period, naming its closes field', () => {
    expect(
      checkOpeningHours([
        { weekday: 'MONDAY', from: 540, to: 720 },
        { weekday: 'TUESDAY', from: 600, to: 600 },
      ]),
    ).toMatchObject({ field: 'openingHours.1.closes' });
  });

  it('refuses a reversed period', () => {
    expect(checkOpeningHours([{ weekday: 'MONDAY', from: 720, to: 540 }])).toMatchObject({
      field: 'openingHours.0.closes',
    });
  });
});

describe('isWithinOpeningHours', () => {
  const day = [{ from: 540, to: 1020 }];
  const split = [
    { from: 540, to: 720 },
    { from: 780, to: 1020 },
  ];

  it('is true inside one period, including its edges', () => {
    expect(isWithinOpeningHours({ from: 600, to: 660 }, day)).toBe(true);
    expect(isWithinOpeningHours({ from: 540, to: 1020 }, day)).toBe(true);
  });

  it('is true spanning two touching periods', () => {
    expect(
      isWithinOpeningHours({ from: 600, to: 900 }, [
        { from: 720, to: 1020 },
        { from: 540, to: 720 },
      ]),
    ).toBe(true);
  });

  it('is false partly outside', () => {
    expect(isWithinOpeningHours({ from: 480, to: 600 }, day)).toBe(false);
    expect(isWithinOpeningHours({ from: 960, to: 1080 }, day)).toBe(false);
  });

  it('is false across the gap between a morning and an afternoon period', () => {
    expect(isWithinOpeningHours({ from: 660, to: 840 }, split)).toBe(false);
    expect(isWithinOpeningHours({ from: 600, to: 660 }, split)).toBe(true);
    expect(isWithinOpeningHours({ from: 800, to: 900 }, split)).toBe(true);
  });

  it('is false without opening hours', () => {
    expect(isWithinOpeningHours({ from: 600, to: 660 }, [])).toBe(false);
  });
});

describe('findOverlap', () => {
  const others = [
    { id: 'a', from: 540, to: 600 },
    { id: 'b', from: 720, to: 840 },
    { id: 'c', from: 800, to: 900 },
  ];

  it('returns the first overlapping shift', () => {
    expect(findOverlap({ from: 780, to: 820 }, others)).toBe(others[1]);
    expect(findOverlap({ from: 850, to: 870 }, others)?.id).toBe('c');
  });

  it('returns undefined for touching shifts', () => {
    expect(findOverlap({ from: 600, to: 720 }, others)).toBeUndefined();
  });

  it('returns undefined without other shifts', () => {
    expect(findOverlap({ from: 600, to: 720 }, [])).toBeUndefined();
  });
});

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
