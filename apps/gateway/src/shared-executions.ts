import type { ApolloGateway } from '@apollo/gateway';
import type { AccessLogEntry } from '@mienskip/kit/access-log';
import type { Caller } from '@mienskip/kit/rules';
import { callerIdentity } from '@mienskip/kit/token';
import { Counter } from 'prom-client';
import type { GatewayContext } from './context.ts';
import type { JoinedAccessLog } from './joined-access-log.ts';
import type { GatewayMetrics } from './observability.ts';
import { InFlightFetches, stableJson } from './subgraph-dedup.ts';

type Executor = ApolloGateway['executor'];
type ExecutionRequest = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;

/**
 * What the subgraphs logged in the access log for one execution, as they echoed it to the gateway
 * (`subgraph-calls.ts` notes each fetch): by subgraph. Incomplete as soon as one fetch did not say
 * what it logged (the audit service's own, a subgraph that did not echo, an answer withheld).
 */
export class EchoedAccessLog {
  readonly bySubgraph: { subgraph: string; entries: readonly AccessLogEntry[] }[] = [];
  complete = true;

  note(subgraph: string, entries: readonly AccessLogEntry[] | undefined): void {
    if (entries === undefined) this.complete = false;
    else if (entries.length > 0) this.bySubgraph.push({ subgraph, entries });
  }
}

interface Execution {
  result: ExecutionResult;
  /** Whether another request of the same caller may take this result (see `isShareable`). */
  shareable: boolean;
  echoed: EchoedAccessLog;
}

/**
 * What makes two executions identical: the caller as its internal tokens name it (key,
 * organisation, its kind, scopes, stated and allowed purposes), the operation's text and name, and
 * the variables. Undefined for anything but a query, or an operation without its text.
 */
export function executionKey(request: ExecutionRequest, caller: Caller | undefined): string | undefined {
  if (!caller || request.operation?.operation !== 'query') return undefined;
  const source = request.source ?? request.request.query;
  if (source === undefined) return undefined;
  return stableJson([
    callerIdentity(caller, 'gateway'),
    request.request.operationName ?? null,
    source,
    request.request.variables ?? {},
  ]);
}

/**
 * A result others may take: complete data without errors or extensions (an error may name what
 * failed for this request only — a deadline, a breaker — so such a request's joiners ask again
 * themselves), and an access log the subgraphs echoed for every fetch, so that each joiner can be
 * logged as if it had read the data itself.
 */
export function isShareable(result: ExecutionResult, echoed: EchoedAccessLog): boolean {
  return echoed.complete && (result.errors === undefined || result.errors.length === 0) && !result.extensions;
}

const JOINED = 'mienskip_operations_joined_total';

function joinedCounter(metrics: GatewayMetrics | undefined): Counter | undefined {
  if (!metrics) return undefined;
  return (
    (metrics.registry.getSingleMetric(JOINED) as Counter | undefined) ??
    new Counter({
      name: JOINED,
      help: 'Queries that joined an identical one of the same caller in flight to take its result (one whose result could not be shared executes after all)',
      registers: [metrics.registry],
    })
  );
}

/**
 * Shares executions of identical queries in flight (issue 19), one step above the shared subgraph
 * fetches: while a query executes, an identical one of the same caller (`executionKey`) waits for
 * its result instead of planning and fetching again. Everything before execution — key, rate limit
 * and query cost, trusted documents, validation — was done for each request, and so is everything
 * after it. Before a joiner gets the result, the access log gets the entries the subgraphs wrote
 * for the request that executed, once for every joiner under its own request id, in one append per
 * subgraph (`JoinedAccessLog`). A joiner whose leader failed, whose result is not shareable or
 * whose entries the log did not take executes itself: its own subgraph calls then log it, or
 * withhold its data, as for any request.
 */
export function shareExecutions(
  gateway: ApolloGateway,
  log: JoinedAccessLog,
  metrics?: GatewayMetrics,
): ApolloGateway {
  const joined = joinedCounter(metrics);
  const flights = new InFlightFetches<Execution, Caller>(async (execution, joiners) => {
    if (!execution.shareable) return;
    for (const { subgraph, entries } of execution.echoed.bySubgraph)
      await log.append(joiners, subgraph, entries);
  });
  const execute = gateway.executor;
  gateway.executor = async (request) => {
    const context = request.context as GatewayContext;
    const key = executionKey(request, context.caller);
    if (key === undefined) return execute(request);
    const {
      answer,
      joined: isJoiner,
      shared,
    } = flights.share(
      key,
      async () => {
        const echoed = new EchoedAccessLog();
        context.echoedAccessLog = echoed;
        const result = await execute(request);
        return { result, shareable: isShareable(result, echoed), echoed };
      },
      context.caller,
    );
    if (!isJoiner) return (await answer).result;
    joined?.inc();
    const execution = await answer.catch(() => undefined);
    if (!execution?.shareable) return execute(request);
    try {
      await shared;
    } catch (error) {
      context.logger.warn(
        { err: error, requestId: context.caller.requestId },
        'access log of a shared query result not written: the query runs on its own',
      );
      return execute(request);
    }
    // The data as the leader's response holds it: nothing writes into a result once it is executed.
    return { data: execution.result.data };
  };
  return gateway;
}
