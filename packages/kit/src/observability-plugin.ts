import type { ApolloServerPlugin } from '@apollo/server';
import { clientErrorCode } from './errors.ts';
import { observationOf } from './graphql-observation.ts';

/**
 * Fills in the request's observation (`graphql-observation.ts`): names the operation's span
 * (`query ClientPage`), and notes the code of every error the client will see. The observation is
 * on the GraphQL context (`observedContext`, which also notes a request refused before it started:
 * an invalid key or internal token). Never the document or its variables.
 */
export function observabilityPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const observation = observationOf(contextValue);
      if (!observation) return;
      // The name the caller gave, until the document is parsed and validated (it may never be).
      if (request.operationName) {
        observation.operationName = request.operationName;
        observation.operationSpan.updateName(`graphql ${request.operationName}`);
      }
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'query';
          observation.operationName = operationName;
          observation.operationSpan.updateName(`${type} ${operationName ?? 'anonymous'}`);
          observation.operationSpan.setAttributes({
            'graphql.operation.type': type,
            ...(operationName && { 'graphql.operation.name': operationName }),
          });
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) observation.errorCodes.push(clientErrorCode(error));
        },
      };
    },
  };
}
