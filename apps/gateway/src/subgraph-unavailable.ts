import { GraphQLError } from 'graphql';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** What a caller learns when a subgraph's fields are missing: which subgraph, nothing internal. */
export function subgraphUnavailable(subgraph: string): GraphQLError {
  return new GraphQLError(
    `The ${subgraph} subgraph is unavailable (it failed or did not answer in time); the fields it owns are missing from this answer.`,
    { extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph } },
  );
}

/**
 * Whether an error of a subgraph call means the subgraph is unavailable: no connection, no answer
 * within the deadline, or a 5xx. An answer it gave (a 4xx, a refused variable) is no failure of it.
 */
export function isUnavailability(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return true;
  if (error.extensions.code === 'BAD_USER_INPUT') return false;
  const status = (error.extensions.response as { status?: unknown } | undefined)?.status;
  return typeof status !== 'number' || status >= 500;
}
