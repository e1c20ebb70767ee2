import type { BreakerPolicy } from './circuit-breaker.ts';

/** How the gateway calls one subgraph: its deadline and its circuit breaker. */
export interface SubgraphCallPolicy extends BreakerPolicy {
  /** How long one call may take, from sending to the last byte of the answer. */
  deadlineMs: number;
}

export const DEFAULT_SUBGRAPH_CALL_POLICY: SubgraphCallPolicy = {
  deadlineMs: 5_000,
  failureThreshold: 5,
  openMs: 10_000,
};

export function subgraphDeadlineEnv(name: string): string {
  return `MIENSKIP_${name.toUpperCase()}_DEADLINE_MS`;
}

/**
 * One subgraph's call policy: `overrides` (tests) before the environment —
 * `MIENSKIP_<NAME>_DEADLINE_MS`, `MIENSKIP_SUBGRAPH_BREAKER_FAILURES`, `MIENSKIP_SUBGRAPH_BREAKER_OPEN_MS`
 * — before the defaults. Throws a readable error for a value that is no positive whole number.
 */
export function subgraphCallPolicy(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SubgraphCallPolicy> = {},
): SubgraphCallPolicy {
  const read = (variable: string, fallback: number) => {
    const value = env[variable];
    if (value === undefined || value === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0)
      throw new Error(`${variable} must be a positive whole number, not "${value}"`);
    return number;
  };
  const defaults = DEFAULT_SUBGRAPH_CALL_POLICY;
  return {
    deadlineMs: overrides.deadlineMs ?? read(subgraphDeadlineEnv(name), defaults.deadlineMs),
    failureThreshold:
      overrides.failureThreshold ?? read('MIENSKIP_SUBGRAPH_BREAKER_FAILURES', defaults.failureThreshold),
    openMs: overrides.openMs ?? read('MIENSKIP_SUBGRAPH_BREAKER_OPEN_MS', defaults.openMs),
  };
}
