import { checkName, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { refusalOf, throwIfRefused } from '../../src/domain/refusal.ts';

describe('refusals', () => {
  it('throws a refusal and passes anything else through', () => {
    const refusal = new ValidationError('name', 'No');
    expect(() => throwIfRefused(refusal)).toThrow(refusal);
    expect(throwIfRefused({ name: 'x' })).toEqual({ name: 'x' });
    expect(throwIfRefused(null)).toBeNull();
  });

  it("turns a kit check's thrown ValidationError into a returned one, and lets other errors through", () => {
    expect(refusalOf(() => checkName(' a '))).toBe('a');
    expect(refusalOf(() => checkName(' '))).toBeInstanceOf(ValidationError);
    expect(() =>
      refusalOf(() => {
        throw new RangeError('bug');
      }),
    ).toThrow(RangeError);
  });
});
