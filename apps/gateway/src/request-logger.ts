import type { Logger } from '@mienskip/kit/logger';

/**
 * The request's own logger (the key, its organisation and the request id bound), made on first
 * use: a pino child serializes its bindings when made, and most requests never log a line of
 * their own below the configured level.
 */
export function lazyRequestLogger(logger: Logger, bindings: Record<string, unknown>): () => Logger {
  let child: Logger | undefined;
  return () => {
    child ??= logger.child(bindings);
    return child;
  };
}

/**
 * A GraphQL context whose `logger` is the request's, made on first use. The getter is on the
 * prototype: Apollo Server copies a context's own properties for every operation, which would
 * call a getter of its own at once.
 */
export class WithRequestLogger {
  constructor(readonly requestLogger: () => Logger) {}

  get logger(): Logger {
    return this.requestLogger();
  }
}
