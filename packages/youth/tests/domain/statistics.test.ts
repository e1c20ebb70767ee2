import { describe, expect, it } from 'vitest';
import { mayReadCaseload } from '../../src/domain/caseload.ts';
import { everyGroup, YOUTH_STATISTICS_CATALOGUE } from '../../src/domain/statistics.ts';

describe('youth statistics (BR-Y15)', () => {
  it('lists every route and every goal, zero included, in the code lists’ order', () => {
    expect(everyGroup(YOUTH_STATISTICS_CATALOGUE.routes, [{ key: 'JEUGDWET', n: '12' }])).toEqual([
      { key: 'SOCIALE_BASIS', n: 0 },
      { key: 'BASIS', n: 0 },
      { key: 'JEUGDWET', n: 12 },
    ]);
    expect(everyGroup(YOUTH_STATISTICS_CATALOGUE.goals, [])).toHaveLength(6);
  });

  it('lists every CBS reden beëindiging, 01–05 in order, zero included (BR-Y18)', () => {
    expect(everyGroup(YOUTH_STATISTICS_CATALOGUE.closeReasons, [{ key: 'EENZIJDIG_CLIENT', n: 3 }])).toEqual([
      { key: 'VOLGENS_PLAN', n: 0 },
      { key: 'VOORTIJDIG_IN_OVERLEG', n: 0 },
      { key: 'EENZIJDIG_CLIENT', n: 3 },
      { key: 'EENZIJDIG_AANBIEDER', n: 0 },
      { key: 'EXTERNE_OMSTANDIGHEDEN', n: 0 },
    ]);
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
