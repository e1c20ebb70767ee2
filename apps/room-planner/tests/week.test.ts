import { describe, expect, it } from 'vitest';
import { addWeeks, isoWeek, localToday, mondayOf, SEEDED_WEEK, shortDate } from '../src/week.ts';

describe('weeks as the graph counts them', () => {
  it('names a week by its Monday, from any of its days', () => {
    expect(mondayOf('2021-01-04')).toBe('2021-01-04');
    expect(mondayOf('2021-01-10')).toBe('2021-01-04');
    expect(mondayOf('2021-01-01')).toBe('2020-12-28');
    // Summer time starts on Sunday 28 March 2021 in the Netherlands: no day is lost.
    expect(mondayOf('2021-03-28')).toBe('2021-03-22');
    expect(mondayOf('2021-03-29')).toBe('2021-03-29');
  });

  it('refuses what is no calendar date', () => {
    expect(mondayOf('2021-02-30')).toBeUndefined();
    expect(mondayOf('4-1-2021')).toBeUndefined();
    expect(mondayOf('')).toBeUndefined();
  });

  it('steps whole weeks, across years', () => {
    expect(addWeeks('2020-12-28', 1)).toBe('2021-01-04');
    expect(addWeeks('2021-01-04', -1)).toBe('2020-12-28');
  });

  it('numbers ISO weeks by the year of their Thursday', () => {
    expect(isoWeek(SEEDED_WEEK)).toEqual({ year: 2021, week: 1 });
    expect(isoWeek('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2026-11-29')).toEqual({ year: 2026, week: 48 });
  });

  it('takes today in the local time zone', () => {
    expect(localToday(new Date(2021, 0, 4, 23, 59))).toBe('2021-01-04');
  });

  it('writes a short date', () => {
    expect(shortDate('2021-01-05')).toBe('Tue 5 Jan');
  });
});
