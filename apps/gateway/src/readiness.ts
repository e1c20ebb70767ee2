import type { SubgraphHealth } from './subgraph-health.ts';

/** A dependency's state as `/ready` reports it. */
export interface DependencyHealth {
  ok: boolean;
  error?: string;
}

export interface ReadinessInput {
  /** False once the gateway is stopping (`graceful-stop.ts`). */
  accepting: boolean;
  /** The key store's database: without it no request can be authenticated. */
  keyStore: DependencyHealth;
  subgraphs: SubgraphHealth[];
  /** The rate limits' Redis, when they are kept there. */
  redis?: DependencyHealth;
}

export interface Readiness {
  httpStatus: 200 | 503;
  body: {
    status: 'ready' | 'unavailable' | 'stopping';
    keyStore: DependencyHealth;
    subgraphs: SubgraphHealth[];
    redis?: DependencyHealth;
  };
}

/**
 * The gateway is ready when it accepts requests and its own key store answers. Subgraphs and Redis
 * are reported, not counted: every replica shares them, so a load balancer that took gateways out
 * for a subgraph would take all of them out, turning a partial outage into a total one.
 */
export function gatewayReadiness(input: ReadinessInput): Readiness {
  const status = !input.accepting ? 'stopping' : input.keyStore.ok ? 'ready' : 'unavailable';
  return {
    httpStatus: status === 'ready' ? 200 : 503,
    body: {
      status,
      keyStore: input.keyStore,
      subgraphs: input.subgraphs,
      ...(input.redis && { redis: input.redis }),
    },
  };
}
