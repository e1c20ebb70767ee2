import { passesElfproef } from '@mienskip/kit/rules';

/**
 * Synthetic BSNs for seed and bench data, only from the test range of the *Standards note* §4a:
 * 999900006 … 999999990, the numbers from 999900000 to 999999999 that pass the 11-proef. No number
 * outside it is ever generated, so no generated BSN can belong to a real person.
 *
 * The range holds 9,091 such numbers (`BSN_CAPACITY`): residents beyond that many get no BSN
 * (`bsnOrNone`). An index is passed through a bijection of 0..9,090 (9,091 is prime: multiplying by
 * any number below it permutes the indexes), so neighbouring clients do not get neighbouring numbers.
 */
export const TEST_BSN_FIRST = '999900006';
export const TEST_BSN_LAST = '999999990';

let testBsns: readonly string[] | null = null;

/** Every number of the test range that passes the 11-proef, in order. */
export function testRangeBsns(): readonly string[] {
  if (!testBsns) {
    const numbers: string[] = [];
    for (let n = Number(TEST_BSN_FIRST); n <= Number(TEST_BSN_LAST); n++) {
      const bsn = String(n);
      if (passesElfproef(bsn)) numbers.push(bsn);
    }
    testBsns = numbers;
  }
  return testBsns;
}

/** How many residents can get a synthetic BSN: the valid numbers of the test range (9,091). */
export const BSN_CAPACITY = 9091;

const MULTIPLIER = 5_381;
const OFFSET = 2_718;

export function generateBsn(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= BSN_CAPACITY)
    throw new RangeError(`A synthetic BSN index is an integer from 0 to ${BSN_CAPACITY - 1}`);
  return testRangeBsns()[(index * MULTIPLIER + OFFSET) % BSN_CAPACITY]!;
}

/** The synthetic BSN of the `index`-th resident, or none (null) beyond the test range's capacity. */
export function bsnOrNone(index: number): string | null {
  return index < BSN_CAPACITY ? generateBsn(index) : null;
}
