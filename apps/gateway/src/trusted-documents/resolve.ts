import type { RequestHandler } from 'express';
import { documentHash, type PersistedDocuments } from './manifests.ts';

/**
 * The text of the persisted document a request names without sending a query: by `documentId`
 * (`sha256:<hex>` or `<hex>`), else by the persisted-query hash (APQ) when a manifest has it.
 */
function resolvedText(
  fields: { query: unknown; documentId: unknown; extensions: unknown },
  documents: PersistedDocuments,
): string | undefined {
  if (fields.query !== undefined && fields.query !== null) return undefined;
  if (typeof fields.documentId === 'string') {
    const hash = documentHash(fields.documentId);
    return hash && documents.text(hash);
  }
  const persistedHash = (
    fields.extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined
  )?.persistedQuery?.sha256Hash;
  return typeof persistedHash === 'string' ? documents.text(persistedHash) : undefined;
}

/**
 * Before Apollo Server reads the request: a request naming a persisted document without its text
 * gets the text from the manifests, in the body (POST) or the URL (GET), the same on every instance
 * (no cache that only an instance which saw the text has). An id no manifest has is left as it is,
 * for `checkTrustedRequest` to refuse once the key is known.
 */
export function resolvePersistedDocuments(documents: PersistedDocuments): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'GET') {
      const at = req.url.indexOf('?');
      const path = at < 0 ? req.url : req.url.slice(0, at);
      const params = new URLSearchParams(at < 0 ? '' : req.url.slice(at + 1));
      let extensions: unknown;
      try {
        extensions = JSON.parse(params.get('extensions') ?? 'null');
      } catch {
        return next(); // Apollo Server refuses the request (400).
      }
      const text = resolvedText(
        {
          query: params.get('query') ?? undefined,
          documentId: params.get('documentId') ?? undefined,
          extensions,
        },
        documents,
      );
      if (text !== undefined) {
        params.set('query', text);
        req.url = `${path}?${params}`;
      }
    } else if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
      const body = req.body as Record<string, unknown>;
      const text = resolvedText(
        { query: body.query, documentId: body.documentId, extensions: body.extensions },
        documents,
      );
      if (text !== undefined) body.query = text;
    }
    next();
  };
}
