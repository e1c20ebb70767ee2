import { type Caller, ValidationError } from '@mienskip/kit/rules';
import type { SafetyTaskAssignee } from '../codes.ts';
import { eventDateRefusal, type SafetyCase } from './case.ts';
import {
  SafetyPlanWithoutFamilyError,
  type SafetyTaskAllocatedElsewhereError,
  type SafetyTaskNotAllocatedError,
  StepOutOfOrderError,
  type YouthCaseClosedError,
} from './errors.ts';
import { performerOf, type TaskAllocation } from './tasks.ts';

/** A safety plan to insert. */
export interface NewSafetyPlan {
  caseId: string;
  riskAssessmentId: string;
  drawnUpOn: string;
  madeWithFamily: true;
  followUpSteps: string;
  drawnUpBy: SafetyTaskAssignee;
}

/**
 * Op basis van de risicotaxatie een veiligheids- en herstelplan samen met het gezin opstellen (BR-YS3,
 * BR-YS5): on a risk assessment of the same case (the store finds it only there), made with the
 * family, with its follow-up steps, not before the assessment; by the party the
 * VEILIGHEIDS_EN_HERSTELPLAN task is allocated to, which the plan records as `drawnUpBy`.
 */
export function drawUpSafetyPlan(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  safetyCase: SafetyCase,
  assessment: { id: string; assessedOn: string },
  allocation: Pick<TaskAllocation, 'assignee'> | null,
  input: { drawnUpOn?: string | null; madeWithFamily: boolean; followUpSteps: string },
  today: string,
):
  | NewSafetyPlan
  | SafetyPlanWithoutFamilyError
  | SafetyTaskNotAllocatedError
  | SafetyTaskAllocatedElsewhereError
  | StepOutOfOrderError
  | ValidationError
  | YouthCaseClosedError {
  if (!input.madeWithFamily) return new SafetyPlanWithoutFamilyError();
  const followUpSteps = input.followUpSteps.trim();
  if (!followUpSteps)
    return new ValidationError('followUpSteps', 'Name the follow-up steps of the plan (vervolgstappen)');
  const drawnUpBy = performerOf(caller, safetyCase, 'VEILIGHEIDS_EN_HERSTELPLAN', allocation);
  if (typeof drawnUpBy !== 'string') return drawnUpBy;
  const drawnUpOn = input.drawnUpOn ?? today;
  const refusal = eventDateRefusal(safetyCase, drawnUpOn, today, 'drawnUpOn');
  if (refusal) return refusal;
  if (drawnUpOn < assessment.assessedOn)
    return new StepOutOfOrderError(
      'drawnUpOn',
      `A safety plan follows its risk assessment (assessed on ${assessment.assessedOn})`,
      assessment.assessedOn,
    );
  return {
    caseId: safetyCase.id,
    riskAssessmentId: assessment.id,
    drawnUpOn,
    madeWithFamily: true,
    followUpSteps,
    drawnUpBy,
  };
}
