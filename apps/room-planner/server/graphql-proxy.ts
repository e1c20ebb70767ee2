import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { BffConfig } from './config.ts';
import { BodyTooLarge, readBody, sendGraphQLError } from './http.ts';

export const NOT_TRUSTED = 'OPERATION_NOT_TRUSTED';

/** What the browser may send: a registered document's id and its variables, nothing else. */
interface DocumentRequest {
  documentId: string;
  variables: Record<string, unknown>;
}

type Parsed =
  | { ok: true; request: DocumentRequest }
  | { ok: false; status: number; code: string; message: string };

function parseRequest(text: string, known: ReadonlySet<string>): Parsed {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, code: 'BAD_REQUEST', message: 'The request body is not JSON' };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, status: 400, code: 'BAD_REQUEST', message: 'The request body is not a JSON object' };
  const { documentId, variables, query } = body as Record<string, unknown>;
  // A query text is refused whatever it says: the room planner runs its registered documents only.
  if (query !== undefined || typeof documentId !== 'string' || !known.has(documentId))
    return {
      ok: false,
      status: 403,
      code: NOT_TRUSTED,
      message:
        'The room planner forwards only its registered documents: send { documentId, variables } with the id of one of them (apps/gateway/operations/room-planner)',
    };
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return { ok: false, status: 400, code: 'BAD_REQUEST', message: 'variables must be a JSON object' };
  return {
    ok: true,
    request: { documentId, variables: (variables as Record<string, unknown> | null) ?? {} },
  };
}

/**
 * `POST /graphql`: a registered document's id and variables are sent on to the gateway with the
 * room planner's key, and the gateway's status and body come back unchanged. Anything else is
 * answered here, the gateway never asked.
 */
export function graphqlProxy(config: BffConfig, documents: ReadonlySet<string>, logger: Logger) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      return sendGraphQLError(response, 405, 'METHOD_NOT_ALLOWED', 'Send the document with POST');
    }
    let text: string;
    try {
      text = await readBody(request, config.bodyLimitBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return sendGraphQLError(
          response,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than ${config.bodyLimitBytes} bytes`,
        );
      throw error;
    }
    const parsed = parseRequest(text, documents);
    if (!parsed.ok) {
      logger.info({ status: parsed.status, code: parsed.code }, 'graphql refused');
      return sendGraphQLError(response, parsed.status, parsed.code, parsed.message);
    }
    const started = performance.now();
    const { documentId } = parsed.request;
    let upstream: Response;
    try {
      upstream = await fetch(config.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${config.apiKey}`,
        },
        body: JSON.stringify(parsed.request),
        signal: AbortSignal.timeout(config.upstreamTimeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      logger.warn({ documentId, error: (error as Error).message, timedOut }, 'graph unreachable');
      return timedOut
        ? sendGraphQLError(
            response,
            504,
            'GATEWAY_TIMEOUT',
            `The graph did not answer within ${config.upstreamTimeoutMs} ms`,
          )
        : sendGraphQLError(response, 502, 'GRAPH_UNAVAILABLE', 'The graph cannot be reached');
    }
    let body: Buffer;
    try {
      body = Buffer.from(await upstream.arrayBuffer());
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      return sendGraphQLError(
        response,
        timedOut ? 504 : 502,
        timedOut ? 'GATEWAY_TIMEOUT' : 'GRAPH_UNAVAILABLE',
        'The graph broke off its answer',
      );
    }
    logger.info(
      { documentId, status: upstream.status, durationMs: Math.round(performance.now() - started) },
      'graphql',
    );
    response.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(body);
  };
}
