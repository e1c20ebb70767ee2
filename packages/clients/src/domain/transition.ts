import type { HandoverStatus, TransitionOutcome } from './codes.ts';
import { RuleViolationError } from './errors.ts';

/** Where a resident stands in the 2020 transition (P5), as the municipality asked in late 2020. */
export const TRANSITION_STATUSES = [
  'NO_FOLLOW_UP',
  'PLANNED',
  'HELD_NOT_HANDED_OVER',
  'HANDED_OVER',
] as const;
export type TransitionStatus = (typeof TRANSITION_STATUSES)[number];

export interface TransitionState {
  plannedOn: string | null;
  heldOn: string | null;
  outcome: TransitionOutcome | null;
  handover: HandoverStatus;
}

export function transitionStatus(state: TransitionState): TransitionStatus {
  if (state.heldOn === null) return state.plannedOn === null ? 'NO_FOLLOW_UP' : 'PLANNED';
  return state.handover === 'COMPLETED' ? 'HANDED_OVER' : 'HELD_NOT_HANDED_OVER';
}

/** The transition's date before which early transfer needs everyone's consent (BR-T4). */
export const TRANSITION_DATE = '2021-01-01';

/** Checks a recorded interview step against P5's order, and early transfer against BR-T4. */
export function transitionBreach(
  next: TransitionState & { earlyTransfer: boolean; consent: boolean },
): RuleViolationError | null {
  if (next.outcome !== null && next.heldOn === null) {
    return new RuleViolationError('outcome', 'An outcome needs the interview to have been held');
  }
  if (next.heldOn !== null && next.plannedOn !== null && next.heldOn < next.plannedOn) {
    // A held date before the planned one is a typing error more often than not.
    return new RuleViolationError('heldOn', 'The interview was held before it was planned');
  }
  if (next.handover !== 'NOT_STARTED' && next.outcome === null) {
    return new RuleViolationError('handover', 'A warm handover needs the outcome of the interview');
  }
  if (next.earlyTransfer && !next.consent) {
    return new RuleViolationError(
      'earlyTransfer',
      'Transfer before 1 January 2021 needs the consent of the client and both providers',
    );
  }
  return null;
}

/** An interview as it stands, as far as its next step depends on. */
export interface InterviewState extends TransitionState {
  earlyTransfer: boolean;
  newOrganisationId: string | null;
}

/** A step in an interview; a field left out stays as it is. */
export interface TransitionStep {
  plannedOn?: string | null;
  heldOn?: string | null;
  outcome?: TransitionOutcome | null;
  newProviderId?: string | null;
  handover?: HandoverStatus | null;
  earlyTransfer?: boolean | null;
  consentOfClientAndProviders?: boolean | null;
}

/** Recording a step of the transition interview (P5, BR-T4): the interview as it is after the step. */
export function recordTransitionStep(
  interview: InterviewState,
  step: TransitionStep,
): RuleViolationError | InterviewState {
  const next = {
    plannedOn: step.plannedOn ?? interview.plannedOn,
    heldOn: step.heldOn ?? interview.heldOn,
    outcome: step.outcome ?? interview.outcome,
    handover: step.handover ?? interview.handover,
    earlyTransfer: step.earlyTransfer ?? interview.earlyTransfer,
  };
  // An early transfer already recorded had its consent; a step that leaves it as it is needs none again.
  const consent =
    (step.consentOfClientAndProviders ?? false) || (interview.earlyTransfer && step.earlyTransfer == null);
  const breach = transitionBreach({ ...next, consent });
  if (breach) return breach;
  return { ...next, newOrganisationId: step.newProviderId || interview.newOrganisationId };
}
