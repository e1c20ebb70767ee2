import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { mayReadCaseload } from '../../src/domain/caseload.ts';
import { checkPeriod, everyGroup, YOUTH_STATISTICS_CATALOGUE } from '../../src/domain/statistics.ts';

describe('youth statistics (BR-Y15)', () => {
  it('lists every route and every goal, zero included, in the code lists’ order', () => {
    expect(everyGroup(YOUTH_STATISTICS_CATALOGUE.routes, [{ key: 'JEUGDWET', n: '12' }])).toEqual([
      { key: 'SOCIALE_BASIS', n: 0 },
      { key: 'BASIS', n: 0 },
      { key: 'JEUGDWET', n: 12 },
    ]);
    expect(everyGroup(YOUTH_STATISTICS_CATALOGUE.goals, [])).toHaveLength(6);
  });

  it('refuses a period that ends before it starts or is longer than ten years', () => {
    expect(checkPeriod('2021-01-01', '2021-12-31')).toBeNull();
    expect(checkPeriod('2021-01-01', '2020-12-31')).toBeInstanceOf(ValidationError);
    expect(checkPeriod('2010-01-01', '2020-01-02')).toBeInstanceOf(ValidationError);
  });
});

describe('the youth caseload (BR-Y14)', () => {
  it('is read by a service or by the organisation itself, by nobody else', () => {
    expect(mayReadCaseload({ keyId: 'service:clients', organisationId: 'service:clients' }, 'org-jet')).toBe(
      true,
    );
    expect(mayReadCaseload({ keyId: 'key-1', organisationId: 'org-jet' }, 'org-jet')).toBe(true);
    expect(mayReadCaseload({ keyId: 'key-2', organisationId: 'org-amaryllis' }, 'org-jet')).toBe(false);
  });
});
