import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { ACCESS_LOG_ECHO_HEADER } from '@mienskip/kit/access-log-echo';
import { ACCESS_LOG_SERVICE } from '@mienskip/kit/catalogue';
import { traceHeaders } from '@mienskip/kit/observability';
import type { Caller } from '@mienskip/kit/rules';
import { REQUEST_ID_HEADER, TOKEN_HEADER, type TokenSigner } from '@mienskip/kit/token';
import { GraphQLError } from 'graphql';
import type { Counter } from 'prom-client';
import type { GatewayContext } from './context.ts';
import { type JoinedAccessLog, logJoiners, withheldAnswer } from './joined-access-log.ts';
import type { GatewayMetrics } from './observability.ts';
import {
  fetchKey,
  InFlightFetches,
  isSharableFetch,
  joinedFetchCounter,
  ownCopy,
  ownFailure,
} from './subgraph-dedup.ts';
import { observedFetch } from './subgraph-fetch-observation.ts';
import type { SubgraphGuard } from './subgraph-guard.ts';

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
    /** Share identical query fetches in flight (`subgraph-dedup.ts`), logging joiners through this access log. */
    sharing?: { joinersLog: JoinedAccessLog },
  ) {
    const deadlineMs = guard.policy.deadlineMs;
    const withDeadline = ((input: string, init: RequestInit = {}) =>
      fetcher(input, { ...init, signal: AbortSignal.timeout(deadlineMs) })) as typeof fetch;
    super({ url, fetcher: observedFetch(subgraphName, withDeadline, metrics) as never });
    // The access log's owner logs reads of the log itself, not through the echo: never shared.
    if (sharing && subgraphName !== ACCESS_LOG_SERVICE) {
      // Whoever joined an answer is appended to the access log in one batch when it is in.
      this.inFlight = new InFlightFetches(logJoiners(sharing.joinersLog, subgraphName));
      this.joined = joinedFetchCounter(metrics);
    }
  }

  private readonly inFlight?: InFlightFetches<SubgraphAnswer, Caller>;
  private readonly joined?: Counter<'subgraph'> | undefined;

  /**
   * Through the breaker; a query fetch identical to one in flight (same caller, operation and
   * variables) shares its answer, each request with its own copy, and — when the subgraph logged
   * reads of personal data — with the same entries appended for it before it gets the answer: for
   * all who joined one answer in one batch, each entry under its own request id.
   */
  override async process(options: ProcessOptions): Promise<SubgraphAnswer> {
    const caller = 'incomingRequestContext' in options ? options.context.caller : undefined;
    if (
      !this.inFlight ||
      !caller ||
      !('incomingRequestContext' in options) ||
      !isSharableFetch(options.incomingRequestContext.operation?.operation, {
        query: options.request.query,
        document: options.document,
      })
    ) {
      // What this fetch logged is not echoed: a query executed for others too cannot be shared.
      if ('incomingRequestContext' in options)
        options.context.echoedAccessLog?.note(this.subgraphName, undefined);
      return this.guard.call(() => super.process(options));
    }
    const echoed = options.context.echoedAccessLog;
    const {
      answer,
      joined,
      alone,
      shared: joinersLogged,
    } = this.inFlight.share(
      fetchKey(this.subgraphName, caller, options.request),
      () => this.guard.call(() => super.process(askingForAccessLogEcho(options))),
      caller,
    );
    if (!joined) {
      const fetched = await answer;
      const { response, logged } = ownCopy(fetched, !alone());
      echoed?.note(this.subgraphName, logged);
      return response;
    }
    this.joined?.inc({ subgraph: this.subgraphName });
    let shared: SubgraphAnswer;
    try {
      shared = await answer;
    } catch (error) {
      throw ownFailure(error);
    }
    const { response, logged } = ownCopy(shared);
    // The subgraph did not say what it logged (or withheld the answer): fetch as if alone.
    echoed?.note(this.subgraphName, logged);
    if (!logged) return this.guard.call(() => super.process(options));
    try {
      await joinersLogged; // One append for all who joined this answer (`logJoiners`).
    } catch (error) {
      echoed?.note(this.subgraphName, undefined);
      options.context.logger.error(
        { err: error, subgraph: this.subgraphName, entries: logged.length },
        'access log of a shared subgraph answer not written: withheld',
      );
      return withheldAnswer();
    }
    return response;
  }

  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (!context.caller) return; // The gateway itself (health checks) never queries subgraphs.
    // The token is shared by this caller's requests to this subgraph for a while (the signer reuses
    // it); the request's own id goes beside it, and the subgraph refuses the token without it.
    request.http?.headers.set(TOKEN_HEADER, await this.signer.sign(context.caller, this.subgraphName));
    request.http?.headers.set(REQUEST_ID_HEADER, context.caller.requestId);
    // The caller's trace goes on even when this gateway does not trace (a client span's replaces it when it does).
    if (context.traceContext)
      for (const [name, value] of Object.entries(traceHeaders(context.traceContext)))
        request.http?.headers.set(name, value);
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

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
type SubgraphAnswer = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** The fetch, asking the subgraph to echo what it logged (`@mienskip/kit/access-log-echo`). */
function askingForAccessLogEcho(options: ProcessOptions): ProcessOptions {
  const headers = new Headers();
  for (const [name, value] of options.request.http?.headers ?? []) headers.append(name, value);
  headers.set(ACCESS_LOG_ECHO_HEADER, '1');
  return {
    ...options,
    request: { ...options.request, http: { method: 'POST', url: options.request.http?.url ?? '', headers } },
  };
}
