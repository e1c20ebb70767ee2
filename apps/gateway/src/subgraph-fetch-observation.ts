import { markFailed, withClientSpan } from '@mienskip/kit/observability';
import { trace } from '@opentelemetry/api';
import type { FetchOutcome, GatewayMetrics } from './observability.ts';

/**
 * Wraps the fetch of one subgraph: each call gets a client span under the operation's span, whose
 * `traceparent` goes along in the headers (the subgraph's spans continue it), and its duration is
 * observed by outcome. Without tracing the incoming trace context is still passed on.
 */
export function observedFetch(
  subgraph: string,
  fetcher: typeof fetch,
  metrics?: GatewayMetrics,
): typeof fetch {
  return (async (input: string, init: RequestInit = {}) => {
    const started = performance.now();
    const observe = (outcome: FetchOutcome) =>
      metrics?.subgraphFetchDuration.observe({ subgraph, outcome }, (performance.now() - started) / 1000);
    const attributes = { 'mienskip.subgraph': subgraph, 'http.request.method': init.method ?? 'POST' };
    return withClientSpan(`subgraph ${subgraph}`, attributes, async (traceHeaders) => {
      let response: Response;
      try {
        response = await fetcher(input, {
          ...init,
          headers: { ...(init.headers as Record<string, string> | undefined), ...traceHeaders },
        });
      } catch (error) {
        observe((error as Error | undefined)?.name === 'TimeoutError' ? 'timeout' : 'unreachable');
        throw error;
      }
      const outcome: FetchOutcome = response.ok ? 'ok' : response.status >= 500 ? 'failed' : 'refused';
      observe(outcome);
      const span = trace.getActiveSpan();
      span?.setAttribute('http.response.status_code', response.status);
      if (span && outcome !== 'ok') markFailed(span, undefined, `HTTP ${response.status}`);
      return response;
    });
  }) as typeof fetch;
}
