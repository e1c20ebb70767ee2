import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';

/**
 * Limits applied in the gateway before any subgraph is called. Each refusal has a message of its
 * own; introspection is exempt from the depth limit so that GraphiQL keeps working.
 */
export const LIMITS = {
  maxDepth: 12,
  // graphql-armor's cost grows 1.5× per level of depth: the case-worker app's page of 100 households
  // with members, engagements and providers (Relay's edges/node add two levels) costs about 21,500.
  maxCost: 50_000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 50,
  maxBodyBytes: 100 * 1024,
} as const;

const REFUSED = 'Refused by the gateway:';

/**
 * graphql-armor's protections, one instance each so that their refusals come in a fixed order (the
 * most telling first). Its token limit is not used: it re-parses and turns every syntax error into a
 * 500; graphql-js's own `maxTokens` (see `parseOptions`) refuses with a 400.
 */
export function createArmor() {
  const only = (config: GraphQLArmorConfig) =>
    new ApolloArmor({
      blockFieldSuggestion: { enabled: false },
      costLimit: { enabled: false },
      maxAliases: { enabled: false },
      maxDepth: { enabled: false },
      maxDirectives: { enabled: false },
      maxTokens: { enabled: false },
      ...config,
    }).protect();
  const common = { exposeLimits: false, propagateOnRejection: true };
  const protections = [
    only({
      maxDepth: {
        ...common,
        n: LIMITS.maxDepth,
        ignoreIntrospection: true,
        flattenFragments: true,
        errorMessage: `${REFUSED} the query is nested deeper than ${LIMITS.maxDepth} levels.`,
      },
    }),
    only({
      maxAliases: {
        ...common,
        n: LIMITS.maxAliases,
        errorMessage: `${REFUSED} the query uses more than ${LIMITS.maxAliases} aliases.`,
      },
    }),
    only({
      maxDirectives: {
        ...common,
        n: LIMITS.maxDirectives,
        errorMessage: `${REFUSED} the query uses more than ${LIMITS.maxDirectives} directives.`,
      },
    }),
    only({
      costLimit: {
        ...common,
        maxCost: LIMITS.maxCost,
        errorMessage: `${REFUSED} the query would cost more than ${LIMITS.maxCost}.`,
      },
    }),
    only({ blockFieldSuggestion: { enabled: true } }),
  ];
  return {
    plugins: protections.flatMap((p) => p.plugins),
    validationRules: protections.flatMap((p) => p.validationRules),
  };
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

/**
 * graphql-armor prefixes every refusal with "Syntax Error: ", which it is not: the query is well
 * formed but over a limit. graphql-js's token limit says "Syntax Error: Document contains more than
 * N tokens"; both are reworded to say what happened.
 */
export function clarifyLimitRefusal(error: GraphQLFormattedError): GraphQLFormattedError {
  const armor = /^Syntax Error: (Refused by the gateway: .*)$/s.exec(error.message);
  if (armor) return { ...error, message: armor[1]! };
  if (/^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(error.message)) {
    return { ...error, message: `${REFUSED} the query has more than ${LIMITS.maxTokens} tokens.` };
  }
  return error;
}
