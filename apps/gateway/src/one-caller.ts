import type { Caller } from '@mienskip/kit/rules';
import { callerIdentity } from '@mienskip/kit/token';

/**
 * Whether the joiners of one shared answer are one caller, as the token of their access-log batch
 * says they are: the sharing key (`fetchKey`, `executionKey`) holds the same caller identity the
 * signer's token does, so they always are — a guard against that ever changing.
 */
export function oneCaller(joiners: readonly Caller[], audience: string): boolean {
  const identity = joiners[0] && callerIdentity(joiners[0], audience);
  return joiners.every((joiner) => callerIdentity(joiner, audience) === identity);
}
