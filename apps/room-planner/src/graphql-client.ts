import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

// The app's only way to the graph: a generated typed document, sent by its id. The document's text
// never reaches the browser (codegen replaced it by `__meta__.hash`), and no API key does either:
// the backend-for-frontend adds its own.

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface DocumentResult<Result> {
  /** Null when the graph answered errors only. */
  data: Result | null;
  errors: GraphQLErrorShape[];
}

/** No answer in the GraphQL shape at all (network failure, a proxy's HTML page, ...). */
export class GraphRequestFailed extends Error {}

/** The id the manifest knows the document by (`sha256:<hex>`). */
export function documentId(document: TypedDocumentNode<unknown, never>): string {
  const id = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof id !== 'string') throw new Error('Not a persisted document: run `pnpm codegen`');
  return id;
}

/**
 * Runs a persisted document: POSTs `{ documentId, variables }` to `endpoint` (the app's own
 * `/graphql`) and gives the data and errors, typed by the document.
 */
export async function runDocument<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  options: { endpoint?: string; signal?: AbortSignal } = {},
): Promise<DocumentResult<Result>> {
  const id = documentId(document as TypedDocumentNode<unknown, never>);
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ documentId: id, variables }),
      ...(options.signal && { signal: options.signal }),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphRequestFailed(`The room planner's server cannot be reached: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => undefined)) as
    | { data?: Result | null; errors?: GraphQLErrorShape[] }
    | undefined;
  if (!body || typeof body !== 'object' || (!('data' in body) && !Array.isArray(body.errors)))
    throw new GraphRequestFailed(
      `The room planner's server answered HTTP ${response.status} without a GraphQL result`,
    );
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
