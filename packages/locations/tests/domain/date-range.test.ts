import { describe, expect, it } from 'vitest';
import { dateRangeProblem } from '../../src/domain/date-range.ts';

describe('dateRangeProblem (BR-LO6)', () => {
  it('accepts one day and a range shorter than the bound', () => {
    expect(dateRangeProblem('2021-02-01', '2021-02-01', 31)).toBeNull();
    expect(dateRangeProblem('2021-01-01', '2021-01-31', 31)).toBeNull();
  });

  it('refuses a range of the bound or longer, naming what is bounded', () => {
    expect(dateRangeProblem('2021-01-01', '2021-02-01', 31, 'A roster')).toBe('A roster is at most 31 days');
    expect(dateRangeProblem('2021-01-01', '2022-01-02', 366)).toBe('A period is at most 366 days');
  });

  it('refuses a reversed range', () => {
    expect(dateRangeProblem('2021-02-01', '2021-01-31', 31)).toBe('`to` must not be before `from`');
  });
});
