import { passesElfproef } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { BSN_CAPACITY, generateBsn } from '../../src/domain/bsn-generator.ts';

describe('generateBsn', () => {
  it('gives 25,000 distinct nine-digit numbers that all pass the 11-proef', () => {
    const numbers = Array.from({ length: 25_000 }, (_, i) => generateBsn(i));
    expect(new Set(numbers).size).toBe(25_000);
    expect(numbers.every((bsn) => /^\d{9}$/.test(bsn))).toBe(true);
    expect(numbers.filter((bsn) => !passesElfproef(bsn))).toEqual([]);
  });

  it('is deterministic and does not hand out neighbouring numbers to neighbouring indexes', () => {
    expect(generateBsn(0)).toBe(generateBsn(0));
    expect(generateBsn(41)).toBe(generateBsn(41));
    expect(Math.abs(Number(generateBsn(1)) - Number(generateBsn(0)))).toBeGreaterThan(1000);
  });

  it('stays valid up to its capacity, including where the check digit needs the correction digit', () => {
    const sample = [BSN_CAPACITY - 1, ...Array.from({ length: 2000 }, (_, i) => i * 499)];
    expect(sample.map(generateBsn).filter((bsn) => !passesElfproef(bsn))).toEqual([]);
    // About one prefix in eleven has remainder 10 and gets the correction digit 1.
    const corrected = Array.from({ length: 11_000 }, (_, i) => generateBsn(i)).filter(
      (bsn) => bsn[7] === '1',
    );
    expect(corrected.length).toBeGreaterThan(700);
  });

  it('refuses an index outside its range', () => {
    expect(() => generateBsn(-1)).toThrow(RangeError);
    expect(() => generateBsn(BSN_CAPACITY)).toThrow(RangeError);
    expect(() => generateBsn(1.5)).toThrow(RangeError);
  });

  it('agrees with the 11-proef on a known invalid number', () => {
    expect(passesElfproef('123456789')).toBe(false);
  });
});
