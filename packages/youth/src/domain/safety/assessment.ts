import { ValidationError } from '@mienskip/kit/rules';
import { RISK_OUTCOMES, type RiskOutcome } from '../codes.ts';
import { childOfCase, eventDateRefusal, type SafetyCase } from './case.ts';
import {
  AdultProblemsNotAssessedError,
  type ChildNotInCaseError,
  type YouthCaseClosedError,
} from './errors.ts';

/** A risk assessment as the caller sends it: only the case and the adult-problems flag are required. */
export interface RiskAssessmentInput {
  adultProblemsAssessed: boolean;
  childId?: string | null;
  assessedOn?: string | null;
  assessorId?: string | null;
  adultProblemsRisk?: boolean | null;
  outcome?: RiskOutcome | null;
}

/** A risk assessment to insert. */
export interface NewRiskAssessment {
  caseId: string;
  childId: string;
  assessedOn: string;
  assessorId: string;
  adultProblemsAssessed: true;
  adultProblemsRisk: boolean;
  outcome: RiskOutcome;
}

/**
 * The first check of a risicotaxatie, on the input alone (BR-YS2): adult problems are always assessed,
 * also without signals from the child. Checked before anything is loaded.
 */
export function adultProblemsRefusal(input: Pick<RiskAssessmentInput, 'adultProblemsAssessed'>) {
  return input.adultProblemsAssessed === true ? undefined : new AdultProblemsNotAssessedError();
}

/**
 * Op basis van onderzoek een risicotaxatie maken (BR-YS2): adult problems assessed (first), with their
 * risk; the child one of the case's (the only child when none is named, BR-YS1); an assessor and an
 * outcome; a date in the case's life (BR-YS13, default today).
 */
export function assessRisk(
  safetyCase: SafetyCase,
  input: RiskAssessmentInput,
  today: string,
):
  | NewRiskAssessment
  | AdultProblemsNotAssessedError
  | ChildNotInCaseError
  | ValidationError
  | YouthCaseClosedError {
  const notAssessed = adultProblemsRefusal(input);
  if (notAssessed) return notAssessed;
  if (input.adultProblemsRisk == null)
    return new ValidationError(
      'adultProblemsRisk',
      'Say whether adult problems put the child at risk (adultProblemsRisk): that is what was assessed',
    );
  const childId = childOfCase(safetyCase, input.childId);
  if (typeof childId !== 'string') return childId;
  const assessorId = input.assessorId?.trim();
  if (!assessorId) return new ValidationError('assessorId', 'Name who made the risk assessment (assessorId)');
  if (input.outcome == null || !RISK_OUTCOMES.includes(input.outcome))
    return new ValidationError(
      'outcome',
      `Give the outcome of the risk assessment: one of ${RISK_OUTCOMES.join(', ')}`,
    );
  const assessedOn = input.assessedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, assessedOn, today, 'assessedOn');
  if (refusal) return refusal;
  return {
    caseId: safetyCase.id,
    childId,
    assessedOn,
    assessorId,
    adultProblemsAssessed: true,
    adultProblemsRisk: input.adultProblemsRisk,
    outcome: input.outcome,
  };
}
