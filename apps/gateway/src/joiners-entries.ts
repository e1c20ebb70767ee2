import type { AccessLogEntry } from '@mienskip/kit/access-log';
import type { Caller } from '@mienskip/kit/rules';
import { callerIdentity } from '@mienskip/kit/token';

/**
 * The access-log batch of the requests that joined one shared subgraph answer (issue 19): the
 * entries the subgraph echoed for the request that fetched, once per joiner, each under the
 * joiner's own request id. Pure; `joined-access-log.ts` sends it.
 */
export function joinersEntries(
  echoed: readonly AccessLogEntry[],
  joiners: readonly Pick<Caller, 'requestId'>[],
): AccessLogEntry[] {
  return joiners.flatMap(({ requestId }) => echoed.map((entry) => ({ ...entry, requestId })));
}

/**
 * Whether the joiners are one caller, as the token of their batch says they are: the sharing key
 * (`fetchKey`) holds the same caller identity the signer's token does, so they always are — a
 * guard against that ever changing.
 */
export function oneCaller(joiners: readonly Caller[], audience: string): boolean {
  const identity = joiners[0] && callerIdentity(joiners[0], audience);
  return joiners.every((joiner) => callerIdentity(joiner, audience) === identity);
}
