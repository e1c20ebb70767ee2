import { describe, expect, it } from 'vitest';
import { findOverlap, isWithinOpeningHours } from '../../src/domain/shift.ts';

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
