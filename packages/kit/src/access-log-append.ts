import type { Context } from '@opentelemetry/api';
import { ACCESS_LOG_MAX_ENTRIES, type AccessLogEntry } from './access-log-entry.ts';
import { sharedPooledFetch } from './pooled-fetch.ts';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from './token.ts';
import { withClientSpan } from './trace-context.ts';

const DEFAULT_TIMEOUT_MS = 5_000;

export class AccessLogError extends Error {
  override name = 'AccessLogError';
}

/** Where and as whom entries are appended to the audit service's `POST /entries`. */
export interface AccessLogAppend {
  /** The audit service's `/entries` URL; without it, appending entries fails (fail closed). */
  url: string | undefined;
  /** The internal token the entries are appended with: the log takes "who" from it. */
  token: string | undefined;
  /**
   * The request's id, sent as `x-request-id` beside the token: the gateway's token is shared by a
   * caller's requests and names none (a token that names one, the log takes from the token).
   * An entry with its own `requestId` is logged under that one instead (the gateway's batch for
   * requests that shared an answer; the log takes those only with a token that names no request).
   */
  requestId?: string | undefined;
  timeoutMs?: number | undefined;
  fetcher?: typeof fetch;
  /** Span attributes beside the entry count, e.g. the subgraph the entries are for. */
  spanAttributes?: Record<string, string | number>;
  /** The trace context of the request the entries are for, passed on (`withClientSpan`). */
  traceContext?: Context | undefined;
}

/**
 * The one writer of the access log (the recorder of a subgraph's own requests, and the gateway for
 * requests that shared another's answer): POSTs the entries, split only where one request may not
 * hold them (ACCESS_LOG_MAX_ENTRIES), and throws an AccessLogError when the log did not take them.
 */
export async function appendAccessLog(
  to: AccessLogAppend,
  entries: readonly AccessLogEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const { url, token } = to;
  if (!url) throw new AccessLogError('No access log URL is configured');
  if (!token) throw new AccessLogError('No internal token to write the access log with');
  for (let start = 0; start < entries.length; start += ACCESS_LOG_MAX_ENTRIES) {
    await post(to, url, token, entries.slice(start, start + ACCESS_LOG_MAX_ENTRIES));
  }
}

async function post(to: AccessLogAppend, url: string, token: string, entries: readonly AccessLogEntry[]) {
  let response: Response;
  try {
    response = await withClientSpan(
      'access-log append',
      { ...to.spanAttributes, 'mienskip.access_log.entries': entries.length },
      (traceHeaders) =>
        (to.fetcher ?? sharedPooledFetch())(url, {
          method: 'POST',
          headers: {
            ...traceHeaders,
            'content-type': 'application/json',
            [TOKEN_HEADER]: token,
            ...(to.requestId !== undefined && { [REQUEST_ID_HEADER]: to.requestId }),
          },
          body: JSON.stringify({ entries }),
          signal: AbortSignal.timeout(to.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        }),
      to.traceContext,
    );
  } catch (error) {
    throw new AccessLogError(`The access log did not answer: ${(error as Error).message}`);
  }
  // Read the body either way, so the keep-alive connection goes back to the pool.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new AccessLogError(`The access log refused the entries (HTTP ${response.status})`);
}
