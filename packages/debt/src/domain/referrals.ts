import { ValidationError } from '@mienskip/kit/rules';
import { closedRefusal, type DebtCaseState } from './cases.ts';
import type { DebtReferralKind } from './codes.ts';
import { addDays, dayRefusal } from './dates.ts';
import {
  type DebtCaseClosedError,
  DebtIntakeRequiredError,
  DebtReferralEndedError,
  NotDebtThirdPartyError,
  SimpleDebtCaseError,
} from './errors.ts';
import { BASIS_LOT, type OrganisationFacts } from './facts.ts';

/**
 * Referral to a third party (E48). Uitvoeringsplan §4.3: "Aanvullende ondersteuning op het terrein van
 * schuldhulpverlening (denk aan inkomensbeheer, beschermingsbewind, curatieve schuldhulpverlening dat door
 * derden wordt geboden) wordt alleen ingezet wanneer dit nodig en passend is en voor zolang dit nodig is."
 *
 * Decision (BR-DB11) on "a referral without an end that outlives its need": every referral carries a
 * review day (`reviewOn`) by which the need is looked at again, at most `MAX_REVIEW_DAYS` ahead;
 * `reviewDebtReferral` moves it after a review, an open referral past its review day is reported as
 * overdue, and a case cannot flow out while a referral on it still runs.
 */

/** A referral's need is looked at again within a year of its start or last review. */
export const MAX_REVIEW_DAYS = 365;

/** What a referral writes. */
export interface NewDebtReferral {
  kind: DebtReferralKind;
  organisationId: string;
  startedOn: string;
  reviewOn: string;
}

/** A referral as the rules see it. */
export interface DebtReferralState {
  id: string;
  startedOn: string;
  reviewOn: string;
  endedOn: string | null;
}

/** BR-DB11: a review day after `from`, at most a year later. */
function reviewRefusal(from: string, reviewOn: string): ValidationError | null {
  if (reviewOn <= from) return new ValidationError('reviewOn', `The review day lies after ${from}`);
  if (reviewOn > addDays(from, MAX_REVIEW_DAYS))
    return new ValidationError(
      'reviewOn',
      `The need is looked at again within ${MAX_REVIEW_DAYS} days (by ${addDays(from, MAX_REVIEW_DAYS)})`,
    );
  return null;
}

/**
 * BR-DB10: the third party is an organisation budget knows, that is neither the municipality or one of
 * its teams nor the basis itself (the main provider of the basisondersteuning keeps regie and refers).
 */
export function thirdPartyRefusal(
  organisationId: string,
  organisation: OrganisationFacts | null,
): NotDebtThirdPartyError | null {
  if (!organisation) return new NotDebtThirdPartyError(organisationId, 'budget knows no such organisation');
  if (organisation.kind === 'MUNICIPALITY' || organisation.kind === 'MUNICIPAL_TEAM')
    return new NotDebtThirdPartyError(organisationId, 'it is the municipality or one of its teams');
  if (organisation.mainLots.includes(BASIS_LOT))
    return new NotDebtThirdPartyError(organisationId, 'it is the basis itself, which keeps regie');
  return null;
}

/**
 * Referring a case (BR-DB10, BR-DB11, BR-DB12): an open case after its first conversation (the need is
 * known only after the intake), to a third party, from a day on or after the intake and not in the
 * future, with a review day; a case assessed SIMPLE is not referred to curative debt help (the basis
 * handles "relatief eenvoudige, niet-problematische schuldensituaties" itself).
 */
export function referCase(
  state: DebtCaseState,
  input: NewDebtReferral,
  organisation: OrganisationFacts | null,
  today: string,
):
  | NewDebtReferral
  | DebtCaseClosedError
  | DebtIntakeRequiredError
  | SimpleDebtCaseError
  | NotDebtThirdPartyError
  | ValidationError {
  const closed = closedRefusal(state);
  if (closed) return closed;
  if (!state.intakeOn) return new DebtIntakeRequiredError(state.id, 'a referral follows the intake');
  if (input.kind === 'CURATIEVE_SCHULDHULPVERLENING' && state.complexity === 'SIMPLE')
    return new SimpleDebtCaseError(state.id);
  const party = thirdPartyRefusal(input.organisationId, organisation);
  if (party) return party;
  const day = dayRefusal('startedOn', input.startedOn, { day: state.intakeOn, what: 'the intake' }, today);
  if (day) return day;
  return reviewRefusal(input.startedOn, input.reviewOn) ?? { ...input };
}

/** BR-DB11: after a review the need is looked at again by a new day, at most a year after the review. */
export function reviewReferral(
  referral: DebtReferralState,
  reviewedOn: string,
  nextReviewOn: string,
  today: string,
): { reviewOn: string } | DebtReferralEndedError | ValidationError {
  if (referral.endedOn) return new DebtReferralEndedError(referral.id, referral.endedOn);
  const day = dayRefusal(
    'reviewedOn',
    reviewedOn,
    { day: referral.startedOn, what: 'the referral’s start' },
    today,
  );
  if (day) return day;
  const review = reviewRefusal(reviewedOn, nextReviewOn);
  if (review) return new ValidationError('nextReviewOn', review.message);
  return { reviewOn: nextReviewOn };
}

/** BR-DB11: a referral ends once, on or after its start, not in the future. */
export function endReferral(
  referral: DebtReferralState,
  endedOn: string,
  today: string,
): { endedOn: string } | DebtReferralEndedError | ValidationError {
  if (referral.endedOn) return new DebtReferralEndedError(referral.id, referral.endedOn);
  return (
    dayRefusal('endedOn', endedOn, { day: referral.startedOn, what: 'the referral’s start' }, today) ?? {
      endedOn,
    }
  );
}

/** BR-DB11: a referral still running past its review day is overdue. */
export function isOverdue(referral: Pick<DebtReferralState, 'reviewOn' | 'endedOn'>, today: string): boolean {
  return referral.endedOn === null && referral.reviewOn < today;
}

/**
 * Who changes a referral: the holder of the case (the basis, the municipality) or the third party it
 * was referred to (it ends or reviews its own referral).
 */
export function mayChangeReferral(
  caller: { organisationId: string; organisationKind: string },
  caseOpenedBy: string,
  referralOrganisationId: string,
): boolean {
  return (
    caller.organisationKind === 'MUNICIPALITY' ||
    caller.organisationId === caseOpenedBy ||
    caller.organisationId === referralOrganisationId
  );
}
