import { ValidationError } from '@mienskip/kit/rules';
import type { GiFramework } from '../codes.ts';
import { eventDateRefusal, type SafetyCase } from './case.ts';
import { NotCompulsoryFrameworkError, StepOutOfOrderError, type YouthCaseClosedError } from './errors.ts';

/** A GI cooperation to insert. */
export interface NewGiCooperation {
  caseId: string;
  organisationId: string;
  framework: GiFramework;
  startedOn: string;
}

/** Samenwerken met Gecertificeerde Instellingen (BR-YS11): a GI, a frame, a start in the case's life. */
export function startCooperation(
  safetyCase: SafetyCase,
  input: { organisationId: string; framework: GiFramework; startedOn?: string | null },
  today: string,
): NewGiCooperation | ValidationError | YouthCaseClosedError {
  const organisationId = input.organisationId.trim();
  if (!organisationId) return new ValidationError('organisationId', 'Name the gecertificeerde instelling');
  const startedOn = input.startedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, startedOn, today, 'startedOn');
  if (refusal) return refusal;
  return { caseId: safetyCase.id, organisationId, framework: input.framework, startedOn };
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
