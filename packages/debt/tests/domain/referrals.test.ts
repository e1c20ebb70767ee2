import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  DebtCaseClosedError,
  DebtIntakeRequiredError,
  DebtReferralEndedError,
  NotDebtThirdPartyError,
  SimpleDebtCaseError,
} from '../../src/domain/errors.ts';
import {
  endReferral,
  isOverdue,
  mayChangeReferral,
  referCase,
  reviewReferral,
  thirdPartyRefusal,
} from '../../src/domain/referrals.ts';
import { registered, stabilising, TODAY } from './fixtures.ts';

const curatief = { id: 'org-curatieve-schuldhulp', kind: 'PARTNER', mainLots: [] };
const referral = {
  kind: 'CURATIEVE_SCHULDHULPVERLENING' as const,
  organisationId: 'org-curatieve-schuldhulp',
  startedOn: '2022-03-01',
  reviewOn: '2022-09-01',
};

describe('referral to a third party (BR-DB10, BR-DB11, BR-DB12)', () => {
  it('refers after the intake, to a third party, with a review day within a year', () => {
    expect(referCase(stabilising(), referral, curatief, TODAY)).toEqual(referral);
    expect(referCase(registered(), referral, curatief, TODAY)).toBeInstanceOf(DebtIntakeRequiredError);
    expect(referCase(stabilising(), { ...referral, reviewOn: '2023-03-02' }, curatief, TODAY)).toBeInstanceOf(
      ValidationError,
    );
    expect(referCase(stabilising(), { ...referral, reviewOn: '2022-03-01' }, curatief, TODAY)).toBeInstanceOf(
      ValidationError,
    );
    expect(
      referCase(stabilising(), { ...referral, startedOn: '2022-01-10' }, curatief, TODAY),
    ).toBeInstanceOf(ValidationError);
  });

  it('refuses the basis itself, the municipality and an unknown organisation', () => {
    expect(
      thirdPartyRefusal('org-amaryllis', {
        id: 'org-amaryllis',
        kind: 'PROVIDER',
        mainLots: ['BASISONDERSTEUNING'],
      }),
    ).toBeInstanceOf(NotDebtThirdPartyError);
    expect(
      thirdPartyRefusal('org-gemeente', { id: 'org-gemeente', kind: 'MUNICIPALITY', mainLots: [] }),
    ).toBeInstanceOf(NotDebtThirdPartyError);
    expect(thirdPartyRefusal('org-x', null)).toBeInstanceOf(NotDebtThirdPartyError);
    expect(thirdPartyRefusal('org-curatieve-schuldhulp', curatief)).toBeNull();
  });

  it('does not send a SIMPLE case to curative debt help, but may to budget management', () => {
    const simple = stabilising({ complexity: 'SIMPLE', severity: 'EENVOUDIG_NIET_PROBLEMATISCH' });
    expect(referCase(simple, referral, curatief, TODAY)).toBeInstanceOf(SimpleDebtCaseError);
    expect(referCase(simple, { ...referral, kind: 'BUDGETBEHEER' }, curatief, TODAY)).toMatchObject({
      kind: 'BUDGETBEHEER',
    });
  });

  it('refuses a referral on a closed case', () => {
    expect(
      referCase(stabilising({ outflowOn: '2022-02-10', outflowReason: 'ZELF' }), referral, curatief, TODAY),
    ).toBeInstanceOf(DebtCaseClosedError);
  });
});

describe('reviews and ends (BR-DB11)', () => {
  const running = { id: 'ref-1', startedOn: '2022-03-01', reviewOn: '2022-09-01', endedOn: null };

  it('reports a running referral past its review day as overdue', () => {
    expect(isOverdue(running, '2022-09-02')).toBe(true);
    expect(isOverdue(running, '2022-09-01')).toBe(false);
    expect(isOverdue({ ...running, endedOn: '2022-08-01' }, '2022-10-01')).toBe(false);
  });

  it('moves the review day after a review, at most a year on', () => {
    expect(reviewReferral(running, '2022-08-15', '2023-08-01', TODAY)).toEqual({ reviewOn: '2023-08-01' });
    expect(reviewReferral(running, '2022-08-15', '2023-08-16', TODAY)).toBeInstanceOf(ValidationError);
    expect(reviewReferral(running, '2022-08-15', '2022-08-15', TODAY)).toBeInstanceOf(ValidationError);
  });

  it('ends once, on or after its start', () => {
    expect(endReferral(running, '2022-10-01', TODAY)).toEqual({ endedOn: '2022-10-01' });
    expect(endReferral(running, '2022-02-01', TODAY)).toBeInstanceOf(ValidationError);
    expect(endReferral({ ...running, endedOn: '2022-10-01' }, '2022-11-01', TODAY)).toBeInstanceOf(
      DebtReferralEndedError,
    );
    expect(
      reviewReferral({ ...running, endedOn: '2022-10-01' }, '2022-11-01', '2023-01-01', TODAY),
    ).toBeInstanceOf(DebtReferralEndedError);
  });

  it('lets the holder, the municipality and the third party itself change it', () => {
    const change = (organisationId: string, organisationKind = 'PARTNER') =>
      mayChangeReferral({ organisationId, organisationKind }, 'org-amaryllis', 'org-curatieve-schuldhulp');
    expect(change('org-curatieve-schuldhulp')).toBe(true);
    expect(change('org-amaryllis', 'PROVIDER')).toBe(true);
    expect(change('org-gemeente', 'MUNICIPALITY')).toBe(true);
    expect(change('org-budgetbeheer')).toBe(false);
  });
});
