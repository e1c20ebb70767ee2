import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { GatewayContext } from './context.ts';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Keys that may not introspect get a 403 for any operation asking for `__schema` or `__type`
 * (`__typename` is data, not schema, and stays allowed).
 */
export function introspectionControl(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.mayIntrospect) return;
      return {
        async didResolveOperation({ document }) {
          if (asksForSchema(document))
            throw new GraphQLError('This API key may not introspect the schema', {
              extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403 } },
            });
        },
      };
    },
  };
}
