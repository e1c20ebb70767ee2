import { describe, expect, it } from 'vitest';
import { RuleViolationError, unlessRefused } from '../../src/domain/errors.ts';

describe('unlessRefused', () => {
  it('passes the change a rule allowed through, and throws its refusal', () => {
    const change = { endedOn: '2021-06-01' };
    expect(unlessRefused(change)).toBe(change);
    const refusal = new RuleViolationError('id', 'The engagement has already ended');
    expect(() => unlessRefused(refusal)).toThrow(refusal);
  });
});
