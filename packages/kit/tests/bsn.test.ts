import { describe, expect, it } from 'vitest';
import { passesElfproef } from '../src/bsn.ts';

const VALID = ['111222333', '123456782', '999999990', '010000008'];

describe('passesElfproef', () => {
  it.each(VALID)('accepts the valid BSN %s', (bsn) => {
    expect(passesElfproef(bsn)).toBe(true);
  });

  it.each([
    ['123456789', 'fails the 11-proef'],
    ['000000000', 'all zeros'],
    ['12345678', 'eight digits'],
    ['1234567820', 'ten digits'],
    ['12345678a', 'a letter'],
    ['abcdefghi', 'only letters'],
    [' 11122233', 'a space'],
    ['111-222-333', 'separators'],
    ['', 'empty'],
  ])('refuses %s (%s)', (bsn) => {
    expect(passesElfproef(bsn)).toBe(false);
  });

  it.each(VALID)('refuses %s with any single digit changed', (bsn) => {
    let checked = 0;
    for (let position = 0; position < 9; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === bsn[position]) continue;
        const changed = `${bsn.slice(0, position)}${digit}${bsn.slice(position + 1)}`;
        expect(passesElfproef(changed), `${bsn} → ${changed}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBe(81);
  });
});
