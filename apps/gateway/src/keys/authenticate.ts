import type { Caller, OrganisationKind } from '@mienskip/kit/rules';
import { isScope } from '@mienskip/kit/scopes';
import type { ApiKeyRow } from '../db/tables.ts';
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

/**
 * Authentication of API keys: the key's public prefix finds its row, the hash of the whole key
 * decides (compared in constant time), then the key and the secret must still be valid. A key made
 * without its organisation's kind gets it at first use; each secret's last use is recorded.
 */
export function createKeyAuthenticator(keys: KeyStore) {
  const recordUse = createLastUseRecorder(keys.setLastUse);

  async function kindOf(row: ApiKeyRow, lookup?: OrganisationKindLookup): Promise<OrganisationKind> {
    const stored = knownKind(row.organisationKind);
    if (stored) return stored;
    const kind = await lookup?.(row.organisationId);
    if (!kind) throw new KeyRefused('organisation');
    await keys.setOrganisationKind(row.id, kind);
    return kind;
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
      const found = await keys.findSecret(prefix, hash);
      if (!found || !sameHash(found.secret.secretHash, hash)) throw new KeyRefused('unknown');
      const { key, secret } = found;
      const refusal = secretRefusal(key, secret, now);
      if (refusal) throw new KeyRefused(refusal);
      if (secret.prefix === null) await keys.setSecretPrefix(hash, prefix);
      const organisationKind = await kindOf(key, lookup);
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
  };
}

export type KeyAuthenticator = ReturnType<typeof createKeyAuthenticator>;
