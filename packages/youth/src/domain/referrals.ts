import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { closedRefusal } from './cases.ts';
import { dayRefusal } from './dates.ts';
import {
  NotJeugdwetCaseError,
  NotYouthCareProviderError,
  ReferralWithoutConsultationError,
  type YouthCaseClosedError,
} from './errors.ts';
import type { CaseState, OrganisationFacts } from './facts.ts';

/** The organisation kind of a youth-care provider in budget. */
export const YOUTH_CARE_PROVIDER_KIND = 'PROVIDER';

export interface ReferralInput {
  organisationId: string;
  referredOn: string;
}

export interface NewReferral {
  organisationId: string;
  referredOn: string;
  /** The consultation the referral follows: the latest on or before the day of the referral. */
  consultationId: string;
}

/**
 * A referral of a case to a youth-care provider.
 *
 * - R-004-13: only after a consultation of the JET's youth professional, on or before the day of the
 *   referral (`ReferralWithoutConsultationError`).
 * - BR-Y12: only on the Jeugdwet route, which the JET decided (individual youth maatwerk is reached
 *   through the municipality's JET, R-004-14), to an organisation budget knows as a provider.
 */
export function referToYouthCare(
  youthCase: CaseState,
  input: ReferralInput,
  consultations: readonly { id: string; consultedOn: string }[],
  organisation: OrganisationFacts | null,
  today: string,
):
  | NewReferral
  | YouthCaseClosedError
  | NotJeugdwetCaseError
  | ReferralWithoutConsultationError
  | NotFoundError
  | ValidationError {
  const closed = closedRefusal(youthCase);
  if (closed) return closed;
  if (youthCase.route !== 'JEUGDWET')
    return new NotJeugdwetCaseError(
      youthCase.id,
      'youth care is deployed only after a JET decision for Jeugdwet support',
    );
  const day = dayRefusal(
    'referredOn',
    input.referredOn,
    { day: youthCase.openedOn, what: 'the case opened' },
    today,
  );
  if (day) return day;
  const before = consultations
    .filter((c) => c.consultedOn <= input.referredOn)
    .sort((a, b) =>
      a.consultedOn === b.consultedOn ? a.id.localeCompare(b.id) : a.consultedOn.localeCompare(b.consultedOn),
    );
  const consultation = before.at(-1);
  if (!consultation) return new ReferralWithoutConsultationError(youthCase.id, input.referredOn);
  if (!organisation) return new NotFoundError('Organisation', input.organisationId);
  if (organisation.kind !== YOUTH_CARE_PROVIDER_KIND) return new NotYouthCareProviderError(organisation.id);
  return { organisationId: organisation.id, referredOn: input.referredOn, consultationId: consultation.id };
}

/** Ending a referral: once, on or after the day it was made, never in the future. */
export function endReferral(
  referral: { id: string; referredOn: string; endedOn: string | null },
  endedOn: string,
  today: string,
): { endedOn: string } | ValidationError {
  if (referral.endedOn !== null)
    return new ValidationError('referralId', `The referral ended on ${referral.endedOn} already`);
  return (
    dayRefusal('endedOn', endedOn, { day: referral.referredOn, what: 'the referral' }, today) ?? { endedOn }
  );
}
