import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { GiFramework } from '../codes.ts';
import type { OrganisationFacts } from '../facts.ts';
import { eventDateRefusal, type SafetyCase } from './case.ts';
import {
  NotCertifiedInstitutionError,
  NotCompulsoryFrameworkError,
  StepOutOfOrderError,
  type YouthCaseClosedError,
} from './errors.ts';

/** A GI cooperation to insert. */
export interface NewGiCooperation {
  caseId: string;
  organisationId: string;
  framework: GiFramework;
  startedOn: string;
}

/** The organisation kind budget gives a gecertificeerde instelling (and the other partners of §4.4). */
export const GI_ORGANISATION_KIND = 'PARTNER';

/**
 * Samenwerken met Gecertificeerde Instellingen (BR-YS11): with an organisation budget knows as a
 * partner (`organisation`, asked of budget; null when it knows none), in a frame, from a start in the
 * case's life. The GI then sees the case (BR-Y10).
 */
export function startCooperation(
  safetyCase: SafetyCase,
  organisation: OrganisationFacts | null,
  input: { organisationId: string; framework: GiFramework; startedOn?: string | null },
  today: string,
): NewGiCooperation | NotFoundError | NotCertifiedInstitutionError | ValidationError | YouthCaseClosedError {
  if (organisation === null) return new NotFoundError('Organisation', input.organisationId);
  if (organisation.kind !== GI_ORGANISATION_KIND)
    return new NotCertifiedInstitutionError(organisation.id, organisation.kind);
  const startedOn = input.startedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, startedOn, today, 'startedOn');
  if (refusal) return refusal;
  return { caseId: safetyCase.id, organisationId: organisation.id, framework: input.framework, startedOn };
}

/**
 * Waar mogelijk afschalen van het gedwongen kader naar het vrijwillig kader (BR-YS11): only a
 * cooperation in the compulsory frame steps down, forward only (a stepped-down cooperation is
 * voluntary and never steps back), not before it started and not after it ended.
 */
export function stepDown(
  safetyCase: SafetyCase,
  cooperation: { id: string; framework: GiFramework; startedOn: string; endedOn: string | null },
  input: { steppedDownOn?: string | null },
  today: string,
):
  | { framework: 'VRIJWILLIG'; steppedDownOn: string }
  | NotCompulsoryFrameworkError
  | StepOutOfOrderError
  | ValidationError
  | YouthCaseClosedError {
  if (cooperation.framework !== 'GEDWONGEN')
    return new NotCompulsoryFrameworkError(cooperation.id, cooperation.framework);
  const steppedDownOn = input.steppedDownOn ?? today;
  const refusal = eventDateRefusal(safetyCase, steppedDownOn, today, 'steppedDownOn');
  if (refusal) return refusal;
  if (steppedDownOn < cooperation.startedOn)
    return new StepOutOfOrderError(
      'steppedDownOn',
      `A cooperation steps down after it started (${cooperation.startedOn})`,
      cooperation.startedOn,
    );
  if (cooperation.endedOn !== null && steppedDownOn > cooperation.endedOn)
    return new ValidationError('steppedDownOn', `The cooperation ended on ${cooperation.endedOn}`);
  return { framework: 'VRIJWILLIG', steppedDownOn };
}
