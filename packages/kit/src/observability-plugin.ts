import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { clientErrorCode } from './errors.ts';
import { currentObservation } from './graphql-observation.ts';

/**
 * Fills in the request's observation (`graphql-observation.ts`): names the operation's span
 * (`query ClientPage`), and notes the code of every error the client will see, including a request
 * refused before it started (an invalid internal token). Never the document or its variables.
 */
export function observabilityPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  const noteErrors = (errors: readonly Pick<GraphQLError, 'extensions'>[]) => {
    const observation = currentObservation();
    for (const error of errors) observation?.errorCodes.push(clientErrorCode(error));
  };
  return {
    async contextCreationDidFail({ error }) {
      noteErrors([error as GraphQLError]);
    },
    async requestDidStart({ request }) {
      const observation = currentObservation();
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
          noteErrors(errors);
        },
      };
    },
  };
}
