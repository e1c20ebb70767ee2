import { ACCESS_LOG_WRITERS } from '@mienskip/kit/catalogue';
import { loggableError } from '@mienskip/kit/http';
import type { AccessLogBatch, Caller } from '@mienskip/kit/rules';
import type { ServiceRouteContext } from '@mienskip/kit/server';
import { createTokenVerifier, isRequestId, REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import express, { type RequestHandler } from 'express';
import { appendEntries } from '../db/append.ts';
import { EntriesRefused, parseEntries } from '../domain/entries.ts';
import { tokenNamesRequest } from './token-names-request.ts';

const MAX_BODY = '1mb';

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * `POST /entries`: a data subgraph appends one request's access-log entries, sending on the token
 * the gateway signed for it and the request's id (`x-request-id`, used when the token names no
 * request). Tokens for any data subgraph are taken; tokens for `audit` are not (those are for
 * reading the log). With a token that names no request (the gateway's), a batch may name the
 * requests its entries are each for (`requestIds`): the gateway appends the entries of every
 * request that shared one subgraph answer in one batch (issue 19). 204 once the batch is stored,
 * in one INSERT; a refused batch stores nothing.
 */
export function entriesRoute(
  app: express.Express,
  { database, publicJwks, logger }: ServiceRouteContext,
): void {
  const verifier = createTokenVerifier(publicJwks, ACCESS_LOG_WRITERS);

  // The token is checked before the body is read: a caller without one learns nothing else.
  const authenticate: RequestHandler = async (req, res, next) => {
    try {
      // A token that names its request keeps it; the gateway's shared token names none, and the
      // subgraph sends the request's id beside it (required then).
      const { caller, audience } = await verifier.verifyWithAudience(req.header(TOKEN_HEADER), {
        requestId: req.header(REQUEST_ID_HEADER),
      });
      res.locals.who = { caller, source: audience };
      res.locals.namesRequests = !tokenNamesRequest(req.header(TOKEN_HEADER) ?? '');
      next();
    } catch (error) {
      logger.warn({ reason: (error as Error).message }, 'refused access-log entries without a valid token');
      res
        .status(401)
        .json(refusal('Only a Mienskip subgraph may append to the access log', 'UNAUTHENTICATED'));
    }
  };

  app.post('/entries', authenticate, express.json({ limit: MAX_BODY }), async (req, res) => {
    const who = res.locals.who as { caller: Caller; source: string };
    let batch: AccessLogBatch;
    try {
      // A token that names its request speaks for that one request only: no request ids then.
      batch = parseEntries(req.body, res.locals.namesRequests === true ? isRequestId : undefined);
    } catch (error) {
      if (!(error instanceof EntriesRefused)) throw error;
      logger.warn(
        { reason: error.message, source: who.source, requestId: who.caller.requestId },
        'refused entries',
      );
      res.status(400).json(refusal(error.message, 'BAD_REQUEST'));
      return;
    }
    try {
      await appendEntries(database.db, who, batch);
    } catch (error) {
      logger.error(
        { error: loggableError(error), requestId: who.caller.requestId },
        'access log not appended',
      );
      res.status(503).json(refusal('The access log could not be written', 'SERVICE_UNAVAILABLE'));
      return;
    }
    const { entries, requestIds } = batch;
    logger.info(
      {
        entries: entries.length,
        requests: requestIds?.length ?? 1,
        source: who.source,
        requestId: who.caller.requestId,
      },
      'appended',
    );
    res.status(204).end();
  });
}
