/** `@mienskip/kit/http`: what every HTTP service of the graph (gateway and subgraphs) shares. */

export { parsePort, parseWholeNumber } from './env-numbers.ts';
export {
  errorLogging,
  forbidden,
  httpErrorHandler,
  INTERNAL_ERROR_MESSAGE,
  loggableError,
  maskError,
  PUBLIC_ERROR_CODES,
  unauthenticated,
} from './errors.ts';
export {
  DEFAULT_STOP_GRACE_MS,
  isReadyPhase,
  nextStopPhase,
  STOP_GRACE_ENV,
  type StopPhase,
  stopGraceMs,
  stopOnSignals,
} from './graceful-stop.ts';
export { type ListeningServer, listen, type RunningServer } from './listen.ts';
export {
  COMMIT_ENV,
  readServiceVersion,
  type ServiceVersion,
  VERSION_HEADER,
} from './service-version.ts';
