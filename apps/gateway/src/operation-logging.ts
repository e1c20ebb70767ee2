import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@mienskip/kit/logger';
import type { GatewayContext } from './context.ts';

/**
 * One line per operation: its name and outcome, never its variables or results. Below `info`
 * (`logger`'s level) nothing is timed and no hook runs.
 */
export function operationLogging(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!logger.isLevelEnabled('info')) return;
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.logger.info(
            {
              operationName,
              durationMs: Math.round(performance.now() - started),
              errors: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'operation',
          );
        },
      };
    },
  };
}
