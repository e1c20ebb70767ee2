import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  checkVisitCounts,
  type DayVisits,
  MAX_DAILY_COUNT,
  planVisits,
  totalOf,
} from '../../src/domain/visits.ts';

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

describe('planVisits (BR-LO4)', () => {
  const TODAY = '2021-03-01';
  const INPUT: DayVisits = { roomId: 'room-de-klomp', date: TODAY, visitors: 3, supportRequests: 1 };
  const ROOM = { id: 'room-de-klomp' };

  it('adds counts for today or a day before', () => {
    expect(planVisits(INPUT, TODAY, ROOM)).toEqual(INPUT);
    expect(planVisits({ ...INPUT, date: '2020-12-31' }, TODAY, ROOM)).toMatchObject({ date: '2020-12-31' });
  });

  it('refuses implausible counts on their field', () => {
    expect(planVisits({ ...INPUT, visitors: -1 }, TODAY, ROOM)).toEqual(
      new ValidationError('visitors', 'A count is a whole number, zero or more'),
    );
    expect(planVisits({ ...INPUT, visitors: 0, supportRequests: 0 }, TODAY, ROOM)).toMatchObject({
      field: 'visitors',
    });
  });

  it('refuses a day in the future', () => {
    expect(planVisits({ ...INPUT, date: '2021-03-02' }, TODAY, ROOM)).toEqual(
      new ValidationError('date', 'The day lies in the future'),
    );
  });

  it('refuses an unknown room, after the counts and the day', () => {
    expect(planVisits(INPUT, TODAY, undefined)).toEqual(new NotFoundError('Room', 'room-de-klomp'));
    expect(planVisits({ ...INPUT, date: '2999-01-01' }, TODAY, undefined)).toMatchObject({ field: 'date' });
  });
});

describe('totalOf', () => {
  it('sums one count over rooms, exactly (the small-number rule applies to the total afterwards)', () => {
    const rooms = [
      { visitors: 3, supportRequests: 1 },
      { visitors: 4, supportRequests: 0 },
      { visitors: 0, supportRequests: 2 },
    ];
    expect(totalOf(rooms, 'visitors')).toBe(7);
    expect(totalOf(rooms, 'supportRequests')).toBe(3);
    expect(totalOf([], 'visitors')).toBe(0);
  });
});
