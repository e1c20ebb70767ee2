import { createServiceMetrics, type ServiceMetrics } from '@mienskip/kit/observability';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { BreakerState } from './circuit-breaker.ts';

/** Seconds; a subgraph answers in milliseconds, and its deadline is at most tens of seconds. */
const FETCH_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const BREAKER_STATES: readonly BreakerState['name'][] = ['closed', 'half-open', 'open'];

export type RateLimitKind = 'requests' | 'cost';
/** `ok`: 2xx; `refused`: 4xx; `failed`: 5xx; `timeout`: past the deadline; `unreachable`: no answer at all. */
export type FetchOutcome = 'ok' | 'refused' | 'failed' | 'timeout' | 'unreachable';

/**
 * The gateway's Prometheus metrics: the kit's request, error and SQL metrics of every service,
 * plus what only the gateway knows — rate-limit refusals, its calls to subgraphs, and each
 * subgraph's circuit breaker. Labels are bounded: operation names (the kit caps their number),
 * subgraph names, fixed words. Never a variable, a key or an organisation.
 */
export interface GatewayMetrics extends ServiceMetrics {
  /** `mienskip_rate_limit_refusals_total{limit}`: requests refused with 429, by the limit (`requests`, `cost`). */
  readonly rateLimitRefusals: Counter<'limit'>;
  /** `mienskip_subgraph_fetch_duration_seconds{subgraph, outcome}`: each call that went out to a subgraph. */
  readonly subgraphFetchDuration: Histogram<'subgraph' | 'outcome'>;
  /** Reads each subgraph's breaker state when `/metrics` is scraped. */
  watchBreakers(states: () => Record<string, BreakerState['name']>): void;
}

export function createGatewayMetrics(): GatewayMetrics {
  const metrics = createServiceMetrics('gateway');
  const registers = [metrics.registry];
  let breakerStates: () => Record<string, BreakerState['name']> = () => ({});
  new Gauge({
    name: 'mienskip_subgraph_breaker_state',
    help: "Each subgraph's circuit breaker: 1 for the state it is in (closed, half-open, open), 0 for the others",
    labelNames: ['subgraph', 'state'],
    registers,
    // Workers of a cluster (`cluster/`) each have their breakers: 1 when any worker's is in the state.
    aggregator: 'max',
    collect() {
      this.reset();
      for (const [subgraph, current] of Object.entries(breakerStates())) {
        for (const state of BREAKER_STATES) this.set({ subgraph, state }, state === current ? 1 : 0);
      }
    },
  });
  return Object.assign(metrics, {
    rateLimitRefusals: new Counter({
      name: 'mienskip_rate_limit_refusals_total',
      help: 'Requests refused with 429 by the per-key rate limits, by limit (requests, cost)',
      labelNames: ['limit'],
      registers,
    }),
    subgraphFetchDuration: new Histogram({
      name: 'mienskip_subgraph_fetch_duration_seconds',
      help: 'Time a call to a subgraph took, by subgraph and outcome (ok, refused, failed, timeout, unreachable); calls the breaker refused never go out and are not here',
      labelNames: ['subgraph', 'outcome'],
      buckets: FETCH_BUCKETS,
      registers,
    }),
    watchBreakers(states: () => Record<string, BreakerState['name']>) {
      breakerStates = states;
    },
  });
}

/** Counts every request to `/graphql` as it arrives, before anything can refuse it. */
export function countGraphQLRequest(metrics: ServiceMetrics): RequestHandler {
  return (_req, _res, next) => {
    metrics.graphqlRequests.inc();
    next();
  };
}
