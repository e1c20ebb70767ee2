import { passesElfproef } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  BSN_CAPACITY,
  bsnOrNone,
  generateBsn,
  TEST_BSN_FIRST,
  TEST_BSN_LAST,
  testRangeBsns,
} from '../../src/domain/bsn-generator.ts';

/** The *Standards note* §4a: test BSNs that pass the 11-proef fall in 999900006 … 999999990. */
const inTestRange = (bsn: string) =>
  /^\d{9}$/.test(bsn) && bsn >= '999900006' && bsn <= '999999990' && passesElfproef(bsn);

describe('generateBsn (BR-CL1)', () => {
  it('knows the test range: 9,091 numbers from 999900006 to 999999990 that pass the 11-proef', () => {
    expect([TEST_BSN_FIRST, TEST_BSN_LAST]).toEqual(['999900006', '999999990']);
    const all = testRangeBsns();
    expect(all).toHaveLength(9091);
    expect(BSN_CAPACITY).toBe(9091);
    expect([all[0], all.at(-1)]).toEqual(['999900006', '999999990']);
    // Nothing else between 999900000 and 999999999 passes the proef.
    let passing = 0;
    for (let n = 999_900_000; n <= 999_999_999; n++) if (passesElfproef(String(n))) passing++;
    expect(passing).toBe(9091);
  });

  it('gives every number of the test range once, and only those', () => {
    const numbers = Array.from({ length: BSN_CAPACITY }, (_, i) => generateBsn(i));
    expect(new Set(numbers).size).toBe(BSN_CAPACITY);
    expect(numbers.filter((bsn) => !inTestRange(bsn))).toEqual([]);
  });

  it('gives no BSN beyond the test range’s capacity, never one outside the range', () => {
    const numbers = Array.from({ length: 25_000 }, (_, i) => bsnOrNone(i));
    expect(numbers.slice(0, BSN_CAPACITY).every((bsn) => bsn !== null && inTestRange(bsn))).toBe(true);
    expect(numbers.slice(BSN_CAPACITY).every((bsn) => bsn === null)).toBe(true);
  });

  it('is deterministic and does not hand out neighbouring numbers to neighbouring indexes', () => {
    expect(generateBsn(0)).toBe(generateBsn(0));
    expect(generateBsn(41)).toBe(generateBsn(41));
    expect(Math.abs(Number(generateBsn(1)) - Number(generateBsn(0)))).toBeGreaterThan(1000);
  });

  it('refuses an index outside its range', () => {
    expect(() => generateBsn(-1)).toThrow(RangeError);
    expect(() => generateBsn(BSN_CAPACITY)).toThrow(RangeError);
    expect(() => generateBsn(1.5)).toThrow(RangeError);
  });
});
