import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
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
  'OPERATION_NOT_TRUSTED',
  'INTROSPECTION_DISABLED',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'SERVICE_UNAVAILABLE',
  'ACCESS_LOG_UNAVAILABLE',
  'SUBGRAPH_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

function publicCode(error: { extensions?: Record<string, unknown> }): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && PUBLIC_ERROR_CODES.has(code)
    ? code
    : undefined;
}

/** The `extensions.code` a client sees for an error (`maskError`): an allowed code or `INTERNAL_SERVER_ERROR`. */
export function clientErrorCode(error: { extensions?: Record<string, unknown> }): string {
  return publicCode(error) ?? 'INTERNAL_SERVER_ERROR';
}

/**
 * An Apollo Server `formatError` that keeps message, locations, path and an allowed code, and masks
 * everything else (no stack traces, no internal addresses). `SUBGRAPH_UNAVAILABLE` also keeps the
 * name of the subgraph whose fields are missing (`extensions.subgraph`), never its address.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { locations, path } = formatted;
  const code = publicCode(formatted);
  const subgraph = formatted.extensions?.subgraph;
  return {
    message: code ? formatted.message : INTERNAL_ERROR_MESSAGE,
    ...(locations && { locations }),
    ...(path && { path }),
    extensions: {
      code: code ?? 'INTERNAL_SERVER_ERROR',
      ...(code === 'SUBGRAPH_UNAVAILABLE' && typeof subgraph === 'string' && { subgraph }),
    },
  };
}

/**
 * What of an unexpected error may be logged. Database errors carry the statement and its bound
 * values (a BSN, a name) in their message: of those only the SQLSTATE and the stack frames are kept.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const cause = error.cause as { code?: unknown } | undefined;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  const isDatabaseError = 'params' in error || 'query' in error || typeof code === 'string';
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 15);
  return {
    type: error.name,
    ...(typeof code === 'string' && { code }),
    ...(!isDatabaseError && { message: error.message }),
    stack: frames.join('\n'),
  };
}

/** Logs every error that will be masked, once, with the request's own logger (and so its request id). */
export function errorLogging<Context extends { logger?: Logger }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (publicCode(error)) continue;
            contextValue.logger?.error(
              { error: loggableError(error.originalError ?? error), path: error.path },
              'internal error',
            );
          }
        },
      };
    },
  };
}

/**
 * The last Express handler: whatever went wrong outside GraphQL (a body that is not JSON, an
 * unsupported encoding) gets a GraphQL-shaped JSON error, never an HTML page with a stack.
 */
export function httpErrorHandler(logger: Logger, maxBodyKb?: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status =
      typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    const type = (error as { type?: string }).type;
    const [message, code] =
      type === 'entity.too.large'
        ? [`Request body is larger than ${maxBodyKb ?? 'the limit in'} kB`, 'PAYLOAD_TOO_LARGE']
        : type === 'entity.parse.failed'
          ? ['Request body is not valid JSON', 'BAD_REQUEST']
          : status < 500
            ? ['The request cannot be read (check Content-Type and Content-Encoding)', 'BAD_REQUEST']
            : [INTERNAL_ERROR_MESSAGE, 'INTERNAL_SERVER_ERROR'];
    if (status >= 500) logger.error({ error: loggableError(error) }, 'http error');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
