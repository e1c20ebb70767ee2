import { describe, expect, it } from 'vitest';
import { clientVisibility, mustFailWithoutYouth, needsYouthCaseload } from '../../src/domain/visibility.ts';

describe('which residents a key sees (BR-KT2, BR-KT4)', () => {
  it('gives the municipality every resident', () => {
    expect(
      clientVisibility({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }),
    ).toEqual({ kind: 'ALL' });
  });

  it('gives a municipal team (the JET, Sociale Zaken) the households where it holds regie and those youth lists for it', () => {
    expect(
      clientVisibility({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' }, [
        'household-000040',
      ]),
    ).toEqual({ kind: 'TEAM', organisationId: 'org-jet', youthHouseholdIds: ['household-000040'] });
    expect(
      clientVisibility({ organisationId: 'org-sociale-zaken', organisationKind: 'MUNICIPAL_TEAM' }),
    ).toEqual({ kind: 'TEAM', organisationId: 'org-sociale-zaken', youthHouseholdIds: [] });
  });

  it('asks youth for every key but the municipality’s, and fails only a team’s request without it', () => {
    expect(
      needsYouthCaseload({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }),
    ).toBe(false);
    expect(mustFailWithoutYouth({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' })).toBe(
      true,
    );
    for (const organisationKind of [
      'MUNICIPAL_TEAM',
      'PROVIDER',
      'VOLUNTEER_ORGANISATION',
      'PARTNER',
    ] as const)
      expect(needsYouthCaseload({ organisationId: 'org-x', organisationKind })).toBe(true);
    for (const organisationKind of ['PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const)
      expect(mustFailWithoutYouth({ organisationId: 'org-x', organisationKind })).toBe(false);
    // What youth would list never narrows or widens the municipality's sight.
    expect(
      clientVisibility({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }, [
        'household-000040',
      ]),
    ).toEqual({ kind: 'ALL' });
  });

  it('gives any other organisation the residents with an engagement at it and the households youth lists for it', () => {
    for (const organisationKind of ['PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const) {
      expect(clientVisibility({ organisationId: 'org-x', organisationKind })).toEqual({
        kind: 'ENGAGED',
        organisationId: 'org-x',
        youthHouseholdIds: [],
      });
      expect(clientVisibility({ organisationId: 'org-x', organisationKind }, ['household-000040'])).toEqual({
        kind: 'ENGAGED',
        organisationId: 'org-x',
        youthHouseholdIds: ['household-000040'],
      });
    }
  });
});
