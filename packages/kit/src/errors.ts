import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

/**
 * Error codes a client may see in `extensions.code`. Anything else is an internal error: its message
 * is replaced, its stack and any address stay in our logs.
 */
export const PUBLIC_ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * An Apollo Server `formatError` that keeps message, locations, path and an allowed code, and masks
 * everything else. Unexpected errors are logged with their stack, once, here.
 */
export function createErrorMasker(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const { locations, path } = formatted;
    if (code && code !== 'INTERNAL_SERVER_ERROR' && PUBLIC_ERROR_CODES.has(code)) {
      return {
        message: formatted.message,
        ...(locations && { locations }),
        ...(path && { path }),
        extensions: { code },
      };
    }
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    logger.error({ err: original, path }, 'internal error');
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(locations && { locations }),
      ...(path && { path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
