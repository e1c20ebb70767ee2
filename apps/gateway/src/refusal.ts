import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A refusal with its HTTP status and a `Retry-After` in seconds (and any further headers). Apollo
 * Server sets status and headers from `extensions.http` (a `Map` of headers) and removes it.
 */
export function refusal(
  message: string,
  code: string,
  status: number,
  retryAfter: number,
  headers: [string, string][] = [],
): GraphQLError {
  const extensions: Record<string, unknown> = {
    code,
    http: { status, headers: new HeaderMap([...headers, ['retry-after', String(retryAfter)]]) },
  };
  return new GraphQLError(message, { extensions });
}
