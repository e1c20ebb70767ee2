import { checkName, NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { attempt, found, orThrow, refusalOf } from '../../src/domain/decision.ts';

describe('orThrow', () => {
  it('returns the change a decision allows', () => {
    const change = { status: 'OPEN' };
    expect(orThrow(change)).toBe(change);
  });

  it('throws the refusal, for the mutation payload', () => {
    const refusal = new ValidationError('to', 'The end must be after the start');
    expect(() => orThrow(refusal)).toThrow(refusal);
  });
});

describe('found', () => {
  it('passes a row that was found', () => {
    expect(found('Room', 'room-a', { id: 'room-a' })).toEqual({ id: 'room-a' });
  });

  it.each([undefined, null])('refuses %s as absent, naming the entity and id', (row) => {
    expect(found('PresenceSlot', 'presence-x', row)).toEqual(new NotFoundError('PresenceSlot', 'presence-x'));
  });
});

describe('attempt', () => {
  it("returns a throwing check's result", () => {
    expect(attempt(() => checkName('  De Skalm '))).toBe('De Skalm');
  });

  it("returns a throwing check's typed refusal instead of throwing it", () => {
    expect(attempt(() => checkName('  '))).toMatchObject({ name: 'ValidationError', field: 'name' });
  });

  it('lets an error that is no refusal through', () => {
    expect(() =>
      attempt(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('refusalOf', () => {
  it('makes a broken input rule a ValidationError on its field', () => {
    const refusal = refusalOf({ field: 'moments.2.to', message: 'The end must be after the start' });
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'moments.2.to', message: 'The end must be after the start' });
  });
});
