import { describe, expect, it } from 'vitest';
import { publishCount, publishTable, statisticsPeriodRefusal } from '../src/statistics.ts';

const shown = (value: number) => ({ value, secret: false, rounded: true, suppressed: false });
const secret = { value: null, secret: true, rounded: false, suppressed: false };
const suppressed = { value: null, secret: false, rounded: false, suppressed: true };

describe('publishCount (BR-KT1)', () => {
  it('hides 0–7, rounds larger counts to fives, and is exact for who may see it', () => {
    expect([0, 7, 8, 12, 13].map((n) => publishCount(n, false))).toEqual([
      secret,
      secret,
      shown(10),
      shown(10),
      shown(15),
    ]);
    expect(publishCount(3, true)).toEqual({ value: 3, secret: false, rounded: false, suppressed: false });
  });
});

describe('publishTable: complementary suppression (BR-KT5)', () => {
  it('suppresses the smallest part still shown when one part is secret, so that no subtraction finds it', () => {
    const table = publishTable(63, [3, 40, 20], false);
    expect(table).toEqual({ total: shown(65), parts: [secret, shown(40), suppressed] });
  });

  it('suppresses further parts while the hidden parts together are 7 or less', () => {
    // Two secret parts of 1 and 2: together 3, which the total minus the rest would show.
    const table = publishTable(61, [1, 2, 9, 49], false);
    expect(table.parts).toEqual([secret, secret, suppressed, shown(50)]);
    expect(table.total).toEqual(shown(60));
  });

  it('leaves a table alone when no part is hidden or the hidden parts together are more than 7', () => {
    expect(publishTable(30, [10, 20], false)).toEqual({ total: shown(30), parts: [shown(10), shown(20)] });
    expect(publishTable(20, [5, 6, 9], false).parts).toEqual([secret, secret, shown(10)]);
    expect(publishTable(12, [5, 7], false)).toEqual({ total: shown(10), parts: [secret, secret] });
  });

  it('hides nothing more when every part is hidden, and suppresses the total when no part is left to suppress', () => {
    expect(publishTable(13, [3, 10], false)).toEqual({ total: shown(15), parts: [secret, suppressed] });
    expect(publishTable(9, [2, 3, 4], false)).toEqual({ total: shown(10), parts: [secret, secret, secret] });
    // Parts that cover only some of the total: the one secret part would follow from the total minus the rest.
    expect(publishTable(13, [3], false)).toEqual({ total: suppressed, parts: [secret] });
  });

  it('keeps a secret total as it is, and shows everything exactly to who may see it', () => {
    expect(publishTable(5, [2, 3], false)).toEqual({ total: secret, parts: [secret, secret] });
    const exact = (value: number) => ({ value, secret: false, rounded: false, suppressed: false });
    expect(publishTable(63, [3, 40, 20], true)).toEqual({
      total: exact(63),
      parts: [exact(3), exact(40), exact(20)],
    });
  });
});

describe('statisticsPeriodRefusal: whole calendar months (BR-KT5)', () => {
  it('takes a month, a quarter, a year or any run of whole months', () => {
    for (const [from, to] of [
      ['2021-02-01', '2021-02-28'],
      ['2020-02-01', '2020-02-29'],
      ['2021-04-01', '2021-06-30'],
      ['2021-01-01', '2021-12-31'],
      ['2020-11-01', '2021-03-31'],
    ] as const) {
      expect(statisticsPeriodRefusal(from, to, false)).toBeNull();
    }
  });

  it('refuses a period that does not start on the first or end on the last day of a month', () => {
    expect(statisticsPeriodRefusal('2021-01-02', '2021-12-31', false)).toMatchObject({ field: 'from' });
    expect(statisticsPeriodRefusal('2021-01-01', '2021-12-30', false)).toMatchObject({ field: 'to' });
    expect(statisticsPeriodRefusal('2021-01-01', '2021-02-28', false)).toBeNull();
  });

  it('lets a key that sees exact counts ask any period', () => {
    expect(statisticsPeriodRefusal('2021-01-02', '2021-01-09', true)).toBeNull();
  });
});
