import type { ApolloServerPlugin } from '@apollo/server';
import {
  ACCESS_LOG_ECHO_EXTENSION,
  ACCESS_LOG_ECHO_HEADER,
  ACCESS_LOG_UNAVAILABLE,
  ACCESS_LOG_UNAVAILABLE_MESSAGE,
  type AccessLogEcho,
  wantsAccessLogEcho,
} from './access-log-echo.ts';
import type { RequestContext } from './context.ts';
import { loggableError } from './errors.ts';

export { ACCESS_LOG_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE_MESSAGE } from './access-log-echo.ts';

/**
 * Writes the request's access-log entries before the response leaves, and withholds the whole
 * result when the log did not take them: personal data is never read without a trace (fail closed).
 * When the gateway asks (`x-mienskip-access-log-echo: 1`), a response whose entries were written
 * says which (`access-log-echo.ts`), so that requests sharing it can be logged too. Entries a
 * mutation flushed before its commit are not in it: the gateway shares query answers only.
 */
export function accessLogging<Context extends RequestContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, response }) {
          const entries = contextValue.accessLog.pending;
          if (entries.length > 0) {
            try {
              await contextValue.accessLog.flush();
            } catch (error) {
              // Entries hold client ids and field names only; their count is enough to follow up.
              contextValue.logger.error(
                { error: loggableError(error), entries: entries.length },
                'access log not written: response withheld',
              );
              const withheld = {
                data: null,
                errors: [
                  { message: ACCESS_LOG_UNAVAILABLE_MESSAGE, extensions: { code: ACCESS_LOG_UNAVAILABLE } },
                ],
              };
              response.body = { kind: 'single', singleResult: withheld };
              return;
            }
          }
          if (!wantsAccessLogEcho(request.http?.headers.get(ACCESS_LOG_ECHO_HEADER))) return;
          if (response.body.kind !== 'single') return;
          const echo: AccessLogEcho = { entries };
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [ACCESS_LOG_ECHO_EXTENSION]: echo };
        },
      };
    },
  };
}
