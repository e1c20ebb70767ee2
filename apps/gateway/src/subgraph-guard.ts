import type { Logger } from '@mienskip/kit/logger';
import { afterFailure, afterSuccess, type BreakerState, beforeCall, CLOSED } from './circuit-breaker.ts';
import type { SubgraphCallPolicy } from './subgraph-policy.ts';
import { isUnavailability, subgraphUnavailable } from './subgraph-unavailable.ts';

/**
 * Keeps one subgraph's circuit breaker and runs its calls through it: a call the breaker refuses, or
 * one that fails as an unavailability, ends in `SUBGRAPH_UNAVAILABLE` naming the subgraph. Every
 * change of state is logged with the subgraph's name.
 */
export class SubgraphGuard {
  private current: BreakerState = CLOSED;

  constructor(
    readonly subgraph: string,
    readonly policy: SubgraphCallPolicy,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState['name'] {
    return this.current.name;
  }

  async call<T>(run: () => Promise<T>): Promise<T> {
    const decision = beforeCall(this.current, this.now());
    this.change(decision.state);
    if (!decision.allowed) throw subgraphUnavailable(this.subgraph);
    try {
      const result = await run();
      this.change(afterSuccess(this.current));
      return result;
    } catch (error) {
      if (!isUnavailability(error)) {
        this.change(afterSuccess(this.current));
        throw error;
      }
      this.logger.warn({ subgraph: this.subgraph, err: describe(error) }, 'subgraph call failed');
      this.change(afterFailure(this.current, this.now(), this.policy));
      throw subgraphUnavailable(this.subgraph);
    }
  }

  private change(next: BreakerState) {
    const previous = this.current;
    this.current = next;
    if (previous.name === next.name) return;
    const message = {
      closed: 'subgraph breaker closed',
      open: 'subgraph breaker opened',
      'half-open': 'subgraph breaker half-open: one trial call',
    }[next.name];
    const level = next.name === 'open' ? 'warn' : 'info';
    this.logger[level]({ subgraph: this.subgraph, breaker: next.name, previous: previous.name }, message);
  }
}

/** The failure's kind for the log, without its message (it may hold an internal address). */
function describe(error: unknown): { type: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return { type: error.name, ...(typeof code === 'string' && { code }) };
}
