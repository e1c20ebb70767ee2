import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { checkPeriod } from '../../src/domain/statistics.ts';

describe('a reporting period', () => {
  it('may be one day long, and does not end before it starts', () => {
    expect(checkPeriod('2021-01-01', '2021-01-01')).toBeNull();
    expect(checkPeriod('2021-01-01', '2021-12-31')).toBeNull();
    const refusal = checkPeriod('2021-01-01', '2020-12-31');
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'to' });
  });
});
