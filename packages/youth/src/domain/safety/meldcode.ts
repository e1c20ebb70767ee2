import type { ValidationError } from '@mienskip/kit/rules';
import type { MeldcodeOutcome } from '../codes.ts';
import { eventDateRefusal, type SafetyCase } from './case.ts';
import {
  ReportWithoutMeldenWeighingError,
  StepOutOfOrderError,
  type YouthCaseClosedError,
} from './errors.ts';

/** A meldcode weighing to insert. */
export interface NewMeldcodeWeighing {
  caseId: string;
  riskAssessmentId: string;
  weighedOn: string;
  outcome: MeldcodeOutcome;
}

/**
 * Op basis van de stappen in de meldcode afwegen of een melding gedaan dient te worden (BR-YS6): the
 * weighing follows a risk assessment of the same case (the store finds it only there), not before it.
 */
export function weighReport(
  safetyCase: SafetyCase,
  assessment: { id: string; assessedOn: string },
  input: { weighedOn?: string | null; outcome: MeldcodeOutcome },
  today: string,
): NewMeldcodeWeighing | StepOutOfOrderError | ValidationError | YouthCaseClosedError {
  const weighedOn = input.weighedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, weighedOn, today, 'weighedOn');
  if (refusal) return refusal;
  if (weighedOn < assessment.assessedOn)
    return new StepOutOfOrderError(
      'weighedOn',
      `The meldcode's weighing follows the risk assessment (assessed on ${assessment.assessedOn})`,
      assessment.assessedOn,
    );
  return { caseId: safetyCase.id, riskAssessmentId: assessment.id, weighedOn, outcome: input.outcome };
}

/** A report to Veilig Thuis to insert. */
export interface NewVeiligThuisReport {
  caseId: string;
  direction: 'MELDING';
  occurredOn: string;
  meldcodeWeighingId: string;
}

/**
 * En waar nodig een melding bij Veilig Thuis doen (BR-YS7): only after a weighing of the same case that
 * decided MELDEN, not before it.
 */
export function reportToVeiligThuis(
  safetyCase: SafetyCase,
  weighing: { id: string; weighedOn: string; outcome: MeldcodeOutcome },
  input: { reportedOn?: string | null },
  today: string,
):
  | NewVeiligThuisReport
  | ReportWithoutMeldenWeighingError
  | StepOutOfOrderError
  | ValidationError
  | YouthCaseClosedError {
  if (weighing.outcome !== 'MELDEN')
    return new ReportWithoutMeldenWeighingError(weighing.id, weighing.outcome);
  const occurredOn = input.reportedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, occurredOn, today, 'reportedOn');
  if (refusal) return refusal;
  if (occurredOn < weighing.weighedOn)
    return new StepOutOfOrderError(
      'reportedOn',
      `A report to Veilig Thuis follows the meldcode's weighing (weighed on ${weighing.weighedOn})`,
      weighing.weighedOn,
    );
  return { caseId: safetyCase.id, direction: 'MELDING', occurredOn, meldcodeWeighingId: weighing.id };
}
