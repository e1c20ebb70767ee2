import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.ts';
import { loggableError } from './errors.ts';

export const ACCESS_LOG_UNAVAILABLE = 'ACCESS_LOG_UNAVAILABLE';
export const ACCESS_LOG_UNAVAILABLE_MESSAGE = 'The access log could not be written, so the data is withheld.';

/**
 * Writes the request's access-log entries before the response leaves, and withholds the whole
 * result when the log did not take them: personal data is never read without a trace (fail closed).
 */
export function accessLogging<Context extends RequestContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const pending = contextValue.accessLog.pending.length;
          if (pending === 0) return;
          try {
            await contextValue.accessLog.flush();
          } catch (error) {
            // Entries hold client ids and field names only; their count is enough to follow up.
            contextValue.logger.error(
              { error: loggableError(error), entries: pending },
              'access log not written: response withheld',
            );
            const withheld = {
              data: null,
              errors: [
                { message: ACCESS_LOG_UNAVAILABLE_MESSAGE, extensions: { code: ACCESS_LOG_UNAVAILABLE } },
              ],
            };
            response.body = { kind: 'single', singleResult: withheld };
          }
        },
      };
    },
  };
}
