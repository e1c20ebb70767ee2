import type { HandoverStatus, TransitionOutcome } from './codes.ts';

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

export interface RuleBreach {
  field: string;
  message: string;
}

/** The transition's date before which early transfer needs everyone's consent (BR-T4). */
export const TRANSITION_DATE = '2021-01-01';

/** Checks a recorded interview step against P5's order. */
export function transitionBreach(
  next: TransitionState & { earlyTransfer: boolean; consent: boolean },
): RuleBreach | null {
  if (next.outcome !== null && next.heldOn === null) {
    return { field: 'outcome', message: 'An outcome needs the interview to have been held' };
  }
  if (next.heldOn !== null && next.plannedOn !== null && next.heldOn < next.plannedOn) {
    // A held date before the planned one is a typing error more often than not.
    return { field: 'heldOn', message: 'The interview was held before it was planned' };
  }
  if (next.handover !== 'NOT_STARTED' && next.outcome === null) {
    return { field: 'handover', message: 'A warm handover needs the outcome of the interview' };
  }
  if (next.earlyTransfer && !next.consent) {
    return {
      field: 'earlyTransfer',
      message: 'Transfer before 1 January 2021 needs the consent of the client and both providers',
    };
  }
  return null;
}
