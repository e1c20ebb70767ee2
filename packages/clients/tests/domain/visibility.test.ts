import { describe, expect, it } from 'vitest';
import { clientVisibility } from '../../src/domain/visibility.ts';

describe('which residents a key sees (BR-KT2, BR-KT4)', () => {
  it('gives the municipality every resident', () => {
    expect(
      clientVisibility({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }),
    ).toEqual({ kind: 'ALL' });
  });

  it('gives a municipal team (the JET, Sociale Zaken) only the households where it holds regie', () => {
    expect(clientVisibility({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' })).toEqual({
      kind: 'REGIE',
      organisationId: 'org-jet',
    });
    expect(
      clientVisibility({ organisationId: 'org-sociale-zaken', organisationKind: 'MUNICIPAL_TEAM' }),
    ).toEqual({ kind: 'REGIE', organisationId: 'org-sociale-zaken' });
  });

  it('gives any other organisation the residents with an engagement at it', () => {
    for (const organisationKind of ['PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const)
      expect(clientVisibility({ organisationId: 'org-x', organisationKind })).toEqual({
        kind: 'ENGAGED',
        organisationId: 'org-x',
      });
  });
});
