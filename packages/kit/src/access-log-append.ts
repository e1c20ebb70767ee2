import type { Context } from '@opentelemetry/api';
import {
  ACCESS_LOG_MAX_ENTRIES,
  ACCESS_LOG_MAX_ROWS,
  type AccessLogBatch,
  type AccessLogEntry,
} from './access-log-entry.ts';
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
 * hold them (ACCESS_LOG_MAX_ENTRIES, ACCESS_LOG_MAX_ROWS), and throws an AccessLogError when the
 * log did not take them. With `forRequests` (the gateway's, issue 19) the log stores every entry
 * once for each of those requests: the entries travel, and are checked, once.
 */
export async function appendAccessLog(
  to: AccessLogAppend,
  entries: readonly AccessLogEntry[],
  forRequests?: readonly string[],
): Promise<void> {
  if (entries.length === 0 || forRequests?.length === 0) return;
  const { url, token } = to;
  if (!url) throw new AccessLogError('No access log URL is configured');
  if (!token) throw new AccessLogError('No internal token to write the access log with');
  for (const batch of batches(entries, forRequests)) await post(to, url, token, batch);
}

function* batches(
  entries: readonly AccessLogEntry[],
  forRequests: readonly string[] | undefined,
): Generator<AccessLogBatch> {
  for (let start = 0; start < entries.length; start += ACCESS_LOG_MAX_ENTRIES) {
    const part = entries.slice(start, start + ACCESS_LOG_MAX_ENTRIES);
    if (!forRequests) {
      yield { entries: part };
      continue;
    }
    const requestsPerBatch = Math.floor(ACCESS_LOG_MAX_ROWS / part.length);
    for (let first = 0; first < forRequests.length; first += requestsPerBatch)
      yield { entries: part, requestIds: forRequests.slice(first, first + requestsPerBatch) };
  }
}

async function post(to: AccessLogAppend, url: string, token: string, batch: AccessLogBatch) {
  const { entries } = batch;
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
          body: JSON.stringify(batch),
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
