import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { AccessLogEntry } from '@mienskip/kit/access-log';
import { ACCESS_LOG_ECHO_EXTENSION, echoedAccessLog } from '@mienskip/kit/access-log-echo';
import type { Caller } from '@mienskip/kit/rules';
import { callerIdentity } from '@mienskip/kit/token';
import { type DocumentNode, GraphQLError, Kind } from 'graphql';
import { Counter } from 'prom-client';
import type { GatewayMetrics } from './observability.ts';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * De-duplication of identical subgraph fetches in flight (issue 19): while one fetch is under way,
 * an identical one waits for its answer instead of going out again. Identical means the same
 * subgraph, the same caller — key, organisation, its kind, scopes, stated and allowed purposes — and
 * the same operation and variables: two callers never share an answer, since what a subgraph
 * returns depends on who asks. Queries only; nothing is kept once the answer is in.
 */
export class InFlightFetches<Answer, Joiner = void> {
  private readonly flights = new Map<
    string,
    { answer: Promise<Answer>; joiners: Joiner[]; shared: Promise<void> }
  >();

  /**
   * `whenShared` runs once per answer that somebody joined, as soon as it is in, with every joiner
   * (nobody joins once it is in): the joined requests' access log, in one append (issue 19).
   */
  constructor(private readonly whenShared?: (answer: Answer, joiners: readonly Joiner[]) => Promise<void>) {}

  /**
   * The answer of the identical fetch in flight (`joined`), or of `start()` when there is none.
   * `alone()`, once the answer is in, says whether nobody joined (who started may then keep it).
   * `shared` settles when `whenShared` is done for this answer's joiners: a joiner waits on it, and
   * a failure of it (or of the fetch) is a failure for every joiner.
   */
  share(
    key: string,
    start: () => Promise<Answer>,
    joiner: Joiner,
  ): { answer: Promise<Answer>; joined: boolean; alone(): boolean; shared: Promise<void> } {
    const inFlight = this.flights.get(key);
    if (inFlight) {
      inFlight.joiners.push(joiner);
      return { answer: inFlight.answer, joined: true, alone: () => false, shared: inFlight.shared };
    }
    const joiners: Joiner[] = [];
    const answer = (async () => {
      try {
        return await start();
      } finally {
        this.flights.delete(key);
      }
    })();
    const shared = answer.then(async (value) => {
      if (joiners.length > 0 && this.whenShared) await this.whenShared(value, joiners);
    });
    // Each joiner handles a failure itself; with no joiner nobody waits on it.
    shared.catch(() => undefined);
    this.flights.set(key, { answer, joiners, shared });
    return { answer, joined: false, alone: () => joiners.length === 0, shared };
  }

  get size(): number {
    return this.flights.size;
  }
}

interface SubgraphRequest {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** What makes two fetches identical (see `InFlightFetches`); the request id is not part of it. */
export function fetchKey(subgraph: string, caller: Caller, request: SubgraphRequest): string {
  // The caller as its internal token names it: one definition, so that a claim added to the token
  // is part of what two fetches must share.
  return stableJson([
    callerIdentity(caller, subgraph),
    request.operationName ?? null,
    request.query ?? null,
    request.variables ?? {},
  ]);
}

/** JSON with every object's keys sorted: equal values, equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((name) => [name, (item as Record<string, unknown>)[name]]),
        )
      : item,
  );
}

/**
 * Whether a fetch may be shared: it belongs to an incoming query (never to a mutation, not even the
 * reads that follow one) and is itself a query. The planner hands over the fetch's text, and its
 * document only when configured to: the text's first word tells a query (`query …` or `{ … }`).
 */
export function isSharableFetch(
  incomingOperation: string | undefined,
  fetch: { query?: string | undefined; document?: DocumentNode | undefined },
): boolean {
  if (incomingOperation !== 'query') return false;
  if (fetch.document) {
    const operations = fetch.document.definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    return operations.length === 1 && operations[0]!.operation === 'query';
  }
  return fetch.query !== undefined && /^\s*(?:query\b|\{)/.test(fetch.query);
}

/**
 * One participant's own copy of a shared answer (the gateway writes into the objects it merges;
 * `copy: false` for an answer nobody shares), without the access-log echo, which never goes
 * further; and the echoed entries, if any.
 */
export function ownCopy(
  response: GatewayGraphQLResponse,
  copy = true,
): {
  response: GatewayGraphQLResponse;
  logged: AccessLogEntry[] | undefined;
} {
  const { [ACCESS_LOG_ECHO_EXTENSION]: _echo, ...extensions } = response.extensions ?? {};
  return {
    response: {
      ...response,
      ...(copy && response.data !== undefined && { data: structuredClone(response.data) }),
      ...(copy && response.errors && { errors: structuredClone(response.errors) }),
      ...(response.extensions && { extensions: copy ? structuredClone(extensions) : extensions }),
    },
    logged: echoedAccessLog(response.extensions),
  };
}

/** The same failure, in an error object of the joiner's own. */
export function ownFailure(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  return new GraphQLError(error.message, {
    extensions: structuredClone(error.extensions),
    ...(error.originalError && { originalError: error.originalError }),
  });
}

const JOINED = 'mienskip_subgraph_fetches_joined_total';

/** `mienskip_subgraph_fetches_joined_total{subgraph}`: fetches that shared an identical one in flight. */
export function joinedFetchCounter(metrics: GatewayMetrics | undefined): Counter<'subgraph'> | undefined {
  if (!metrics) return undefined;
  return (
    (metrics.registry.getSingleMetric(JOINED) as Counter<'subgraph'> | undefined) ??
    new Counter({
      name: JOINED,
      help: 'Subgraph fetches not sent because an identical one of the same caller was in flight; they shared its answer',
      labelNames: ['subgraph'],
      registers: [metrics.registry],
    })
  );
}
