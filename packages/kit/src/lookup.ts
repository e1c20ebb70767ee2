/**
 * `@mienskip/kit/lookup`: facts another subgraph owns, asked of that owner when a decision needs
 * them — never copied into code or tables. A subgraph declares what it needs once:
 *
 *     const workers = entityLookup<WorkerFacts>({ owner: 'locations', typename: 'Worker', selection: 'id role' });
 *
 * and a resolver asks `await workers.load(context, id)` (null: the owner has no such entity) before
 * it opens a transaction: a row lock is never held across a network call. Every load of one
 * request in the same tick becomes ONE `_entities` call to the owner, signed with this service's
 * own key (a service token: read-only, no personal data). Answers are kept process-wide for a short
 * while, so a burst of mutations asks the owner once; a fact changed at the owner may therefore be
 * used for up to `LOOKUP_CACHE_TTL_MS` after. The owner not answering in time, or refusing, is an
 * `OwnerUnavailableError` the mutation returns as a typed error.
 */

import type { Context } from '@opentelemetry/api';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { SubgraphName } from './catalogue.ts';
import type { LookupClient } from './lookup-client.ts';

/** How long an answer is reused, process-wide. */
export const LOOKUP_CACHE_TTL_MS = 30_000;
/** The most answers one lookup keeps; the least recently used go first. */
export const LOOKUP_CACHE_MAX_ENTRIES = 10_000;
/** The most entities asked in one call; a larger batch becomes several calls. */
export const LOOKUP_MAX_BATCH = 100;

export interface EntityLookupOptions {
  owner: SubgraphName;
  typename: string;
  /** The fields wanted, as a GraphQL selection on the type: `id role organisation { id }`. */
  selection: string;
  cache?: { ttlMs?: number; maxEntries?: number };
}

/** What a look-up needs of the request: its id (the owner logs it) and the service's lookup client. */
export interface LookupContext {
  caller: { requestId: string };
  lookups: LookupClient;
  logger?: Logger;
  traceContext?: Context | undefined;
}

export interface EntityLookup<T> {
  /** The owner's facts for one id; null when the owner has no such entity. */
  load(context: LookupContext, id: string): Promise<T | null>;
  /** The facts for several ids, in their order, in one call to the owner. */
  loadMany(context: LookupContext, ids: readonly string[]): Promise<(T | null)[]>;
}

export function entityLookup<T extends object>(options: EntityLookupOptions): EntityLookup<T> {
  const { owner, typename, selection } = options;
  // Not-found answers are not kept: an entity the owner creates must be usable at once.
  const cache = new LRUCache<string, T>({
    max: options.cache?.maxEntries ?? LOOKUP_CACHE_MAX_ENTRIES,
    ttl: options.cache?.ttlMs ?? LOOKUP_CACHE_TTL_MS,
  });
  const loaders = new WeakMap<LookupContext, DataLoader<string, T | null>>();

  async function batch(context: LookupContext, ids: readonly string[]): Promise<(T | null)[]> {
    // Keyed by the owner's URL too: tests run stand-in owners with different facts side by side.
    const url = context.lookups.urlOf(owner);
    const keyOf = (id: string) => `${url}\u0000${id}`;
    const answers = new Map<string, T | null>();
    for (const id of ids) {
      const kept = cache.get(keyOf(id));
      if (kept) answers.set(id, kept);
    }
    const missing = ids.filter((id) => !answers.has(id));
    if (missing.length > 0) {
      const fetched = await context.lookups.fetchEntities<T>({
        owner,
        typename,
        selection,
        ids: missing,
        requestId: context.caller.requestId,
        logger: context.logger,
        traceContext: context.traceContext,
      });
      missing.forEach((id, index) => {
        const entity = fetched[index] ?? null;
        answers.set(id, entity);
        if (entity) cache.set(keyOf(id), entity);
      });
    }
    return ids.map((id) => answers.get(id) ?? null);
  }

  const loaderOf = (context: LookupContext) => {
    let loader = loaders.get(context);
    if (!loader) {
      loader = new DataLoader((ids) => batch(context, ids), { maxBatchSize: LOOKUP_MAX_BATCH });
      loaders.set(context, loader);
    }
    return loader;
  };

  return {
    load: (context, id) => loaderOf(context).load(id),
    loadMany: async (context, ids) => {
      const loaded = await loaderOf(context).loadMany(ids);
      const failure = loaded.find((entry): entry is Error => entry instanceof Error);
      if (failure) throw failure;
      return loaded as (T | null)[];
    },
  };
}

export { OwnerUnavailableError } from './domain-errors.ts';
export {
  createLookupClient,
  type EntitiesRequest,
  LOOKUP_TIMEOUT_MS,
  type LookupClient,
  type LookupClientOptions,
} from './lookup-client.ts';
