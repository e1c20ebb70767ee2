import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@mienskip/kit/logger';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { documentHash } from './manifests.ts';
import { hashOperation } from './operation-hash.ts';

// Enforcement of trusted documents: a key bound to apps runs only the persisted documents in their
// manifests, checked on the HTTP request before parsing and again on the operation Apollo Server
// resolved. `resolve.ts` has already put a known document's text in the request.

/** A restricted key's operation that is not in its apps' manifests: HTTP 403, before parsing, no subgraph called. */
export class OperationNotTrusted extends GraphQLError {
  constructor(readonly hash: string) {
    super(
      `This API key may only run the persisted documents of the apps it is bound to, and this operation (sha256 ${hash}) is not among them. Send the document's id from the app's manifest (documentId), or a query text whose SHA-256 is that id.`,
      { extensions: { code: 'OPERATION_NOT_TRUSTED', http: { status: 403 } } },
    );
  }
}

/**
 * The code of an unknown `documentId`: Apollo Server's own for an unknown persisted-query hash, as
 * both say "the gateway does not know this document" (a code of its own would have to be added to
 * `PUBLIC_ERROR_CODES` in the kit first).
 */
export const PERSISTED_DOCUMENT_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

/** A `documentId` that no app's manifest has (for a key that is not restricted): HTTP 400. */
export class PersistedDocumentNotFound extends GraphQLError {
  constructor(documentId: string) {
    super(
      `No persisted document has the id ${JSON.stringify(documentId)}: an id is sha256:<hex> from an app's persisted-documents.json, and the gateway knows only the manifests it was started with.`,
      { extensions: { code: PERSISTED_DOCUMENT_NOT_FOUND, http: { status: 400 } } },
    );
  }
}

/** A `documentId` sent with a query text it is not the id of: HTTP 400. */
export class DocumentIdMismatch extends GraphQLError {
  constructor(documentId: string, actual: string) {
    super(`documentId (${documentId}) is not the SHA-256 of the query sent (${actual}).`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
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

/**
 * The query text, persisted-query hash and document id of a GraphQL-over-HTTP request, read as
 * Apollo Server reads them (the document id is ours: Apollo Server ignores it).
 */
export function requestedOperation(request: { method: string; url: string; body?: unknown }): {
  query?: string;
  persistedHash?: string;
  documentId?: string;
} {
  let query: unknown;
  let extensions: unknown;
  let documentId: unknown;
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.url.split('?')[1] ?? '');
    query = search.get('query') ?? undefined;
    documentId = search.get('documentId') ?? undefined;
    try {
      extensions = JSON.parse(search.get('extensions') ?? 'null');
    } catch {
      extensions = undefined; // Apollo Server refuses the request (400).
    }
  } else if (request.body && typeof request.body === 'object') {
    ({ query, extensions, documentId } = request.body as {
      query?: unknown;
      extensions?: unknown;
      documentId?: unknown;
    });
  }
  const persistedHash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery
    ?.sha256Hash;
  return {
    ...(typeof query === 'string' && { query }),
    ...(typeof persistedHash === 'string' && { persistedHash }),
    ...(typeof documentId === 'string' && { documentId }),
  };
}

/**
 * Run on the HTTP request (its known document ids already resolved to their text), before Apollo
 * Server parses anything: refuses a persisted-query hash or document id sent with a query text it is
 * not the hash of (any key: Apollo Server would refuse the first too, without a usable code), a
 * document id that no manifest has (400, or 403 for a restricted key), and, for a restricted key
 * (`trusted`: the hashes of its apps' documents), an operation whose hash is not among them;
 * introspection is no exception. A persisted-query hash sent alone is checked as it is: Apollo Server
 * keeps a query text under a hash only once it has checked that the two match (and
 * `trustedDocuments()` checks the text it resolved again).
 */
export function checkTrustedRequest(
  request: { method: string; url: string; body?: unknown },
  trusted: ReadonlySet<string> | undefined,
  logger: () => Logger,
): void {
  const { query, persistedHash, documentId } = requestedOperation(request);
  if (documentId !== undefined && query === undefined) {
    // Not resolved: no manifest has it.
    const hash = documentHash(documentId) ?? documentId;
    if (!trusted) throw new PersistedDocumentNotFound(documentId);
    logger().warn({ operationHash: hash }, 'operation not trusted for this key');
    throw new OperationNotTrusted(hash);
  }
  // A plain query from a key bound to no app has nothing to be compared with: not hashed.
  if (query !== undefined && persistedHash === undefined && documentId === undefined && !trusted) return;
  const hash = query === undefined ? persistedHash : hashOperation(query);
  if (query !== undefined && persistedHash !== undefined && persistedHash !== hash)
    throw new PersistedQueryHashMismatch(persistedHash, hash!);
  if (query !== undefined && documentId !== undefined && documentHash(documentId) !== hash)
    throw new DocumentIdMismatch(documentId, hash!);
  // Neither a query nor a hash: Apollo Server refuses the request (400) before anything runs.
  if (!trusted || hash === undefined || trusted.has(hash)) return;
  logger().warn({ operationHash: hash }, 'operation not trusted for this key');
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
      const trusted = contextValue.trustedDocuments;
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
