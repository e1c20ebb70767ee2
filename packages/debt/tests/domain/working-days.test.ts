import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/domain/working-days.ts';
import { dutchGeneralHolidays, holidaysAround } from '../../src/store/holidays.ts';

const holidays = dutchGeneralHolidays(2020, 2026);

describe('the general holidays of the Algemene termijnenwet (BR-DB20)', () => {
  it('2021: nieuwjaarsdag, tweede paasdag 5 April, Koningsdag 27 April, 5 mei, Hemelvaart, tweede pinksterdag, both Christmas days', () => {
    expect([...dutchGeneralHolidays(2021, 2021)]).toEqual([
      '2021-01-01',
      '2021-04-05',
      '2021-04-27',
      '2021-05-05',
      '2021-05-13',
      '2021-05-24',
      '2021-12-25',
      '2021-12-26',
    ]);
  });

  it('2025: Koningsdag on Saturday 26 April, because 27 April is a Sunday', () => {
    const days = dutchGeneralHolidays(2025, 2025);
    expect(days.has('2025-04-26')).toBe(true);
    expect(days.has('2025-04-27')).toBe(false);
    expect(days.has('2025-04-21')).toBe(true); // tweede paasdag
    expect(days.has('2025-05-29')).toBe(true); // Hemelvaartsdag
    expect(days.has('2025-06-09')).toBe(true); // tweede pinksterdag
  });

  it('Goede Vrijdag is not a general holiday of the Atw: a working day', () => {
    expect(holidays.has('2021-04-02')).toBe(false);
    expect(isWorkingDay('2021-04-02', holidays)).toBe(true);
    expect(holidays.has('2025-04-18')).toBe(false);
  });

  it('5 mei is a holiday every year, not only every fifth', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025]) expect(holidays.has(`${year}-05-05`)).toBe(true);
  });

  it('before 2014 the Queen’s day (Koninginnedag, 30 April)', () => {
    expect(dutchGeneralHolidays(2013, 2013).has('2013-04-30')).toBe(true);
  });

  it('eight days a year; around a late December report the next year too', () => {
    expect(dutchGeneralHolidays(2020, 2026).size).toBe(7 * 8);
    expect(holidaysAround('2025-12-30').has('2026-01-01')).toBe(true);
  });
});

describe('working days (BR-DB20)', () => {
  it('skips weekends and holidays, counting from the day after', () => {
    expect(addWorkingDays('2021-03-03', 3, holidays)).toBe('2021-03-08'); // Wed → Mon over a weekend
    expect(addWorkingDays('2021-03-03', 0, holidays)).toBe('2021-03-03');
    expect(addWorkingDays('2021-04-06', 1, holidays)).toBe('2021-04-07');
  });

  it('over Easter: Goede Vrijdag counts, Easter Monday does not', () => {
    // Thu 1 April 2021: Fri 2 (1), Mon 5 tweede paasdag skipped, Tue 6 (2), Wed 7 (3).
    expect(addWorkingDays('2021-04-01', 3, holidays)).toBe('2021-04-07');
    expect(workingDaysBetween('2021-04-01', '2021-04-07', holidays)).toBe(3);
    expect(workingDaysBetween('2021-04-01', '2021-04-05', holidays)).toBe(1);
  });

  it('over Christmas and New Year', () => {
    // Wed 23 Dec 2020: Thu 24 (1), Fri 25 and Sat/Sun skipped, Mon 28 (2), Tue 29 (3).
    expect(addWorkingDays('2020-12-23', 3, holidays)).toBe('2020-12-29');
    // Wed 30 Dec 2020: Thu 31 (1), Fri 1 Jan skipped, Mon 4 (2), Tue 5 (3).
    expect(addWorkingDays('2020-12-30', 3, holidays)).toBe('2021-01-05');
  });

  it('over Koningsdag', () => {
    // Fri 23 April 2021: Mon 26 (1), Tue 27 Koningsdag skipped, Wed 28 (2), Thu 29 (3).
    expect(addWorkingDays('2021-04-23', 3, holidays)).toBe('2021-04-29');
  });

  it('without the holidays the count differs: they are data the rule takes', () => {
    expect(addWorkingDays('2021-04-23', 3, new Set())).toBe('2021-04-28');
  });

  it('counts back and between in either order', () => {
    expect(addWorkingDays('2021-04-07', -3, holidays)).toBe('2021-04-01');
    expect(workingDaysBetween('2021-04-07', '2021-04-01', holidays)).toBe(-3);
    expect(workingDaysBetween('2021-04-03', '2021-04-05', holidays)).toBe(0);
  });
});
