import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';

/**
 * Limits applied in the gateway before any subgraph is called. Each refusal has a message of its
 * own; introspection is exempt from the depth limit so that GraphiQL keeps working.
 */
export const LIMITS = {
  maxDepth: 12,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 50,
  maxBodyBytes: 100 * 1024,
} as const;

export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * Names starting with `__` are reserved for introspection (GraphQL spec §2.1.9); a fragment or
 * operation named like that could pass for introspection in a depth check.
 */
export const reservedNamesRule: ValidationRule = (context) => ({
  FragmentDefinition(node) {
    if (node.name.value.startsWith('__')) {
      context.reportError(
        new GraphQLError(`Fragment name "${node.name.value}" is reserved for introspection`, { nodes: node }),
      );
    }
  },
  OperationDefinition(node) {
    if (node.name?.value.startsWith('__')) {
      context.reportError(
        new GraphQLError(`Operation name "${node.name.value}" is reserved for introspection`, {
          nodes: node,
        }),
      );
    }
  },
});

const LIMIT_MESSAGE = /^Syntax Error: ((?:Query depth|Aliases|Query Cost|Token|Directives) limit .*)$/s;

/**
 * graphql-armor prefixes its refusals with "Syntax Error: ", which they are not: the query is well
 * formed but over a limit. Say that instead.
 */
export function clarifyLimitRefusal(error: GraphQLFormattedError): GraphQLFormattedError {
  const match = LIMIT_MESSAGE.exec(error.message);
  return match ? { ...error, message: `Refused by the gateway's limits: ${match[1]}` } : error;
}
