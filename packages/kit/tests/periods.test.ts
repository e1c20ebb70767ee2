import { describe, expect, it } from 'vitest';
import { MAX_PERIODS, periodsOf, statisticsPeriodCheck } from '../src/periods.ts';

describe('cutting a reporting period into the rows of a table', () => {
  const year = { from: '2021-01-01', to: '2021-12-31' };

  it('gives the calendar quarters, months or years of the period, in order', () => {
    expect(periodsOf(year, 'QUARTER')).toEqual([
      { from: '2021-01-01', to: '2021-03-31' },
      { from: '2021-04-01', to: '2021-06-30' },
      { from: '2021-07-01', to: '2021-09-30' },
      { from: '2021-10-01', to: '2021-12-31' },
    ]);
    const months = periodsOf(year, 'MONTH');
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ from: '2021-02-01', to: '2021-02-28' });
    expect(periodsOf({ from: '2020-01-01', to: '2021-12-31' }, 'YEAR')).toEqual([
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2021-01-01', to: '2021-12-31' },
    ]);
  });

  it('cuts the first and last block to the period asked', () => {
    expect(periodsOf({ from: '2021-02-01', to: '2021-08-31' }, 'QUARTER')).toEqual([
      { from: '2021-02-01', to: '2021-03-31' },
      { from: '2021-04-01', to: '2021-06-30' },
      { from: '2021-07-01', to: '2021-08-31' },
    ]);
    expect(periodsOf({ from: '2021-11-01', to: '2022-02-28' }, 'YEAR')).toEqual([
      { from: '2021-11-01', to: '2021-12-31' },
      { from: '2022-01-01', to: '2022-02-28' },
    ]);
  });

  it('is the period itself without a grain', () => {
    expect(periodsOf(year)).toEqual([year]);
    expect(periodsOf(year, null)).toEqual([year]);
  });

  it('refuses a period that ends before it starts, runs over ten years, or has too many rows', () => {
    expect(statisticsPeriodCheck({ from: '2021-02-01', to: '2021-01-31' })?.field).toBe('to');
    expect(statisticsPeriodCheck({ from: '2010-01-01', to: '2020-01-02' })?.message).toMatch(/ten years/);
    expect(statisticsPeriodCheck({ from: '2010-01-01', to: '2020-01-01' })).toBeNull();
    const tooMany = statisticsPeriodCheck({ from: '2010-01-01', to: '2020-01-01' }, 'MONTH');
    expect(tooMany?.field).toBe('grain');
    expect(periodsOf({ from: '2011-01-01', to: '2020-12-31' }, 'MONTH')).toHaveLength(MAX_PERIODS);
    expect(statisticsPeriodCheck({ from: '2011-01-01', to: '2020-12-31' }, 'MONTH')).toBeNull();
  });
});
