import { describe, expect, it } from 'vitest';
import { type Caller, isMunicipal, mayReadRowsOf, type OrganisationKind } from '../src/rules.ts';

const caller = (organisationId: string, organisationKind: OrganisationKind): Caller => ({
  keyId: 'key',
  organisationId,
  organisationKind,
  scopes: new Set(),
  requestId: 'request',
});

describe('municipal rights (BR-KT2, BR-KT4)', () => {
  it('belong to the municipality only, not to a municipal team such as the JET or Sociale Zaken', () => {
    expect(isMunicipal(caller('org-gemeente-leeuwarden', 'MUNICIPALITY'))).toBe(true);
    for (const kind of ['MUNICIPAL_TEAM', 'PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const)
      expect(isMunicipal(caller('org-jet', kind))).toBe(false);
  });

  it('let a municipal team read its own rows and no other organisation’s', () => {
    const jet = caller('org-jet', 'MUNICIPAL_TEAM');
    expect(mayReadRowsOf(jet, 'org-jet')).toBe(true);
    expect(mayReadRowsOf(jet, 'org-amaryllis')).toBe(false);
    expect(mayReadRowsOf(caller('org-gemeente-leeuwarden', 'MUNICIPALITY'), 'org-amaryllis')).toBe(true);
  });
});
