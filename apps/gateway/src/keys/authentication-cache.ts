import { parseWholeNumber } from '@mienskip/kit/http';
import type { OrganisationKind } from '@mienskip/kit/rules';
import type { StoredSecret } from './store.ts';

/**
 * How long an authenticated key is served from memory without asking the store. A change made
 * through another gateway instance (or the keys CLI on the database) reaches this one within this
 * time; one made through this instance's store takes effect at once. 10 s keeps a revocation
 * practically immediate while sparing the store all but one lookup per key per 10 s.
 */
export const KEY_CACHE_MS = 10_000;

/** At most this many keys are held; the oldest stored goes first (keys in use are stored again). */
export const MAX_CACHED_KEYS = 5_000;

export const KEY_CACHE_ENV = 'MIENSKIP_KEY_CACHE_MS';

/** `MIENSKIP_KEY_CACHE_MS`: the cache time (0 turns the cache off); a malformed value stops the start. */
export function keyCacheMsFromEnv(env: NodeJS.ProcessEnv): number {
  return parseWholeNumber(KEY_CACHE_ENV, env[KEY_CACHE_ENV], KEY_CACHE_MS);
}

/** What a successful lookup found: the rows (validity is checked again at every use) and the kind. */
export interface CachedKey extends StoredSecret {
  organisationKind: OrganisationKind;
}

interface Entry {
  cached: CachedKey;
  storedAtMs: number;
}

/**
 * Successful authentications by the SHA-256 of the secret (never the secret itself), each kept for
 * `ttlMs` measured on the caller's clock. `invalidate` forgets everything and makes any lookup that
 * was in flight meanwhile unstorable (`generation`): a row read before a write never outlives it.
 */
export function createAuthenticationCache(ttlMs: number, maxEntries = MAX_CACHED_KEYS) {
  const entries = new Map<string, Entry>();
  let generation = 0;

  return {
    /** Taken before a lookup and handed to `set`, which ignores it after an `invalidate`. */
    get generation() {
      return generation;
    },

    get(secretHash: string, now: Date): CachedKey | undefined {
      const entry = entries.get(secretHash);
      if (!entry) return undefined;
      const age = now.getTime() - entry.storedAtMs;
      // A clock that went back counts as stale: the entry never lives longer than `ttlMs` forward.
      if (age >= 0 && age < ttlMs) return entry.cached;
      entries.delete(secretHash);
      return undefined;
    },

    set(secretHash: string, cached: CachedKey, now: Date, lookupGeneration: number): void {
      if (ttlMs <= 0 || lookupGeneration !== generation) return;
      entries.delete(secretHash);
      entries.set(secretHash, { cached, storedAtMs: now.getTime() });
      // A Map iterates in insertion order: the first key is the oldest stored.
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },

    invalidate(): void {
      generation++;
      entries.clear();
    },

    get size() {
      return entries.size;
    },
  };
}

export type AuthenticationCache = ReturnType<typeof createAuthenticationCache>;
