import type { Caller } from '@mienskip/kit/rules';
import type { Scope } from '@mienskip/kit/scopes';
import { describe, expect, it } from 'vitest';
import { publishedCaseload, publishedCount } from '../../src/domain/published-counts.ts';

const caller = (...scopes: Scope[]): Caller => ({
  keyId: 'key-1',
  organisationId: 'org-gemeente-leeuwarden',
  organisationKind: 'MUNICIPALITY',
  scopes: new Set(scopes),
  requestId: 'request-1',
});
const analyst = caller('clients:read', 'statistics');
const caseworker = caller('clients:read', 'personal-data');

describe('counts of residents outside the statistics (BR-KT1)', () => {
  it("publishes a list's total exactly only to a key with personal-data", () => {
    for (const n of [0, 1, 7, 8, 12, 13, 4321]) expect(publishedCount(caseworker, n)).toBe(n);
  });

  it('keeps a total of 0–7 secret (null, never 0) for any other key, filtered or not, a municipal key too', () => {
    for (const n of [0, 1, 7]) expect(publishedCount(analyst, n)).toBeNull();
    expect(publishedCount(caller(), 3)).toBeNull();
    expect(
      publishedCount({ ...analyst, organisationKind: 'PROVIDER', organisationId: 'org-x' }, 5),
    ).toBeNull();
  });

  it('rounds a larger total to the nearest five for a key without personal-data', () => {
    expect([8, 12, 13, 4321, 20_000].map((n) => publishedCount(analyst, n))).toEqual([
      10, 10, 15, 4320, 20_000,
    ]);
    expect(publishedCount(analyst, 12n)).toBe(10);
  });

  it('lists every pillar of a caseload, a pillar without engagements as a count under the rule', () => {
    const counts = [
      { pillar: 'AANVULLEND' as const, clients: 123 },
      { pillar: 'BASIS' as const, clients: 3 },
    ];
    expect(publishedCaseload(analyst, counts)).toEqual([
      { pillar: 'SOCIALE_BASIS', clients: null },
      { pillar: 'BASIS', clients: null },
      { pillar: 'AANVULLEND', clients: 125 },
    ]);
    expect(publishedCaseload(caseworker, counts)).toEqual([
      { pillar: 'SOCIALE_BASIS', clients: 0 },
      { pillar: 'BASIS', clients: 3 },
      { pillar: 'AANVULLEND', clients: 123 },
    ]);
  });
});
