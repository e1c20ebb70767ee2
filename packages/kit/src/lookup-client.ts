import type { Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { canonicalUrl, subgraphEntry } from './catalogue.ts';
import { OwnerUnavailableError } from './domain-errors.ts';
import { sharedPooledFetch } from './pooled-fetch.ts';
import { type ServiceTokenSigner, TOKEN_HEADER } from './token.ts';
import { withClientSpan } from './trace-context.ts';

/** How long a look-up may take before the owner counts as unavailable. */
export const LOOKUP_TIMEOUT_MS = 2_000;

export interface LookupClientOptions {
  /** Signs this service's tokens; without it every look-up fails, and says why in the log. */
  signer?: ServiceTokenSigner | undefined;
  /** An owner's `/graphql` by its name; an owner not listed is asked at its canonical URL. */
  ownerUrls?: Readonly<Partial<Record<string, string>>> | undefined;
  timeoutMs?: number;
}

export interface EntitiesRequest {
  owner: string;
  typename: string;
  /** The fields wanted, in GraphQL selection syntax: `id role organisation { id }`. */
  selection: string;
  ids: readonly string[];
  /** The request that needs the facts: the owner logs it with the look-up. */
  requestId: string;
  logger?: Logger | undefined;
  /** The trace context of that request, passed on to the owner (`withClientSpan`). */
  traceContext?: Context | undefined;
}

/** The HTTP side of look-ups: one signed `_entities` call to an owner, made once per process. */
export interface LookupClient {
  urlOf(owner: string): string;
  /** The owner's entities in the order of `ids`, null where it has none; `OwnerUnavailableError` otherwise. */
  fetchEntities<T>(request: EntitiesRequest): Promise<(T | null)[]>;
}

export function createLookupClient(options: LookupClientOptions = {}): LookupClient {
  const timeoutMs = options.timeoutMs ?? LOOKUP_TIMEOUT_MS;
  const urlOf = (owner: string) => options.ownerUrls?.[owner] ?? canonicalUrl(subgraphEntry(owner));
  return {
    urlOf,
    async fetchEntities<T>(request: EntitiesRequest): Promise<(T | null)[]> {
      const { owner, typename, selection, ids, requestId, logger, traceContext } = request;
      const fail = (reason: string): never => {
        logger?.warn({ owner, typename, count: ids.length, reason }, 'look-up failed');
        throw new OwnerUnavailableError(owner);
      };
      if (ids.length === 0) return [];
      if (!options.signer) return fail('this service has no signing key (MIENSKIP_SERVICE_PRIVATE_JWK)');
      const body = JSON.stringify({
        query: `query Lookup${typename}($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
        variables: { representations: ids.map((id) => ({ __typename: typename, id })) },
      });
      let response: Response;
      try {
        const token = await options.signer.sign(owner, requestId);
        // The owner continues this request's trace (`traceparent`) under a client span of the look-up.
        response = await withClientSpan(
          `lookup ${owner} ${typename}`,
          {
            'mienskip.lookup.owner': owner,
            'mienskip.lookup.typename': typename,
            'mienskip.lookup.count': ids.length,
          },
          (traceHeaders) =>
            sharedPooledFetch()(urlOf(owner), {
              method: 'POST',
              headers: {
                ...traceHeaders,
                'content-type': 'application/json',
                [TOKEN_HEADER]: token,
                'x-request-id': requestId,
              },
              body,
              signal: AbortSignal.timeout(timeoutMs),
            }),
          traceContext,
        );
      } catch (error) {
        return fail(`no answer: ${(error as Error).message}`);
      }
      let answer: { data?: { _entities?: unknown } | null; errors?: { extensions?: { code?: unknown } }[] };
      try {
        answer = (await response.json()) as typeof answer;
      } catch {
        return fail(`HTTP ${response.status} without a GraphQL answer`);
      }
      if (!response.ok || answer.errors?.length) {
        const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
        return fail(`refused: HTTP ${response.status} ${JSON.stringify(codes)}`);
      }
      const entities = answer.data?._entities;
      if (!Array.isArray(entities) || entities.length !== ids.length) {
        return fail('answered with a different number of entities');
      }
      return entities.map((entity) => (entity && typeof entity === 'object' ? (entity as T) : null));
    },
  };
}
