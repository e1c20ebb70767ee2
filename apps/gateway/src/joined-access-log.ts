import { type AccessLogEntry, AccessLogError, appendAccessLog } from '@mienskip/kit/access-log';
import {
  ACCESS_LOG_UNAVAILABLE,
  ACCESS_LOG_UNAVAILABLE_MESSAGE,
  echoedAccessLog,
} from '@mienskip/kit/access-log-echo';
import { ACCESS_LOG_SERVICE } from '@mienskip/kit/catalogue';
import type { Caller } from '@mienskip/kit/rules';
import type { TokenSigner } from '@mienskip/kit/token';
import { oneCaller } from './one-caller.ts';

/**
 * The access log of requests that shared another's subgraph answer (`subgraph-dedup.ts`): the
 * subgraph logged the request that fetched, and echoed what it logged; the gateway appends the same
 * entries for every request that joined, as that subgraph would have — to the audit service's
 * `POST /entries`, in one batch per shared answer (issue 19) that names the joiners' request ids
 * (the log stores every entry once for each), with a token for the joiners' caller and the
 * subgraph as audience — before any joiner uses the answer.
 */
export interface JoinedAccessLog {
  /**
   * Throws (an AccessLogError) when the log did not take them: every joiner's data is then withheld
   * (`withheldAnswer`). Written by the kit's `appendAccessLog`, as the subgraph's own entries are.
   */
  append(joiners: readonly Caller[], subgraph: string, entries: readonly AccessLogEntry[]): Promise<void>;
}

/** The audit service's `/entries`, beside its `/graphql`; undefined when the graph has none. */
export function accessLogEntriesUrl(subgraphUrls: ReadonlyMap<string, string>): string | undefined {
  const audit = subgraphUrls.get(ACCESS_LOG_SERVICE);
  return audit === undefined ? undefined : new URL('entries', audit).href;
}

export function joinedAccessLog(
  url: string | undefined,
  signer: TokenSigner,
  fetcher: typeof fetch,
  timeoutMs?: number,
): JoinedAccessLog {
  return {
    async append(joiners, subgraph, entries) {
      const first = joiners[0];
      if (!first || entries.length === 0) return;
      // One token for the batch: the joiners of one answer are one caller (the sharing key says so).
      if (!oneCaller(joiners, subgraph))
        throw new AccessLogError('The joiners of one answer are not one caller');
      // Signed only when there is somewhere to append.
      const token = url ? await signer.sign(first, subgraph) : undefined;
      await appendAccessLog(
        {
          url,
          token,
          // The append's own id: the first joiner's (the batch names every joiner's request).
          requestId: first.requestId,
          timeoutMs,
          fetcher,
          spanAttributes: { 'mienskip.subgraph': subgraph, 'mienskip.joiners': joiners.length },
        },
        entries,
        joiners.map(({ requestId }) => requestId),
      );
    },
  };
}

/**
 * `InFlightFetches`' `whenShared` for one subgraph: once the answer is in, the access log of all
 * who joined it, from what the subgraph echoed. No echo: nothing here, each joiner fetches itself.
 */
export function logJoiners(log: JoinedAccessLog, subgraph: string) {
  return async (answer: { extensions?: Record<string, unknown> }, joiners: readonly Caller[]) => {
    const echoed = echoedAccessLog(answer.extensions);
    if (echoed) await log.append(joiners, subgraph, echoed);
  };
}

/** What the subgraph itself answers when its access log cannot be written. */
export function withheldAnswer() {
  return {
    data: null,
    errors: [{ message: ACCESS_LOG_UNAVAILABLE_MESSAGE, extensions: { code: ACCESS_LOG_UNAVAILABLE } }],
  };
}
