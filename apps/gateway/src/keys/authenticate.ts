import type { Caller, OrganisationKind } from '@mienskip/kit/rules';
import { isScope } from '@mienskip/kit/scopes';
import type { ApiKeyRow } from '../db/tables.ts';
import { type CachedKey, createAuthenticationCache, KEY_CACHE_MS } from './authentication-cache.ts';
import { KeyRefused } from './errors.ts';
import { createLastUseRecorder } from './last-use.ts';
import type { OrganisationKindLookup } from './organisation-kind.ts';
import { hashKey, keyPrefix, sameHash } from './secrets.ts';
import type { KeyStore } from './store.ts';
import { bearerSecret, secretRefusal } from './validity.ts';
import { knownKind, knownPurposes } from './view.ts';

/** An authenticated key: its caller (without request id) and what restricts it. */
export type AuthenticatedKey = Omit<Caller, 'requestId'> & {
  /** For a key restricted to trusted documents only: the apps whose persisted documents it may run. */
  apps?: readonly string[];
  mayIntrospect: boolean;
  /** The public prefix of the secret used. */
  prefix: string;
};

export interface AuthenticateOptions {
  now?: Date;
  /** Needed only for keys made without a kind (while the graph was not running). */
  organisationKind?: OrganisationKindLookup;
}

export interface KeyAuthenticatorOptions {
  /** How long a key that was accepted is served from memory (default `KEY_CACHE_MS`; 0: never). */
  cacheMs?: number;
}

/**
 * Authentication of API keys: the key's public prefix finds its row, the hash of the whole key
 * decides (compared in constant time), then the key and the secret must still be valid. A key made
 * without its organisation's kind gets it at first use; each secret's last use is recorded.
 *
 * A key that was accepted is kept in memory by its hash for `cacheMs`: its validity in time is
 * checked again at every use, and any change made through the same store forgets every kept key
 * at once; a change made elsewhere shows within `cacheMs`. Refusals and store failures are not kept.
 */
export function createKeyAuthenticator(
  keys: KeyStore,
  { cacheMs = KEY_CACHE_MS }: KeyAuthenticatorOptions = {},
) {
  const recordUse = createLastUseRecorder(keys.setLastUse);
  const cache = createAuthenticationCache(cacheMs);
  keys.onChange(cache.invalidate);

  async function kindOf(row: ApiKeyRow, lookup?: OrganisationKindLookup): Promise<OrganisationKind> {
    const stored = knownKind(row.organisationKind);
    if (stored) return stored;
    const kind = await lookup?.(row.organisationId);
    if (!kind) throw new KeyRefused('organisation');
    await keys.setOrganisationKind(row.id, kind);
    return kind;
  }

  /** The secret's rows and its key's kind, from the store; a `KeyRefused` unless the secret works at `now`. */
  async function lookUp(
    prefix: string,
    hash: string,
    now: Date,
    lookup?: OrganisationKindLookup,
  ): Promise<CachedKey> {
    const found = await keys.findSecret(prefix, hash);
    if (!found || !sameHash(found.secret.secretHash, hash)) throw new KeyRefused('unknown');
    const { key, secret } = found;
    const refusal = secretRefusal(key, secret, now);
    if (refusal) throw new KeyRefused(refusal);
    if (secret.prefix === null) await keys.setSecretPrefix(hash, prefix);
    return { key, secret: { ...secret, prefix }, organisationKind: await kindOf(key, lookup) };
  }

  return {
    /** The key's caller (without request id) and restrictions; or a `KeyRefused` saying why. */
    async authenticate(
      authorization: string | undefined,
      { now = new Date(), organisationKind: lookup }: AuthenticateOptions = {},
    ): Promise<AuthenticatedKey> {
      const presented = bearerSecret(authorization);
      if ('refusal' in presented) throw new KeyRefused(presented.refusal);
      const prefix = keyPrefix(presented.secret);
      if (!prefix) throw new KeyRefused('unknown');
      const hash = hashKey(presented.secret);
      let found = cache.get(hash, now);
      if (found) {
        // Kept rows, checked again: a key or secret that ends at 12:00:00 is refused from 12:00:00.
        const refusal = secretRefusal(found.key, found.secret, now);
        if (refusal) throw new KeyRefused(refusal);
      } else {
        const generation = cache.generation;
        found = await lookUp(prefix, hash, now, lookup);
        cache.set(hash, found, now, generation);
      }
      const { key, organisationKind } = found;
      const allowedPurposes = knownPurposes(key.allowedPurposes);
      await recordUse(hash, now);
      return {
        keyId: key.id,
        organisationId: key.organisationId,
        organisationKind,
        scopes: new Set(key.scopes.filter(isScope)),
        mayIntrospect: key.mayIntrospect,
        prefix,
        // The key's own limit, and only that: no request can widen or replace it.
        ...(allowedPurposes && { allowedPurposes: new Set(allowedPurposes) }),
        ...(key.apps && { apps: key.apps }),
      };
    },

    /** Forgets every kept key (done by itself on every change made through its store). */
    invalidate: cache.invalidate,
  };
}

export type KeyAuthenticator = ReturnType<typeof createKeyAuthenticator>;
