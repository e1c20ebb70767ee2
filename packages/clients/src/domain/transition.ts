import type { HandoverStatus, TransitionOutcome } from './codes.ts';
import { RuleViolationError } from './errors.ts';

/**
 * Where a resident stands in the 2020 transition (P5, BR-T1). The council letter of late 2020 checks
 * that "every client has a follow-up after the perspective conversation": the conversation, then the
 * match with a new provider, then the warm handover. `FOLLOW_UP_PENDING` is its "follow-up still to
 * do": held, and nothing has followed yet (no handover started).
 */
export const TRANSITION_STATUSES = [
  'NOT_PLANNED',
  'PLANNED',
  'FOLLOW_UP_PENDING',
  'HANDOVER_IN_PROGRESS',
  'HANDED_OVER',
] as const;
export type TransitionStatus = (typeof TRANSITION_STATUSES)[number];

/**
 * Statuses of an earlier release, kept as filters with their old meaning and never returned:
 * `NO_FOLLOW_UP` meant no interview planned or held (now `NOT_PLANNED`), `HELD_NOT_HANDED_OVER` held
 * but not handed over (now `FOLLOW_UP_PENDING` or `HANDOVER_IN_PROGRESS`).
 */
export const DEPRECATED_TRANSITION_STATUSES = {
  NO_FOLLOW_UP: ['NOT_PLANNED'],
  HELD_NOT_HANDED_OVER: ['FOLLOW_UP_PENDING', 'HANDOVER_IN_PROGRESS'],
} as const satisfies Record<string, readonly TransitionStatus[]>;
export type DeprecatedTransitionStatus = keyof typeof DEPRECATED_TRANSITION_STATUSES;

/** The statuses a filter value stands for: itself, or what a deprecated value meant. */
export function statusesMeant(
  filter: TransitionStatus | DeprecatedTransitionStatus,
): readonly TransitionStatus[] {
  return filter in DEPRECATED_TRANSITION_STATUSES
    ? DEPRECATED_TRANSITION_STATUSES[filter as DeprecatedTransitionStatus]
    : [filter as TransitionStatus];
}

export interface TransitionState {
  plannedOn: string | null;
  heldOn: string | null;
  outcome: TransitionOutcome | null;
  handover: HandoverStatus;
}

/**
 * Where an interview stands, now or at the end of `asOf` (a period's last day): an interview held
 * after that day counts as not yet held. Planning and handover steps carry no date of their own, so
 * a planned date counts whenever it is set, and a held interview's handover as it is recorded.
 */
export function transitionStatus(state: TransitionState, asOf?: string): TransitionStatus {
  const held = state.heldOn !== null && (asOf === undefined || state.heldOn <= asOf);
  if (!held) return state.plannedOn === null ? 'NOT_PLANNED' : 'PLANNED';
  if (state.handover === 'COMPLETED') return 'HANDED_OVER';
  return state.handover === 'IN_PROGRESS' ? 'HANDOVER_IN_PROGRESS' : 'FOLLOW_UP_PENDING';
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
