import { describe, expect, it } from 'vitest';
import { checkOpeningHours, checkPeriod } from '../../src/domain/periods.ts';

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
