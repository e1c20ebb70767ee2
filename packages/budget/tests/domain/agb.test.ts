import { describe, expect, it } from 'vitest';
import { isAgbCode } from '../../src/domain/agb.ts';

describe('AGB code', () => {
  it('has exactly eight digits', () => {
    expect(isAgbCode('12345678')).toBe(true);
    expect(isAgbCode('01234567')).toBe(true);
    for (const wrong of ['1234567', '123456789', '1234567a', '', ' 12345678'])
      expect(isAgbCode(wrong)).toBe(false);
  });
});
