/**
 * The circuit breaker of one subgraph as a pure state machine: the caller passes the time in and
 * keeps the state. After `failureThreshold` consecutive failures calls fail fast for `openMs`
 * (open); then one trial call goes through (half-open), and any answer closes the breaker again.
 */
export interface BreakerPolicy {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker refuses calls before it lets one trial through. */
  openMs: number;
}

export type BreakerState =
  | { name: 'closed'; failures: number }
  | { name: 'open'; until: number }
  | { name: 'half-open'; trialInFlight: boolean };

export const CLOSED: BreakerState = { name: 'closed', failures: 0 };

/** Whether a call may go out now, and the state after deciding (an open breaker's trial starts here). */
export function beforeCall(state: BreakerState, now: number): { allowed: boolean; state: BreakerState } {
  switch (state.name) {
    case 'closed':
      return { allowed: true, state };
    case 'open':
      return now >= state.until
        ? { allowed: true, state: { name: 'half-open', trialInFlight: true } }
        : { allowed: false, state };
    case 'half-open':
      return state.trialInFlight
        ? { allowed: false, state }
        : { allowed: true, state: { name: 'half-open', trialInFlight: true } };
  }
}

/** The subgraph answered: back to normal. */
export function afterSuccess(_state: BreakerState): BreakerState {
  return CLOSED;
}

/** The subgraph failed, refused or did not answer in time. */
export function afterFailure(state: BreakerState, now: number, policy: BreakerPolicy): BreakerState {
  switch (state.name) {
    case 'closed': {
      const failures = state.failures + 1;
      return failures >= policy.failureThreshold
        ? { name: 'open', until: now + policy.openMs }
        : { name: 'closed', failures };
    }
    case 'half-open':
      return { name: 'open', until: now + policy.openMs };
    case 'open':
      // A call that went out before the breaker opened: it keeps the breaker open as it is.
      return state;
  }
}
