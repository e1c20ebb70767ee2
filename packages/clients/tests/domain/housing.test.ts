import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../../src/domain/errors.ts';
import { solveHousingLink } from '../../src/domain/housing.ts';

describe('housing tied to care (BR-CL9)', () => {
  it('is solved on the day given, or today', () => {
    expect(solveHousingLink({ status: 'OPEN' }, '2021-03-01', '2021-06-01')).toEqual({
      status: 'SOLVED',
      solvedOn: '2021-03-01',
    });
    expect(solveHousingLink({ status: 'OPEN' }, null, '2021-06-01')).toMatchObject({
      solvedOn: '2021-06-01',
    });
  });

  it('is solved once', () => {
    const refusal = solveHousingLink({ status: 'SOLVED' }, null, '2021-06-01');
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'id' });
  });
});
