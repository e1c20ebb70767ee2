import type { Caller, ValidationError } from '@mienskip/kit/rules';
import type { SafetyTaskAssignee } from '../codes.ts';
import { eventDateRefusal, type SafetyCase } from './case.ts';
import {
  type InvestigationCondition,
  InvestigationConditionsNotMetError,
  type SafetyTaskAllocatedElsewhereError,
  type SafetyTaskNotAllocatedError,
  StepOutOfOrderError,
  type YouthCaseClosedError,
} from './errors.ts';
import { performerOf, type TaskAllocation } from './tasks.ts';

/** The facts a Verzoek tot Onderzoek rests on. */
export interface InvestigationGrounds {
  developmentSeriouslyThreatened: boolean;
  parentsNotAcceptingCare: boolean;
  parentsNotExpectedToCope: boolean;
}

/** A request for investigation to insert. */
export interface NewInvestigationRequest extends InvestigationGrounds {
  caseId: string;
  filedOn: string;
  filedBy: SafetyTaskAssignee;
  jeugdbeschermingstafelOn: string | null;
}

/**
 * The conditions a request is missing (BR-YS12): the child's development seriously threatened, AND
 * the parents not sufficiently accepting the care needed OR not expected to take up their
 * responsibility within a term acceptable for the child. Empty when both hold.
 */
export function missingInvestigationConditions(grounds: InvestigationGrounds): InvestigationCondition[] {
  const missing: InvestigationCondition[] = [];
  if (!grounds.developmentSeriouslyThreatened) missing.push('DEVELOPMENT_SERIOUSLY_THREATENED');
  if (!grounds.parentsNotAcceptingCare && !grounds.parentsNotExpectedToCope)
    missing.push('PARENTS_NOT_ACCEPTING_OR_COPING');
  return missing;
}

/**
 * Het indienen van een Verzoek tot Onderzoek bij de Raad voor de Kinderbescherming en deelnemen aan de
 * jeugdbeschermingstafel (BR-YS12, BR-YS5): refused without its two conditions, naming what is
 * missing; filed by the party the VERZOEK_TOT_ONDERZOEK task is allocated to; the
 * jeugdbeschermingstafel, when given, not before the request.
 */
export function fileInvestigation(
  caller: Pick<Caller, 'organisationId' | 'organisationKind'>,
  safetyCase: SafetyCase,
  allocation: Pick<TaskAllocation, 'assignee'> | null,
  input: InvestigationGrounds & { filedOn?: string | null; jeugdbeschermingstafelOn?: string | null },
  today: string,
):
  | NewInvestigationRequest
  | InvestigationConditionsNotMetError
  | SafetyTaskNotAllocatedError
  | SafetyTaskAllocatedElsewhereError
  | StepOutOfOrderError
  | ValidationError
  | YouthCaseClosedError {
  const missing = missingInvestigationConditions(input);
  if (missing.length > 0) return new InvestigationConditionsNotMetError(missing);
  const filedBy = performerOf(caller, safetyCase, 'VERZOEK_TOT_ONDERZOEK', allocation);
  if (typeof filedBy !== 'string') return filedBy;
  const filedOn = input.filedOn ?? today;
  const refusal = eventDateRefusal(safetyCase, filedOn, today, 'filedOn');
  if (refusal) return refusal;
  const tafel = input.jeugdbeschermingstafelOn ?? null;
  if (tafel !== null) {
    const tafelRefusal = eventDateRefusal(safetyCase, tafel, today, 'jeugdbeschermingstafelOn');
    if (tafelRefusal) return tafelRefusal;
    if (tafel < filedOn)
      return new StepOutOfOrderError(
        'jeugdbeschermingstafelOn',
        `The jeugdbeschermingstafel follows the request (filed on ${filedOn})`,
        filedOn,
      );
  }
  return {
    caseId: safetyCase.id,
    filedOn,
    developmentSeriouslyThreatened: input.developmentSeriouslyThreatened,
    parentsNotAcceptingCare: input.parentsNotAcceptingCare,
    parentsNotExpectedToCope: input.parentsNotExpectedToCope,
    filedBy,
    jeugdbeschermingstafelOn: tafel,
  };
}
