import { describe, expect, it } from 'vitest';
import { caseHolderRefusal, lightSupportGiverRefusal } from '../../src/domain/case-holders.ts';
import { NotCaseHolderError } from '../../src/domain/errors.ts';

const CASE = { id: 'case-1', openedByOrganisationId: 'org-basis', jetOrganisationIds: ['org-jet'] };
const municipality = { organisationId: 'org-gemeente', organisationKind: 'MUNICIPALITY' as const };
const provider = (organisationId: string) => ({ organisationId, organisationKind: 'PROVIDER' as const });

describe('who adds an organisation to a case (BR-Y17)', () => {
  it('lets the municipality, the case’s basis and its JET refer or start a GI cooperation', () => {
    expect(caseHolderRefusal(municipality, CASE, 'refer')).toBeUndefined();
    expect(caseHolderRefusal(provider('org-basis'), CASE, 'refer')).toBeUndefined();
    expect(
      caseHolderRefusal({ organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' }, CASE, 'refer'),
    ).toBeUndefined();
  });

  it('refuses a provider the case was referred to, or a GI, that sees the case', () => {
    const refusal = caseHolderRefusal(
      provider('org-jeugdhulpaanbieder'),
      CASE,
      'refer the case to youth care',
    );
    expect(refusal).toBeInstanceOf(NotCaseHolderError);
    expect(refusal).toMatchObject({ caseId: 'case-1', organisationId: 'org-jeugdhulpaanbieder' });
    expect(
      caseHolderRefusal({ organisationId: 'org-gi', organisationKind: 'PARTNER' }, CASE, 'start'),
    ).toBeInstanceOf(NotCaseHolderError);
  });

  it('lets light support be started by the municipality or the giving worker’s own organisation only', () => {
    const worker = { organisationId: 'org-basis' };
    expect(lightSupportGiverRefusal(municipality, 'case-1', worker)).toBeUndefined();
    expect(lightSupportGiverRefusal(provider('org-basis'), 'case-1', worker)).toBeUndefined();
    expect(
      lightSupportGiverRefusal(
        { organisationId: 'org-jet', organisationKind: 'MUNICIPAL_TEAM' },
        'case-1',
        worker,
      ),
    ).toBeInstanceOf(NotCaseHolderError);
    expect(
      lightSupportGiverRefusal(provider('org-other'), 'case-1', { organisationId: null }),
    ).toBeInstanceOf(NotCaseHolderError);
  });
});
