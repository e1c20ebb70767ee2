import { describe, expect, it } from 'vitest';
import { datesOfWeek, toMinutes, toTime, WEEKDAYS, weekdayOf, weekStart } from '../../src/domain/time.ts';

describe('toMinutes and toTime', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['12:30', 750],
    ['23:59', 1439],
  ])('%s is minute %i and back', (time, minutes) => {
    expect(toMinutes(time)).toBe(minutes);
    expect(toTime(minutes)).toBe(time);
    expect(toTime(toMinutes(time))).toBe(time);
  });

  it('pads single-digit hours and minutes', () => {
    expect(toTime(65)).toBe('01:05');
  });

  it('writes the end of the day as 24:00', () => {
    expect(toTime(1440)).toBe('24:00');
    expect(toMinutes('24:00')).toBe(1440);
  });

  it('round-trips every minute of the day', () => {
    for (let minute = 0; minute <= 1440; minute++) expect(toMinutes(toTime(minute))).toBe(minute);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['2021-01-04', 'MONDAY'],
    ['2021-01-05', 'TUESDAY'],
    ['2021-01-07', 'THURSDAY'],
    ['2021-01-09', 'SATURDAY'],
    ['2021-01-10', 'SUNDAY'],
    ['2024-02-29', 'THURSDAY'],
    ['2020-12-31', 'THURSDAY'],
  ])('%s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('walks through the weekdays in order over consecutive dates', () => {
    const days = ['04', '05', '06', '07', '08', '09', '10'].map((d) => weekdayOf(`2021-01-${d}`));
    expect(days).toEqual([...WEEKDAYS]);
  });
});

describe('weekStart', () => {
  it.each([
    ['2021-01-10', '2021-01-04'],
    ['2021-01-04', '2021-01-04'],
    ['2021-01-07', '2021-01-04'],
    ['2021-01-11', '2021-01-11'],
    ['2021-01-01', '2020-12-28'],
    ['2021-01-03', '2020-12-28'],
    ['2024-03-02', '2024-02-26'],
    ['2024-03-03', '2024-02-26'],
  ])('the week of %s starts on %s', (date, monday) => {
    expect(weekStart(date)).toBe(monday);
    expect(weekdayOf(weekStart(date))).toBe('MONDAY');
  });
});

describe('datesOfWeek', () => {
  it('gives seven consecutive dates, Monday first, with their weekdays', () => {
    expect(datesOfWeek('2021-01-07')).toEqual([
      { date: '2021-01-04', weekday: 'MONDAY' },
      { date: '2021-01-05', weekday: 'TUESDAY' },
      { date: '2021-01-06', weekday: 'WEDNESDAY' },
      { date: '2021-01-07', weekday: 'THURSDAY' },
      { date: '2021-01-08', weekday: 'FRIDAY' },
      { date: '2021-01-09', weekday: 'SATURDAY' },
      { date: '2021-01-10', weekday: 'SUNDAY' },
    ]);
  });

  it('crosses a year boundary', () => {
    expect(datesOfWeek('2021-01-01').map((d) => d.date)).toEqual([
      '2020-12-28',
      '2020-12-29',
      '2020-12-30',
      '2020-12-31',
      '2021-01-01',
      '2021-01-02',
      '2021-01-03',
    ]);
  });

  it('crosses the end of February in a leap year', () => {
    expect(datesOfWeek('2024-02-29').map((d) => d.date)).toEqual([
      '2024-02-26',
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
      '2024-03-03',
    ]);
  });

  it('gives the same week for every day in it', () => {
    const week = datesOfWeek('2021-01-04');
    for (const { date } of week) expect(datesOfWeek(date)).toEqual(week);
  });

  it('matches weekdayOf for each date', () => {
    for (const { date, weekday } of datesOfWeek('2020-12-31')) expect(weekdayOf(date)).toBe(weekday);
  });
});
