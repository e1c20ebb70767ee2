import { describe, expect, it } from 'vitest';
import { isWholeMonths, periodLabel, previousLabel, previousYear } from '../../src/report/period.ts';

describe('report periods', () => {
  it('labels a year, a quarter (kwartaal) and a month as the council reads them', () => {
    expect(periodLabel({ from: '2021-01-01', to: '2021-12-31' })).toBe('2021');
    expect(periodLabel({ from: '2021-01-01', to: '2021-03-31' })).toBe('2021-K1');
    expect(periodLabel({ from: '2021-10-01', to: '2021-12-31' })).toBe('2021-K4');
    expect(periodLabel({ from: '2021-03-01', to: '2021-03-31' })).toBe('2021-03');
    expect(periodLabel({ from: '2024-02-01', to: '2024-02-29' })).toBe('2024-02');
    // Anything else is an interval of days.
    expect(periodLabel({ from: '2021-02-01', to: '2021-04-30' })).toBe('2021-02-01/2021-04-30');
    expect(periodLabel({ from: '2021-01-05', to: '2021-01-31' })).toBe('2021-01-05/2021-01-31');
    expect(periodLabel({ from: '2021-07-01', to: '2022-06-30' })).toBe('2021-07-01/2022-06-30');
  });

  it('finds the same period a year earlier, and its label', () => {
    expect(previousYear({ from: '2021-01-01', to: '2021-12-31' })).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(previousYear({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(previousLabel('2021-K1')).toBe('2020-K1');
    expect(previousLabel('2021')).toBe('2020');
    expect(previousLabel('2021-03')).toBe('2020-03');
    expect(previousLabel('2021-02-01/2021-04-30')).toBe('2020-02-01/2020-04-30');
  });

  it('tells whole calendar months apart', () => {
    expect(isWholeMonths({ from: '2021-01-01', to: '2021-06-30' })).toBe(true);
    expect(isWholeMonths({ from: '2021-01-02', to: '2021-06-30' })).toBe(false);
    expect(isWholeMonths({ from: '2021-01-01', to: '2021-06-29' })).toBe(false);
  });
});
