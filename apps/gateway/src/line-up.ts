import type { ApolloGateway } from '@apollo/gateway';
import type { RequestHandler } from 'express';
import type { GatewayContext } from './context.ts';

/**
 * Identical requests that arrive together, lined up behind the first (issue 19). Requests that
 * arrive in one batch each go through the gateway's checks step by step, in turns: the first would
 * reach its subgraph fetch only after every other had been checked, and the gateway then sat idle
 * while that fetch was under way. Behind a first that is still being checked, an identical request
 * waits until the first starts executing (or ends); then its own checks run while the first's
 * fetches are out, and it joins them (`shared-executions.ts`). Only the order changes: each
 * request still goes through every check and step of its own.
 */
export class LineUp {
  private readonly firsts = new Map<string, Promise<void>>();

  /**
   * The first request of its key gets `release` (call it when it starts executing or ends; more
   * than once is harmless); an identical one while that is pending gets `behind`, which settles then.
   */
  enter(key: string): { release: () => void } | { behind: Promise<void> } {
    const first = this.firsts.get(key);
    if (first) return { behind: first };
    let release!: () => void;
    const pending = new Promise<void>((resolve) => {
      release = () => {
        if (this.firsts.get(key) === pending) this.firsts.delete(key);
        resolve();
      };
    });
    this.firsts.set(key, pending);
    return { release };
  }

  /** Keys whose first is still pending (for tests). */
  get size(): number {
    return this.firsts.size;
  }
}

/**
 * What makes two requests identical enough to line up: the same authorization and stated purpose,
 * operation name, text and variables, as sent. Only an order is at stake, never an answer.
 * Undefined for a request without a text (a GET, a malformed body).
 */
export function lineUpKey(
  headers: { authorization?: string | undefined; purpose?: string | undefined },
  body: unknown,
): string | undefined {
  const { query, operationName, variables } = (body ?? {}) as Record<string, unknown>;
  if (typeof query !== 'string') return undefined;
  return JSON.stringify([
    headers.authorization ?? null,
    headers.purpose ?? null,
    operationName ?? null,
    query,
    variables ?? null,
  ]);
}

/**
 * The middleware: after the body is read (and a persisted document's text filled in), a request
 * identical to a first still being checked waits behind it. The first's release goes on
 * `res.locals.lineUpRelease` (the GraphQL context passes it to the executor) and is called at the
 * latest when its response closes, so nobody waits on a request that never executes.
 */
export function lineUpIdenticalRequests(lineUp: LineUp, purposeHeader: string): RequestHandler {
  return (req, res, next) => {
    const key = lineUpKey(
      { authorization: req.header('authorization'), purpose: req.header(purposeHeader) },
      req.body,
    );
    if (key === undefined) return next();
    const place = lineUp.enter(key);
    if ('behind' in place) return void place.behind.then(() => next());
    res.locals.lineUpRelease = place.release;
    res.on('close', place.release);
    next();
  };
}

/**
 * Wraps the gateway's executor: as a request starts executing, the requests lined up behind it go,
 * after the microtasks that take its execution to its first subgraph fetch (`setImmediate`).
 */
export function releasingLineUp(gateway: ApolloGateway): ApolloGateway {
  const execute = gateway.executor;
  gateway.executor = (request) => {
    const release = (request.context as GatewayContext).lineUpRelease;
    if (release) setImmediate(release);
    return execute(request);
  };
  return gateway;
}
