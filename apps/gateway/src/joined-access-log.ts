import { ACCESS_LOG_MAX_ENTRIES, type AccessLogEntry } from '@mienskip/kit/access-log';
import { ACCESS_LOG_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE_MESSAGE } from '@mienskip/kit/access-log-echo';
import { ACCESS_LOG_SERVICE } from '@mienskip/kit/catalogue';
import { withClientSpan } from '@mienskip/kit/observability';
import type { Caller } from '@mienskip/kit/rules';
import { TOKEN_HEADER, type TokenSigner } from '@mienskip/kit/token';

const TIMEOUT_MS = 5_000;

/**
 * The access log of requests that shared another's subgraph answer (`subgraph-dedup.ts`): the
 * subgraph logged the request that fetched, and echoed what it logged; the gateway appends the same
 * entries for each request that joined, as that subgraph would have — to the audit service's
 * `POST /entries`, with a token for the joiner's caller and the subgraph as audience, and the
 * joiner's request id — before the joiner uses the answer.
 */
export interface JoinedAccessLog {
  /** Throws when the log did not take them: the joiner's data is then withheld (`withheldAnswer`). */
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
  timeoutMs = TIMEOUT_MS,
): JoinedAccessLog {
  return {
    async append(caller, subgraph, entries) {
      if (entries.length === 0) return;
      if (!url) throw new Error('The graph has no access log to append to');
      const token = await signer.sign(caller, subgraph);
      for (let start = 0; start < entries.length; start += ACCESS_LOG_MAX_ENTRIES) {
        const batch = entries.slice(start, start + ACCESS_LOG_MAX_ENTRIES);
        const response = await withClientSpan(
          'access-log append',
          { 'mienskip.access_log.entries': batch.length, 'mienskip.subgraph': subgraph },
          (traceHeaders) =>
            fetcher(url, {
              method: 'POST',
              headers: {
                ...traceHeaders,
                'content-type': 'application/json',
                [TOKEN_HEADER]: token,
                'x-request-id': caller.requestId,
              },
              body: JSON.stringify({ entries: batch }),
              signal: AbortSignal.timeout(timeoutMs),
            }),
        );
        // Read the body either way, so the keep-alive connection goes back to the pool.
        await response.arrayBuffer().catch(() => undefined);
        if (!response.ok) throw new Error(`The access log refused the entries (HTTP ${response.status})`);
      }
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
