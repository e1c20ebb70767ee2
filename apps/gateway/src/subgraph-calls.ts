import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { TOKEN_HEADER, type TokenSigner } from '@mienskip/kit/token';
import { GraphQLError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import type { GatewayContext } from './context.ts';
import type { GatewayMetrics } from './observability.ts';
import { observedFetch } from './subgraph-fetch-observation.ts';
import type { SubgraphGuard } from './subgraph-guard.ts';

export interface SubgraphTimeouts {
  connectMs: number;
  requestMs: number;
}

/**
 * One keep-alive connection pool for all subgraph calls, with timeouts: undici doubled the
 * gateway's throughput over the default fetcher (docs/architecture.md, performance rules).
 */
export function createSubgraphFetcher(timeouts: SubgraphTimeouts) {
  const agent = new Agent({
    keepAliveTimeout: 30_000,
    connections: 64,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.requestMs,
    bodyTimeout: timeouts.requestMs,
  });
  const fetcher = ((url: string, init: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(url, { ...init, dispatcher: agent })) as unknown as typeof fetch;
  return { fetcher, close: () => agent.close() };
}

/**
 * Calls one subgraph with a fresh internal token saying who asks, for that subgraph only, within
 * the subgraph's deadline and through its circuit breaker (`guard`): a call that fails, is refused
 * or is not answered in time costs only the fields that subgraph owns (`SUBGRAPH_UNAVAILABLE`).
 * Each call that goes out is traced and timed (`subgraph-fetch-observation.ts`).
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly signer: TokenSigner,
    fetcher: typeof fetch,
    private readonly guard: SubgraphGuard,
    metrics?: GatewayMetrics,
  ) {
    const deadlineMs = guard.policy.deadlineMs;
    const withDeadline = ((input: string, init: RequestInit = {}) =>
      fetcher(input, { ...init, signal: AbortSignal.timeout(deadlineMs) })) as typeof fetch;
    super({ url, fetcher: observedFetch(subgraphName, withDeadline, metrics) as never });
  }

  override process(
    options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0],
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    return this.guard.call(() => super.process(options));
  }

  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (!context.caller) return; // The gateway itself (health checks) never queries subgraphs.
    request.http?.headers.set(TOKEN_HEADER, await this.signer.sign(context.caller, this.subgraphName));
    request.http?.headers.set('x-request-id', context.caller.requestId);
  }

  /**
   * A subgraph answers 400 when it refuses the operation's variables — a custom scalar the gateway
   * cannot check, such as a `Date` that is no date. That is the caller's mistake: pass the
   * subgraph's message on as `BAD_USER_INPUT` instead of an internal error.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    if (response.status === 400) {
      const body = (await this.parseBody(response)) as { errors?: { message?: unknown }[] } | string;
      const message = typeof body === 'object' ? body.errors?.[0]?.message : undefined;
      if (typeof message === 'string')
        return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return super.errorFromResponse(response);
  }
}
