import { DomainError, ValidationError } from '@mienskip/kit/rules';
import type { GiFramework, MeldcodeOutcome, SafetyTask, SafetyTaskAssignee } from '../codes.ts';

/**
 * The typed refusals of child safety (seed-000 §4.4). Rules return them; the schema registers each
 * as a GraphQL object (`schema/safety/errors.ts`), so that a refused mutation answers with one in
 * its payload and changes nothing.
 */

/** A risicotaxatie always assesses adult problems too, also without signals from the child (BR-YS2). */
export class AdultProblemsNotAssessedError extends ValidationError {
  override name = 'AdultProblemsNotAssessedError';
  constructor() {
    super(
      'adultProblemsAssessed',
      'A risk assessment (risicotaxatie) always assesses whether adult problems (volwassenenproblematiek) put ' +
        "the child's safe development at risk, also without signals from the child: assess them and send " +
        'adultProblemsAssessed: true with adultProblemsRisk',
    );
  }
}

/** The child named is not one of the case's children (BR-YS1). */
export class ChildNotInCaseError extends ValidationError {
  override name = 'ChildNotInCaseError';
  constructor(
    readonly caseId: string,
    readonly childId: string,
  ) {
    super('childId', `Client "${childId}" is not one of the children of youth case "${caseId}"`);
  }
}

/** A closed case changes no more (BR-Y13): no safety event is recorded on it (BR-YS13). */
export { YouthCaseClosedError } from '../errors.ts';

/** A step of the meldcode or of a cooperation comes before the step it follows (BR-YS6, BR-YS7, BR-YS9, BR-YS11). */
export class StepOutOfOrderError extends ValidationError {
  override name = 'StepOutOfOrderError';
  constructor(
    field: string,
    message: string,
    /** The date the step may not come before. */
    readonly notBefore: string,
  ) {
    super(field, message);
  }
}

/** A specific safety task is carried out only once it is allocated for the case (BR-YS5). */
export class SafetyTaskNotAllocatedError extends DomainError {
  override name = 'SafetyTaskNotAllocatedError';
  constructor(
    readonly caseId: string,
    readonly task: SafetyTask,
  ) {
    super(
      `The task ${task} is not allocated for youth case "${caseId}" yet: allocate it to BASIS or JET first ` +
        '(allocateSafetyTask, in samenspraak met het JET, op casusniveau)',
    );
  }
}

/** A specific safety task is carried out by the party it is allocated to, not by another (BR-YS5). */
export class SafetyTaskAllocatedElsewhereError extends DomainError {
  override name = 'SafetyTaskAllocatedElsewhereError';
  constructor(
    readonly caseId: string,
    readonly task: SafetyTask,
    readonly assignee: SafetyTaskAssignee,
  ) {
    super(
      `The task ${task} of youth case "${caseId}" is allocated to ${assignee}: only that party (or the ` +
        'municipality) records it',
    );
  }
}

/** One allocation per case and task: re-allocating is an update with the version read (BR-YS4). */
export class SafetyTaskAlreadyAllocatedError extends DomainError {
  override name = 'SafetyTaskAlreadyAllocatedError';
  constructor(
    readonly caseId: string,
    readonly task: SafetyTask,
    readonly assignee: SafetyTaskAssignee,
    readonly version: number,
  ) {
    super(
      `The task ${task} of youth case "${caseId}" is already allocated to ${assignee} (version ${version}): ` +
        'send expectedVersion to re-allocate it',
    );
  }
}

/**
 * Specific safety tasks are allocated in agreement with the JET, per case: by the case's basis, its
 * JET or the municipality, not by another organisation involved (BR-YS4).
 */
export class SafetyTaskAllocationNotAllowedError extends DomainError {
  override name = 'SafetyTaskAllocationNotAllowedError';
  constructor(
    readonly caseId: string,
    readonly organisationId: string,
  ) {
    super(
      `Organisation "${organisationId}" may not allocate the safety tasks of youth case "${caseId}": they are ` +
        'agreed per case between the basis and the JET (in samenspraak met het JET, op casusniveau), or by the municipality',
    );
  }
}

/** A safety plan is drawn up together with the family (BR-YS3). */
export class SafetyPlanWithoutFamilyError extends ValidationError {
  override name = 'SafetyPlanWithoutFamilyError';
  constructor() {
    super(
      'madeWithFamily',
      'A veiligheids- en herstelplan is drawn up together with the family (samen met het gezin opstellen)',
    );
  }
}

/** One safety plan per risk assessment (BR-YS3). */
export class SafetyPlanExistsError extends DomainError {
  override name = 'SafetyPlanExistsError';
  constructor(readonly riskAssessmentId: string) {
    super(`Risk assessment "${riskAssessmentId}" already has a safety plan`);
  }
}

/** A report to Veilig Thuis follows a meldcode weighing that decided to report (BR-YS7). */
export class ReportWithoutMeldenWeighingError extends DomainError {
  override name = 'ReportWithoutMeldenWeighingError';
  constructor(
    readonly meldcodeWeighingId: string,
    readonly outcome: MeldcodeOutcome,
  ) {
    super(
      `Meldcode weighing "${meldcodeWeighingId}" decided ${outcome}: a report to Veilig Thuis follows only a ` +
        'weighing that decided MELDEN (the steps of the meldcode)',
    );
  }
}

/** A case conference is multidisciplinary: at least two organisations take part (BR-YS10). */
export class NotMultidisciplinaryError extends ValidationError {
  override name = 'NotMultidisciplinaryError';
  constructor(readonly organisationCount: number) {
    super(
      'participantOrganisationIds',
      `A case conference (multidisciplinair overleg) has professionals of at least two organisations; ${organisationCount} given`,
    );
  }
}

/** Stepping down goes from the compulsory to the voluntary frame, once (BR-YS11). */
export class NotCompulsoryFrameworkError extends DomainError {
  override name = 'NotCompulsoryFrameworkError';
  constructor(
    readonly cooperationId: string,
    readonly framework: GiFramework,
  ) {
    super(
      `GI cooperation "${cooperationId}" is in the ${framework} frame: only the compulsory frame (gedwongen kader) ` +
        'steps down to the voluntary frame (vrijwillig kader), and never back',
    );
  }
}

/**
 * A cooperation with a gecertificeerde instelling lets that organisation see the case (BR-Y10), so it is
 * an organisation budget knows as a partner (kind PARTNER), not a provider or a municipal team (BR-YS11).
 */
export class NotCertifiedInstitutionError extends ValidationError {
  override name = 'NotCertifiedInstitutionError';
  constructor(
    readonly organisationId: string,
    readonly kind: string,
  ) {
    super(
      'organisationId',
      `Organisation "${organisationId}" is a ${kind}, not a partner such as a gecertificeerde instelling: ` +
        'a GI cooperation would let it see the case',
    );
  }
}

/** The two conditions of a Verzoek tot Onderzoek (BR-YS12). */
export const INVESTIGATION_CONDITIONS = [
  'DEVELOPMENT_SERIOUSLY_THREATENED',
  'PARENTS_NOT_ACCEPTING_OR_COPING',
] as const;
export type InvestigationCondition = (typeof INVESTIGATION_CONDITIONS)[number];

/**
 * A Verzoek tot Onderzoek to the Raad voor de Kinderbescherming needs both conditions: the child's
 * development is seriously threatened, and the parents do not sufficiently accept the care needed or
 * are not expected to take up their responsibility in time (BR-YS12).
 */
export class InvestigationConditionsNotMetError extends DomainError {
  override name = 'InvestigationConditionsNotMetError';
  constructor(readonly missingConditions: readonly InvestigationCondition[]) {
    super(
      `A request for investigation (Verzoek tot Onderzoek) to the Raad voor de Kinderbescherming is refused without its two conditions; missing: ${missingConditions
        .map((condition) => INVESTIGATION_CONDITION_TEXT[condition])
        .join('; ')}`,
    );
  }
}

export const INVESTIGATION_CONDITION_TEXT: Record<InvestigationCondition, string> = {
  DEVELOPMENT_SERIOUSLY_THREATENED:
    'the child grows up so that its development is seriously threatened (in zijn ontwikkeling ernstig wordt bedreigd)',
  PARENTS_NOT_ACCEPTING_OR_COPING:
    'the parents do not sufficiently accept the care needed to lift that threat, or are not expected to take up ' +
    'their parental responsibility within a term acceptable for the child',
};

/**
 * The change a rule allowed. A rule returns either the change to write or the typed error that
 * refuses it; the refusal is thrown here, and the mutation's payload answers with it.
 */
export function unlessRefused<Decided>(decided: Decided): Exclude<Decided, DomainError> {
  if (decided instanceof DomainError) throw decided;
  return decided as Exclude<Decided, DomainError>;
}
