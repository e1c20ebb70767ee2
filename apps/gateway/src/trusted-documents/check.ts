import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@mienskip/kit/logger';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { hashOperation } from './operation-hash.ts';

// Enforcement of trusted documents: a restricted key runs only the operations in its list, checked
// on the HTTP request before parsing and again on the operation Apollo Server resolved.

/** A restricted key's operation that is not in its list: HTTP 403, before parsing, no subgraph called. */
export class OperationNotTrusted extends GraphQLError {
  constructor(readonly hash: string) {
    super(
      `This API key may only run its registered operations, and this one (sha256 ${hash}) is not among them. The hash is the SHA-256 of the query text exactly as sent.`,
      { extensions: { code: 'OPERATION_NOT_TRUSTED', http: { status: 403 } } },
    );
  }
}

/** An `extensions.persistedQuery.sha256Hash` sent with a query text it is not the hash of: HTTP 400. */
export class PersistedQueryHashMismatch extends GraphQLError {
  constructor(given: string, actual: string) {
    super(
      `extensions.persistedQuery.sha256Hash (${given}) is not the SHA-256 of the query sent (${actual}).`,
      { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
    );
  }
}

/** The query text and persisted-query hash of a GraphQL-over-HTTP request, read as Apollo Server reads them. */
export function requestedOperation(request: { method: string; url: string; body?: unknown }): {
  query?: string;
  persistedHash?: string;
} {
  let query: unknown;
  let extensions: unknown;
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.url.split('?')[1] ?? '');
    query = search.get('query') ?? undefined;
    try {
      extensions = JSON.parse(search.get('extensions') ?? 'null');
    } catch {
      extensions = undefined; // Apollo Server refuses the request (400).
    }
  } else if (request.body && typeof request.body === 'object') {
    ({ query, extensions } = request.body as { query?: unknown; extensions?: unknown });
  }
  const persistedHash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery
    ?.sha256Hash;
  return {
    ...(typeof query === 'string' && { query }),
    ...(typeof persistedHash === 'string' && { persistedHash }),
  };
}

/**
 * Run on the HTTP request, before Apollo Server parses anything: refuses a persisted-query hash sent
 * with a query text it is not the hash of (any key: Apollo Server would refuse it too, without a
 * usable code), and, for a restricted key (`trusted`), an operation whose hash is not in its list;
 * introspection is no exception. A persisted-query hash sent alone is checked against the list as it
 * is: Apollo Server keeps a query text under a hash only once it has checked that the two match (and
 * `trustedDocuments()` checks the text it resolved again).
 */
export function checkTrustedRequest(
  request: { method: string; url: string; body?: unknown },
  trusted: ReadonlySet<string> | undefined,
  logger: Logger,
): void {
  const { query, persistedHash } = requestedOperation(request);
  const hash = query === undefined ? persistedHash : hashOperation(query);
  if (query !== undefined && persistedHash !== undefined && persistedHash !== hash)
    throw new PersistedQueryHashMismatch(persistedHash, hash!);
  // Neither a query nor a hash: Apollo Server refuses the request (400) before anything runs.
  if (!trusted || hash === undefined || trusted.has(hash)) return;
  logger.warn({ operationHash: hash }, 'operation not trusted for this key');
  throw new OperationNotTrusted(hash);
}

/**
 * The same check on the query text Apollo Server resolved (sent, or found by its persisted-query
 * hash), once the operation is known and before it is planned: should the HTTP request have been
 * read otherwise than Apollo Server reads it, the operation is refused all the same.
 */
export function trustedDocuments(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const trusted = contextValue.trustedOperations;
      if (!trusted) return;
      return {
        async didResolveOperation({ source }) {
          const hash = hashOperation(source);
          if (trusted.has(hash)) return;
          contextValue.logger.warn({ operationHash: hash }, 'operation not trusted for this key');
          throw new OperationNotTrusted(hash);
        },
      };
    },
  };
}
