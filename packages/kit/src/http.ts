/** `@mienskip/kit/http`: what every HTTP service of the graph (gateway and subgraphs) shares. */
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
export { listen, type RunningServer } from './listen.ts';
