import type { SafetyCase } from '../../../src/domain/safety/case.ts';

/** Today in the rule tests. */
export const TODAY = '2021-06-01';

/** An open case with two children, opened by the basis, with the JET as process director. */
export const CASE: SafetyCase = {
  id: 'youth-case-1',
  openedOn: '2021-02-01',
  closedOn: null,
  childIds: ['client-child-a', 'client-child-b'],
  openedByOrganisationId: 'org-amaryllis',
  jetOrganisationIds: ['org-jet'],
};

/** The same case with only one child. */
export const ONE_CHILD: SafetyCase = { ...CASE, childIds: ['client-child-a'] };

export const MUNICIPALITY = {
  organisationId: 'org-gemeente-leeuwarden',
  organisationKind: 'MUNICIPALITY',
} as const;
export const BASIS = { organisationId: 'org-amaryllis', organisationKind: 'PROVIDER' } as const;
export const JET = { organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' } as const;
export const GI = { organisationId: 'org-gi', organisationKind: 'PARTNER' } as const;
