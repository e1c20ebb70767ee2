import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  NotJeugdwetCaseError,
  NotYouthCareProviderError,
  ReferralWithoutConsultationError,
  YouthCaseClosedError,
} from '../../src/domain/errors.ts';
import { endReferral, referToYouthCare } from '../../src/domain/referrals.ts';
import { aCase, JEUGDWET_CASE, TODAY } from './fixtures.ts';

const PROVIDER = { id: 'org-jeugdhulpaanbieder', kind: 'PROVIDER', mainLots: [] };
const CONSULTATIONS = [
  { id: 'c-2', consultedOn: '2022-03-01' },
  { id: 'c-1', consultedOn: '2022-02-01' },
];
const input = { organisationId: PROVIDER.id, referredOn: '2022-03-01' };

describe('a referral to youth care', () => {
  it('follows the latest JET consultation on or before its day (R-004-13)', () => {
    expect(referToYouthCare(JEUGDWET_CASE, input, CONSULTATIONS, PROVIDER, TODAY)).toEqual({
      organisationId: PROVIDER.id,
      referredOn: '2022-03-01',
      consultationId: 'c-2',
    });
    expect(
      referToYouthCare(JEUGDWET_CASE, { ...input, referredOn: '2022-02-20' }, CONSULTATIONS, PROVIDER, TODAY),
    ).toMatchObject({ consultationId: 'c-1' });
  });

  it('is refused without a consultation on or before that day (R-004-13)', () => {
    expect(referToYouthCare(JEUGDWET_CASE, input, [], PROVIDER, TODAY)).toBeInstanceOf(
      ReferralWithoutConsultationError,
    );
    expect(
      referToYouthCare(JEUGDWET_CASE, { ...input, referredOn: '2022-01-31' }, CONSULTATIONS, PROVIDER, TODAY),
    ).toBeInstanceOf(ReferralWithoutConsultationError);
  });

  it('is refused off the Jeugdwet route: only after the JET decided Jeugdwet support (BR-Y12)', () => {
    expect(referToYouthCare(aCase({ route: 'BASIS' }), input, CONSULTATIONS, PROVIDER, TODAY)).toBeInstanceOf(
      NotJeugdwetCaseError,
    );
  });

  it('goes to a provider budget knows, on an open case (BR-Y12)', () => {
    expect(referToYouthCare(JEUGDWET_CASE, input, CONSULTATIONS, null, TODAY)).toBeInstanceOf(NotFoundError);
    expect(
      referToYouthCare(
        JEUGDWET_CASE,
        input,
        CONSULTATIONS,
        { id: 'org-veilig-thuis', kind: 'PARTNER', mainLots: [] },
        TODAY,
      ),
    ).toBeInstanceOf(NotYouthCareProviderError);
    expect(
      referToYouthCare({ ...JEUGDWET_CASE, closedOn: '2022-02-02' }, input, CONSULTATIONS, PROVIDER, TODAY),
    ).toBeInstanceOf(YouthCaseClosedError);
  });

  it('ends once, not before it was made', () => {
    const referral = { id: 'r', referredOn: '2022-03-01', endedOn: null };
    expect(endReferral(referral, '2022-04-01', TODAY)).toEqual({ endedOn: '2022-04-01' });
    expect(endReferral(referral, '2022-02-01', TODAY)).toBeInstanceOf(ValidationError);
    expect(endReferral({ ...referral, endedOn: '2022-03-05' }, '2022-04-01', TODAY)).toBeInstanceOf(
      ValidationError,
    );
  });
});
