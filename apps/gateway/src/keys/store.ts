import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type Caller,
  type Db,
  isOrganisationKind,
  isScope,
  type OrganisationKind,
  type Scope,
} from '@mienskip/kit';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { type ApiKeyRow, apiKeys } from '../db/schema.ts';
import { isOperationHash } from '../trusted-documents.ts';

/** Keys look like `msk_<43 url-safe characters>`: 256 random bits, so a plain SHA-256 is a safe hash. */
const KEY_PREFIX = 'msk_';

export function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function generateKeySecret(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export interface NewApiKey {
  name: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  scopes: readonly Scope[];
  expiresAt?: Date | null;
  /** Use this secret instead of a generated one (the development key). */
  secret?: string;
  /**
   * Trusted documents: the hashes of the only operations the key may run (`hashOperation`); absent
   * or null for any operation. An empty list is refused (a key that can run nothing).
   */
  trustedOperations?: readonly string[] | null;
}

/** An authenticated key: its caller (without request id) and, for a restricted key, its operations. */
export type AuthenticatedKey = Omit<Caller, 'requestId'> & { trustedOperations?: ReadonlySet<string> };

function checkTrustedOperations(list: readonly string[] | null | undefined): string[] | null {
  if (list == null) return null;
  if (!list.length) throw new Error('A list of trusted operations cannot be empty (leave it out instead)');
  const invalid = list.filter((hash) => !isOperationHash(hash));
  if (invalid.length) throw new Error(`Not SHA-256 hex operation hashes: ${invalid.join(', ')}`);
  return [...new Set(list)];
}

export type KeyRefusal = 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked';

export class KeyRefused extends Error {
  constructor(readonly reason: KeyRefusal) {
    super(
      {
        missing: 'An API key is required: send "Authorization: Bearer <key>"',
        malformed: 'The Authorization header must be "Bearer <key>"',
        unknown: 'This API key is not known',
        expired: 'This API key has expired',
        revoked: 'This API key has been revoked',
      }[reason],
    );
  }
}

export function createKeyStore(db: Db) {
  return {
    /** Stores a key and returns its secret: the only moment it can be read. */
    async create(input: NewApiKey): Promise<{ id: string; secret: string }> {
      const invalid = input.scopes.filter((scope) => !isScope(scope));
      if (invalid.length) throw new Error(`Unknown scopes: ${invalid.join(', ')}`);
      if (!isOrganisationKind(input.organisationKind))
        throw new Error(`Unknown organisation kind ${input.organisationKind}`);
      const trustedOperations = checkTrustedOperations(input.trustedOperations);
      const secret = input.secret ?? generateKeySecret();
      const id = `key-${randomUUID()}`;
      await db.insert(apiKeys).values({
        id,
        name: input.name,
        secretHash: hashKey(secret),
        organisationId: input.organisationId,
        organisationKind: input.organisationKind,
        scopes: [...input.scopes],
        expiresAt: input.expiresAt ?? null,
        trustedOperations,
      });
      return { id, secret };
    },

    /** Makes sure a key with this secret exists with exactly these properties (the development key). */
    async ensure(input: NewApiKey & { secret: string }): Promise<string> {
      const [existing] = await db
        .select()
        .from(apiKeys)
        .where(eq(apiKeys.secretHash, hashKey(input.secret)));
      if (!existing) return (await this.create(input)).id;
      await db
        .update(apiKeys)
        .set({
          name: input.name,
          organisationId: input.organisationId,
          organisationKind: input.organisationKind,
          scopes: [...input.scopes],
          expiresAt: input.expiresAt ?? null,
          trustedOperations: checkTrustedOperations(input.trustedOperations),
          revokedAt: null,
        })
        .where(eq(apiKeys.id, existing.id));
      return existing.id;
    },

    /** Revokes every live key with this name except the one given (a development key that was replaced). */
    async revokeOthersNamed(name: string, keepId: string, at = new Date()): Promise<number> {
      const rows = await db
        .update(apiKeys)
        .set({ revokedAt: at })
        .where(and(eq(apiKeys.name, name), ne(apiKeys.id, keepId), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id });
      return rows.length;
    },

    async revoke(id: string, at = new Date()): Promise<boolean> {
      const rows = await db
        .update(apiKeys)
        .set({ revokedAt: at })
        .where(eq(apiKeys.id, id))
        .returning({ id: apiKeys.id });
      return rows.length > 0;
    },

    async list(): Promise<Omit<ApiKeyRow, 'secretHash'>[]> {
      const rows = await db.select().from(apiKeys).orderBy(apiKeys.createdAt);
      return rows.map(({ secretHash: _, ...row }) => row);
    },

    /**
     * The key's caller (without request id) with, for a restricted key only, `trustedOperations`;
     * or a refusal saying why.
     */
    async authenticate(authorization: string | undefined, now = new Date()): Promise<AuthenticatedKey> {
      if (!authorization) throw new KeyRefused('missing');
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw new KeyRefused('malformed');
      const [row] = await db
        .select()
        .from(apiKeys)
        .where(eq(apiKeys.secretHash, hashKey(match[1]!)));
      if (!row) throw new KeyRefused('unknown');
      if (row.revokedAt && row.revokedAt <= now) throw new KeyRefused('revoked');
      if (row.expiresAt && row.expiresAt <= now) throw new KeyRefused('expired');
      if (!isOrganisationKind(row.organisationKind)) throw new KeyRefused('unknown');
      return {
        keyId: row.id,
        organisationId: row.organisationId,
        organisationKind: row.organisationKind,
        scopes: new Set(row.scopes.filter(isScope)),
        ...(row.trustedOperations && { trustedOperations: new Set(row.trustedOperations) }),
      };
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;
