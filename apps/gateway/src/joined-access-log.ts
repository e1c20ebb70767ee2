import { type AccessLogEntry, appendAccessLog } from '@mienskip/kit/access-log';
import { ACCESS_LOG_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE_MESSAGE } from '@mienskip/kit/access-log-echo';
import { ACCESS_LOG_SERVICE } from '@mienskip/kit/catalogue';
import type { Caller } from '@mienskip/kit/rules';
import type { TokenSigner } from '@mienskip/kit/token';

/**
 * The access log of requests that shared another's subgraph answer (`subgraph-dedup.ts`): the
 * subgraph logged the request that fetched, and echoed what it logged; the gateway appends the same
 * entries for each request that joined, as that subgraph would have — to the audit service's
 * `POST /entries`, with a token for the joiner's caller and the subgraph as audience, and the
 * joiner's request id — before the joiner uses the answer.
 */
export interface JoinedAccessLog {
  /**
   * Throws (an AccessLogError) when the log did not take them: the joiner's data is then withheld
   * (`withheldAnswer`). Written by the kit's `appendAccessLog`, as the subgraph's own entries are.
   */
  append(caller: Caller, subgraph: string, entries: readonly AccessLogEntry[]): Promise<void>;
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
    async append(caller, subgraph, entries) {
      // Signed only when there is something to append and somewhere to append it.
      const token = entries.length > 0 && url ? await signer.sign(caller, subgraph) : undefined;
      await appendAccessLog(
        {
          url,
          token,
          requestId: caller.requestId,
          timeoutMs,
          fetcher,
          spanAttributes: { 'mienskip.subgraph': subgraph },
        },
        entries,
      );
    },
  };
}

/** What the subgraph itself answers when its access log cannot be written. */
export function withheldAnswer() {
  return {
    data: null,
    errors: [{ message: ACCESS_LOG_UNAVAILABLE_MESSAGE, extensions: { code: ACCESS_LOG_UNAVAILABLE } }],
  };
}
