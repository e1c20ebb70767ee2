import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, validate } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { closestToExhaustion, type Quota, rateLimitHeaders } from './headers.ts';
import type { RateLimiter } from './limiter.ts';

const costs = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * The cost of the operation to be executed, by graphql-armor's model (the one behind the per-query
 * cost limit in `../query-limits.ts`: scalar 1, object 2, ×1.5 per level, × `first`/`last`; introspection's
 * `__schema` free), rounded up, and at least 1. Cached per parsed document (Apollo Server keeps those).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): number {
  const name = operation.name?.value ?? '';
  let byOperation = costs.get(document);
  const cached = byOperation?.get(name);
  if (cached !== undefined) return cached;
  let cost = 0;
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, [
    costLimitRule({
      maxCost: Number.POSITIVE_INFINITY,
      propagateOnRejection: false,
      onAccept: [
        (_context, details: { n: number }) => {
          cost += details.n;
        },
      ],
    }),
  ]);
  const result = Math.max(1, Math.ceil(cost));
  if (!byOperation) {
    byOperation = new Map();
    costs.set(document, byOperation);
  }
  byOperation.set(name, result);
  return result;
}

/**
 * Adds each operation's cost to its key's counter once the operation is known, before it runs, and
 * answers with `RateLimit-*` headers for whichever of the key's limits is closest to being used up.
 */
export function costRateLimiting(limiter: RateLimiter): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let costQuota: Quota | undefined;
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (!operation) return; // Apollo Server has refused the request already.
          costQuota = await limiter.checkCost(
            contextValue.caller.keyId,
            operationCost(schema, document, operation),
            () => contextValue.logger,
          );
        },
        async willSendResponse({ response, contextValue }) {
          // A refusal has set its own (those of the limit that refused).
          if (response.http.headers.has('ratelimit-limit')) return;
          const quota = closestToExhaustion(
            [contextValue.rateLimit, costQuota].filter((q) => q !== undefined),
          );
          if (quota)
            for (const [name, value] of rateLimitHeaders(quota)) response.http.headers.set(name, value);
        },
      };
    },
  };
}
