import { GraphFailure, type GraphQLError, kindOf } from './failure.ts';

/** How a command reaches the graph: the gateway, its key, and what it says while it waits. */
export interface GraphConnection {
  gatewayUrl: string;
  apiKey: string;
  /** Sent as `x-mienskip-purpose`; the subgraphs' access log keeps it with each person read. */
  purpose?: string;
  /** `fetch` by default; a test may wrap it (to count the requests, say). */
  fetch?: typeof fetch;
  /** How often a rate-limited request is tried again after its `Retry-After`. */
  retries?: number;
  /** How long one request may take, in ms. */
  timeout?: number;
  progress?: (line: string) => void;
}

/** An operation by its text, or by the id of a registered document (the gateway knows its text). */
export type GraphRequest = ({ query: string; documentId?: never } | { documentId: string; query?: never }) & {
  operationName?: string;
  variables?: Record<string, unknown>;
  /** Errors that still leave the data usable (fields only some keys may read, say). */
  tolerate?: (errors: readonly GraphQLError[]) => boolean;
};

export interface GraphAnswer<T> {
  data: T;
  /** The errors `tolerate` let through; empty otherwise. */
  errors: readonly GraphQLError[];
}

export interface GraphClient {
  /** Runs one operation; any error it does not tolerate throws a `GraphFailure`. */
  run<T>(request: GraphRequest): Promise<GraphAnswer<T>>;
  /** HTTP requests sent so far (a rate-limited one tried again counts again). */
  readonly requests: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client of the gateway: one operation a request, with the key, retried after a 429. */
export function graphClient(connection: GraphConnection): GraphClient {
  const { gatewayUrl, apiKey, purpose } = connection;
  const send = connection.fetch ?? fetch;
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    async run<T>({
      operationName,
      variables = {},
      tolerate,
      ...document
    }: GraphRequest): Promise<GraphAnswer<T>> {
      for (let attempt = 0; ; attempt++) {
        let response: Response;
        try {
          requests++;
          response = await send(gatewayUrl, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json, application/json',
              authorization: `Bearer ${apiKey}`,
              ...(purpose && { 'x-mienskip-purpose': purpose }),
            },
            body: JSON.stringify({ ...document, ...(operationName && { operationName }), variables }),
            signal: AbortSignal.timeout(connection.timeout ?? 60_000),
          });
        } catch (error) {
          const reason = (error as Error).cause ?? (error as Error).message;
          throw new GraphFailure('unreachable', gatewayUrl, 0, [], String(reason));
        }
        if (response.status === 429 && attempt < (connection.retries ?? 3)) {
          const seconds = Math.min(Number(response.headers.get('retry-after')) || 5, 60);
          connection.progress?.(`  rate limited: waiting ${seconds} s`);
          await sleep(seconds * 1000);
          continue;
        }
        return answerOf<T>(response, gatewayUrl, tolerate);
      }
    },
  };
}

/** The data of an answer, or the failure it tells of. */
async function answerOf<T>(
  response: Response,
  gatewayUrl: string,
  tolerate: GraphRequest['tolerate'],
): Promise<GraphAnswer<T>> {
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphFailure('not-graphql', gatewayUrl, response.status, [], text.slice(0, 120));
  }
  const errors = body.errors ?? [];
  if (body.data && errors.length && tolerate?.(errors)) return { data: body.data, errors };
  if (errors.length || !response.ok || !body.data) {
    const named = errors.length ? errors : [{ message: `HTTP ${response.status}` }];
    throw new GraphFailure(kindOf(response.status, named), gatewayUrl, response.status, named);
  }
  return { data: body.data, errors: [] };
}
