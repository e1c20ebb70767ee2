import { describe, expect, it } from 'vitest';
import {
  caseloadHouseholds,
  clientVisibility,
  mustFailWithoutCaseloads,
  needsCaseloads,
} from '../../src/domain/visibility.ts';

describe('which residents a key sees (BR-KT2, BR-KT4)', () => {
  it('gives the municipality every resident', () => {
    expect(
      clientVisibility({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }),
    ).toEqual({ kind: 'ALL' });
  });

  it('gives a municipal team (the JET, Sociale Zaken) the households where it holds regie and those youth and debt list for it', () => {
    expect(
      clientVisibility({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' }, [
        'household-000040',
      ]),
    ).toEqual({ kind: 'TEAM', organisationId: 'org-jet', caseloadHouseholdIds: ['household-000040'] });
    expect(
      clientVisibility({ organisationId: 'org-sociale-zaken', organisationKind: 'MUNICIPAL_TEAM' }),
    ).toEqual({ kind: 'TEAM', organisationId: 'org-sociale-zaken', caseloadHouseholdIds: [] });
  });

  it('asks youth and debt for every key but the municipality’s, and fails only a team’s request without them', () => {
    expect(
      needsCaseloads({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }),
    ).toBe(false);
    expect(mustFailWithoutCaseloads({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' })).toBe(
      true,
    );
    for (const organisationKind of [
      'MUNICIPAL_TEAM',
      'PROVIDER',
      'VOLUNTEER_ORGANISATION',
      'PARTNER',
    ] as const)
      expect(needsCaseloads({ organisationId: 'org-x', organisationKind })).toBe(true);
    for (const organisationKind of ['PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const)
      expect(mustFailWithoutCaseloads({ organisationId: 'org-x', organisationKind })).toBe(false);
    // What youth or debt would list never narrows or widens the municipality's sight.
    expect(
      clientVisibility({ organisationId: 'org-gemeente-leeuwarden', organisationKind: 'MUNICIPALITY' }, [
        'household-000040',
      ]),
    ).toEqual({ kind: 'ALL' });
  });

  it('gives any other organisation the residents with an engagement at it and the households youth and debt list for it', () => {
    for (const organisationKind of ['PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER'] as const) {
      expect(clientVisibility({ organisationId: 'org-x', organisationKind })).toEqual({
        kind: 'ENGAGED',
        organisationId: 'org-x',
        caseloadHouseholdIds: [],
      });
      expect(clientVisibility({ organisationId: 'org-x', organisationKind }, ['household-000040'])).toEqual({
        kind: 'ENGAGED',
        organisationId: 'org-x',
        caseloadHouseholdIds: ['household-000040'],
      });
    }
  });

  it('joins the households youth and debt list into one list, each household once (BR-CL17)', () => {
    expect(caseloadHouseholds([], [])).toEqual([]);
    expect(
      caseloadHouseholds(['household-000040', 'household-000041'], ['household-000041', 'household-000042']),
    ).toEqual(['household-000040', 'household-000041', 'household-000042']);
    expect(caseloadHouseholds([], ['household-000042'])).toEqual(['household-000042']);
  });
});
