import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, type BreakerState, beforeCall, CLOSED } from '../src/circuit-breaker.ts';

const policy = { failureThreshold: 3, openMs: 1_000 };

function failTimes(times: number, now = 0, from: BreakerState = CLOSED): BreakerState {
  let state = from;
  for (let i = 0; i < times; i++) state = afterFailure(state, now, policy);
  return state;
}

describe('the circuit breaker', () => {
  it('lets calls through while closed, below the threshold of consecutive failures', () => {
    const state = failTimes(2);
    expect(state).toEqual({ name: 'closed', failures: 2 });
    expect(beforeCall(state, 0).allowed).toBe(true);
  });

  it('counts only consecutive failures: an answer in between starts again', () => {
    const state = failTimes(2, 0, afterSuccess(failTimes(2)));
    expect(state.name).toBe('closed');
  });

  it('opens at the threshold and fails fast until the open time has passed', () => {
    const open = failTimes(3, 100);
    expect(open).toEqual({ name: 'open', until: 1_100 });
    expect(beforeCall(open, 100)).toEqual({ allowed: false, state: open });
    expect(beforeCall(open, 1_099).allowed).toBe(false);
  });

  it('then lets one trial call through (half-open) and refuses others while it runs', () => {
    const trial = beforeCall(failTimes(3), 1_000);
    expect(trial).toEqual({ allowed: true, state: { name: 'half-open', trialInFlight: true } });
    expect(beforeCall(trial.state, 1_001).allowed).toBe(false);
  });

  it('closes as soon as the trial call is answered', () => {
    const { state } = beforeCall(failTimes(3), 1_000);
    const closed = afterSuccess(state);
    expect(closed).toEqual(CLOSED);
    expect(beforeCall(closed, 1_001).allowed).toBe(true);
  });

  it('opens again for the open time when the trial call fails', () => {
    const { state } = beforeCall(failTimes(3), 1_000);
    const reopened = afterFailure(state, 1_500, policy);
    expect(reopened).toEqual({ name: 'open', until: 2_500 });
    expect(beforeCall(reopened, 2_000).allowed).toBe(false);
  });

  it('is not extended by late failures of calls sent before it opened', () => {
    const open = failTimes(3, 0);
    expect(afterFailure(open, 900, policy)).toBe(open);
  });

  it('closes when a call sent before it opened is answered after all', () => {
    expect(afterSuccess(failTimes(3))).toEqual(CLOSED);
  });
});
