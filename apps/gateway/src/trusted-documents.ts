import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@mienskip/kit/logger';
import { GraphQLError, Kind, parse } from 'graphql';
import type { GatewayContext } from './context.ts';

/**
 * Trusted documents: a key may be restricted to a registered list of operations, each known by its
 * hash. The hash is Apollo's persisted-query hash: the SHA-256, in lowercase hex, of the UTF-8 query
 * text exactly as sent, nothing trimmed or normalised. A registered `.graphql` file's hash is that
 * of its whole content, so a client sends the file's text unchanged (its final newline included);
 * any other whitespace, a comment or a reordered field is another operation.
 */
export function hashOperation(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const HASH = /^[0-9a-f]{64}$/;

export function isOperationHash(value: string): boolean {
  return HASH.test(value);
}

export interface OperationFile {
  /** The path given, or below the directory given (relative to the working directory). */
  file: string;
  /** The operation's name. */
  name: string;
  hash: string;
}

function graphqlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return graphqlFiles(child);
      return entry.isFile() && entry.name.endsWith('.graphql') ? [child] : [];
    });
}

/**
 * Every `.graphql` file in these directories (recursively, by path) or these files, each holding
 * exactly one named operation and no fragments (a client sends the file as it is, so a fragment
 * would have to be in the same file: not supported). Throws on any file that does not parse, has
 * no operation, several, an anonymous one, or when two files hold the same text.
 */
export function loadOperationFiles(...paths: string[]): OperationFile[] {
  const operations: OperationFile[] = [];
  const byHash = new Map<string, string>();
  for (const path of paths) {
    for (const found of graphqlFiles(path)) {
      const file = relative(process.cwd(), resolve(found)) || found;
      const text = readFileSync(found, 'utf8');
      let definitions: ReturnType<typeof parse>['definitions'];
      try {
        definitions = parse(text).definitions;
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
      const ops = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (ops.length !== 1 || definitions.length !== 1)
        throw new Error(
          `${file}: a trusted-operation file holds exactly one operation and nothing else; it has ${ops.length} operation(s) in ${definitions.length} definition(s)`,
        );
      const name = ops[0]!.name?.value;
      if (!name) throw new Error(`${file}: the operation needs a name`);
      const hash = hashOperation(text);
      const same = byHash.get(hash);
      if (same) throw new Error(`${file}: the same text as ${same}`);
      byHash.set(hash, file);
      operations.push({ file, name, hash });
    }
  }
  if (!operations.length) throw new Error(`No .graphql files in ${paths.join(', ')}`);
  return operations;
}

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
