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
