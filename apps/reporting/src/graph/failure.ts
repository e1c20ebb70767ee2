/** An error of a GraphQL answer, as the gateway sends it. */
export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/**
 * What went wrong with an operation, sorted by what the user has to fix. Each command words it for
 * its own needs (its scopes, its operations) and throws its own error with its own exit code.
 */
export type GraphFailureKind =
  /** No answer at all: the gateway is down or MIENSKIP_GATEWAY_URL is wrong. */
  | 'unreachable'
  /** An answer that is not GraphQL: MIENSKIP_GATEWAY_URL points elsewhere. */
  | 'not-graphql'
  /** HTTP 401 or UNAUTHENTICATED: the key is unknown, revoked or expired. */
  | 'unauthenticated'
  /** OPERATION_NOT_TRUSTED: the key is restricted to other registered operations. */
  | 'not-trusted'
  /** FORBIDDEN: the key lacks a scope a field needs. */
  | 'forbidden'
  /** Any other error, or no data. */
  | 'errors';

export class GraphFailure extends Error {
  override name = 'GraphFailure';
  constructor(
    readonly kind: GraphFailureKind,
    readonly gatewayUrl: string,
    /** The HTTP status; 0 when the gateway was not reached. */
    readonly status: number,
    readonly errors: readonly GraphQLError[],
    /** Why it was not reached, or the start of an answer that is not GraphQL. */
    readonly reason: string = '',
  ) {
    // Only a fallback: each command words the failure for its own needs.
    super(
      kind === 'unreachable'
        ? `Cannot reach the gateway at ${gatewayUrl} (${reason})`
        : kind === 'not-graphql'
          ? `The gateway at ${gatewayUrl} answered HTTP ${status} without GraphQL (${reason})`
          : `The gateway at ${gatewayUrl} answered with errors (HTTP ${status})\n${describeErrors(errors)}`,
    );
  }

  /** The gateway's errors, indented, for the end of a message (the first five). */
  get details(): string {
    return describeErrors(this.errors);
  }
}

function describeErrors(errors: readonly GraphQLError[]): string {
  return errors
    .slice(0, 5)
    .map(
      (e) =>
        `  ${e.path ? `${e.path.join('.')}: ` : ''}${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`,
    )
    .join('\n');
}

/** The kind of a failed answer, from its status and error codes (the key before the operation before scopes). */
export function kindOf(status: number, errors: readonly GraphQLError[]): GraphFailureKind {
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (status === 401 || codes.has('UNAUTHENTICATED')) return 'unauthenticated';
  if (codes.has('OPERATION_NOT_TRUSTED')) return 'not-trusted';
  if (codes.has('FORBIDDEN')) return 'forbidden';
  return 'errors';
}

/** The one wording both commands share: an answer that is not GraphQL at all. */
export function notGraphQLMessage(failure: GraphFailure): string {
  return `The gateway at ${failure.gatewayUrl} answered HTTP ${failure.status} without GraphQL (${failure.reason}): is MIENSKIP_GATEWAY_URL the gateway's /graphql address?`;
}

/** The answer, with a `GraphFailure` turned into the command's own error (its words, its exit code). */
export async function worded<T>(answer: Promise<T>, word: (failure: GraphFailure) => Error): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    throw error instanceof GraphFailure ? word(error) : error;
  }
}
