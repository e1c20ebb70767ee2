import { randomUUID } from 'node:crypto';
import { type Db, UNNAMED } from '@mienskip/kit/db';
import type { OrganisationKind } from '@mienskip/kit/rules';
import type { Scope } from '@mienskip/kit/scopes';
import { and, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { type ApiKeyRow, type ApiKeySecretRow, apiKeySecrets, apiKeys } from '../db/tables.ts';
import { defaultPersistedDocuments } from '../trusted-documents/manifests.ts';
import { KeyInputError } from './errors.ts';
import { checkAllowedPurposes, checkApps, checkName, checkOrganisation, checkScopes } from './key-input.ts';
import { checkRotatable, graceEnd } from './rotation.ts';
import { generateKeySecret, hashKey, keyPrefix } from './secrets.ts';
import { type ApiKeyView, keyView } from './view.ts';

export interface NewApiKey {
  name: string;
  organisationId: string;
  /** Left out: looked up from the organisation's owner at the key's first use. */
  organisationKind?: OrganisationKind | null;
  scopes: readonly Scope[];
  expiresAt?: Date | null;
  /** Use this secret instead of a generated one (the development key). */
  secret?: string;
  /**
   * Trusted documents: the apps (by name) whose persisted documents are the only operations the key
   * may run; absent or null for any operation. An empty list and an app without a manifest are refused.
   */
  apps?: readonly string[] | null;
  /** Whether the key may ask for the schema (default true). */
  mayIntrospect?: boolean;
  /**
   * The Jeugdwet purposes (art. 7.4.0) the key is limited to for personal youth data; absent or
   * null for a key that is not limited. Unknown codes and an empty list are refused.
   */
  allowedPurposes?: readonly string[] | null;
}

/** What may change on an existing key (its organisation never does). */
export type ApiKeyChanges = Partial<
  Pick<NewApiKey, 'name' | 'scopes' | 'expiresAt' | 'apps' | 'mayIntrospect' | 'allowedPurposes'>
>;

/** A stored secret with the key it belongs to. */
export interface StoredSecret {
  key: ApiKeyRow;
  secret: ApiKeySecretRow;
}

export interface KeyStoreOptions {
  /** The apps a key may be bound to: those with a persisted-document manifest (default: the gateway's own). */
  knownApps?: () => readonly string[];
}

/**
 * The gateway's API keys in its own database: every read and write of keys and their secrets. The
 * rules they follow are in `key-input.ts` and `rotation.ts`; authentication is `authenticate.ts`.
 */
export function createKeyStore(db: Db, options: KeyStoreOptions = {}) {
  const knownApps = options.knownApps ?? (() => defaultPersistedDocuments().apps);
  const checkKeyApps = (apps: readonly string[] | null | undefined) =>
    apps == null ? null : checkApps(apps, knownApps());

  async function insertSecret(
    tx: Db,
    keyId: string,
    given?: string,
  ): Promise<{ secret: string; prefix: string }> {
    for (;;) {
      const secret = given ?? generateKeySecret();
      const prefix = keyPrefix(secret);
      if (!prefix)
        throw new KeyInputError('BAD_USER_INPUT', 'A key starts with "msk_" and has at least 32 characters');
      const [row] = await tx
        .insert(apiKeySecrets)
        .values({ secretHash: hashKey(secret), prefix, keyId })
        .onConflictDoNothing()
        .returning({ prefix: apiKeySecrets.prefix });
      if (row) return { secret, prefix };
      // 48 random bits of prefix collide practically never; a given secret that is taken is an error.
      if (given) throw new KeyInputError('BAD_USER_INPUT', 'This secret or its prefix is already in use');
    }
  }

  async function find(id: string, tx: Db = db): Promise<ApiKeyView | undefined> {
    const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id));
    if (!row) return undefined;
    return keyView(row, await tx.select().from(apiKeySecrets).where(eq(apiKeySecrets.keyId, id)));
  }

  // Prepared once: a lookup sends the statement without building its SQL again.
  const secretByPrefix = db
    .select()
    .from(apiKeySecrets)
    .innerJoin(apiKeys, eq(apiKeys.id, apiKeySecrets.keyId))
    .where(
      or(
        eq(apiKeySecrets.prefix, sql.placeholder('prefix')),
        and(isNull(apiKeySecrets.prefix), eq(apiKeySecrets.secretHash, sql.placeholder('secretHash'))),
      ),
    )
    // Unnamed, as kit/db's prepared queries: a migration or a pooler cannot trip on a plan kept on a connection.
    .prepare(UNNAMED);

  /** The key, locked for the rest of the transaction; refused when absent or when versions differ. */
  async function lockKey(tx: Db, id: string, version?: number): Promise<ApiKeyRow> {
    const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
    if (!row) throw new KeyInputError('NOT_FOUND', `No API key ${id}`);
    if (version !== undefined && row.version !== version)
      throw new KeyInputError(
        'VERSION_CONFLICT',
        `API key ${id} is at version ${row.version}, not ${version}: read it again and retry`,
      );
    return row;
  }

  const store = {
    /** Stores a key and returns its secret: the only moment it can be read. */
    async create(input: NewApiKey): Promise<{ id: string; secret: string; prefix: string }> {
      const scopes = checkScopes(input.scopes);
      const organisation = checkOrganisation(input.organisationId, input.organisationKind);
      const allowedPurposes = checkAllowedPurposes(input.allowedPurposes);
      const values = {
        id: `key-${randomUUID()}`,
        name: checkName(input.name),
        ...organisation,
        scopes,
        expiresAt: input.expiresAt ?? null,
        apps: checkKeyApps(input.apps),
        mayIntrospect: input.mayIntrospect ?? true,
        allowedPurposes,
      };
      return db.transaction(async (tx) => {
        await tx.insert(apiKeys).values(values);
        return { id: values.id, ...(await insertSecret(tx, values.id, input.secret)) };
      });
    },

    /** Makes sure a key with this secret exists with exactly these properties (the development key). */
    async ensure(input: NewApiKey & { secret: string }): Promise<string> {
      const [existing] = await db
        .select({ keyId: apiKeySecrets.keyId })
        .from(apiKeySecrets)
        .where(eq(apiKeySecrets.secretHash, hashKey(input.secret)));
      if (!existing) return (await this.create(input)).id;
      await db
        .update(apiKeys)
        .set({
          name: checkName(input.name),
          organisationId: input.organisationId,
          organisationKind: input.organisationKind ?? null,
          scopes: checkScopes(input.scopes),
          expiresAt: input.expiresAt ?? null,
          apps: checkKeyApps(input.apps),
          mayIntrospect: input.mayIntrospect ?? true,
          allowedPurposes: checkAllowedPurposes(input.allowedPurposes),
          revokedAt: null,
          version: sql`${apiKeys.version} + 1`,
        })
        .where(eq(apiKeys.id, existing.keyId));
      // A development key stored before prefixes existed gets its prefix now.
      await db
        .update(apiKeySecrets)
        .set({ prefix: keyPrefix(input.secret) ?? null, retiresAt: null })
        .where(eq(apiKeySecrets.secretHash, hashKey(input.secret)));
      return existing.keyId;
    },

    /** Revokes every live key with this name except the one given (a development key that was replaced). */
    async revokeOthersNamed(name: string, keepId: string, at = new Date()): Promise<number> {
      const rows = await db
        .update(apiKeys)
        .set({ revokedAt: at, version: sql`${apiKeys.version} + 1` })
        .where(and(eq(apiKeys.name, name), ne(apiKeys.id, keepId), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id });
      return rows.length;
    },

    /** Revokes a key at once, every secret of it included; revoking a revoked key changes nothing. */
    async revoke(id: string, at = new Date()): Promise<ApiKeyView | undefined> {
      await db
        .update(apiKeys)
        .set({ revokedAt: at, version: sql`${apiKeys.version} + 1` })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
      return find(id);
    },

    get: (id: string) => find(id),

    /** Every key (of one organisation), oldest first. */
    async list(filter: { organisationId?: string } = {}): Promise<ApiKeyView[]> {
      const rows = await db
        .select()
        .from(apiKeys)
        .where(filter.organisationId ? eq(apiKeys.organisationId, filter.organisationId) : undefined)
        .orderBy(apiKeys.createdAt, apiKeys.id);
      const secrets = await db.select().from(apiKeySecrets).orderBy(desc(apiKeySecrets.createdAt));
      return rows.map((row) =>
        keyView(
          row,
          secrets.filter((secret) => secret.keyId === row.id),
        ),
      );
    },

    /** Changes a key, refused (changing nothing) unless `version` is the one stored. */
    async update(id: string, version: number, changes: ApiKeyChanges): Promise<ApiKeyView> {
      const set = {
        ...(changes.name !== undefined && { name: checkName(changes.name) }),
        ...(changes.scopes !== undefined && { scopes: checkScopes(changes.scopes) }),
        ...(changes.expiresAt !== undefined && { expiresAt: changes.expiresAt }),
        ...(changes.apps !== undefined && { apps: checkKeyApps(changes.apps) }),
        ...(changes.mayIntrospect !== undefined && { mayIntrospect: changes.mayIntrospect }),
        ...(changes.allowedPurposes !== undefined && {
          allowedPurposes: checkAllowedPurposes(changes.allowedPurposes),
        }),
      };
      return db.transaction(async (tx) => {
        const row = await lockKey(tx, id, version);
        if (row.revokedAt) throw new KeyInputError('BAD_USER_INPUT', `API key ${id} is revoked`);
        await tx
          .update(apiKeys)
          .set({ ...set, version: row.version + 1 })
          .where(eq(apiKeys.id, id));
        return (await find(id, tx))!;
      });
    },

    /** Gives the key a new secret; its current ones keep working for `graceMs` (see `graceEnd`). */
    async rotate(
      id: string,
      graceMs: number,
      now = new Date(),
    ): Promise<{ id: string; secret: string; prefix: string; previousRetiresAt: Date }> {
      const retiresAt = graceEnd(graceMs, now);
      return db.transaction(async (tx) => {
        const row = await lockKey(tx, id);
        checkRotatable(row, now);
        // `least`: a secret already retiring sooner keeps its earlier end.
        await tx
          .update(apiKeySecrets)
          .set({
            retiresAt: sql`least(${apiKeySecrets.retiresAt}, ${retiresAt.toISOString()}::timestamptz)`,
          })
          .where(eq(apiKeySecrets.keyId, id));
        await tx
          .update(apiKeys)
          .set({ version: row.version + 1 })
          .where(eq(apiKeys.id, id));
        return { id, ...(await insertSecret(tx, id)), previousRetiresAt: retiresAt };
      });
    },

    /**
     * The secret with this public prefix, with its key. A secret stored before prefixes existed has
     * none: it is found by its hash instead (and `setSecretPrefix` then gives it one).
     */
    async findSecret(prefix: string, secretHash: string): Promise<StoredSecret | undefined> {
      const [found] = await secretByPrefix.execute({ prefix, secretHash });
      return found && { key: found.api_keys, secret: found.api_key_secrets };
    },

    async setSecretPrefix(secretHash: string, prefix: string): Promise<void> {
      await db.update(apiKeySecrets).set({ prefix }).where(eq(apiKeySecrets.secretHash, secretHash));
    },

    async setOrganisationKind(id: string, kind: OrganisationKind): Promise<void> {
      await db.update(apiKeys).set({ organisationKind: kind }).where(eq(apiKeys.id, id));
    },

    async setLastUse(secretHash: string, at: Date): Promise<void> {
      await db.update(apiKeySecrets).set({ lastUsedAt: at }).where(eq(apiKeySecrets.secretHash, secretHash));
    },

    /** Throws unless the key store's database answers: what the gateway's `/ready` stands on. */
    async ping(): Promise<void> {
      await db.execute(sql`select 1`);
    },
  };

  const changeListeners = new Set<() => void | Promise<void>>();
  /** A change to existing keys or secrets, which tells every listener once done, failed or not. */
  const announced =
    <A extends unknown[], R>(change: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await change.apply(store, args);
      } finally {
        // Awaited: a listener may tell other processes (the cluster's workers) before the answer goes out.
        await Promise.allSettled([...changeListeners].map(async (listener) => listener()));
      }
    };

  return {
    ...store,
    ensure: announced(store.ensure),
    revokeOthersNamed: announced(store.revokeOthersNamed),
    revoke: announced(store.revoke),
    update: announced(store.update),
    rotate: announced(store.rotate),
    /**
     * Calls `listener` after every revocation, rotation, change or restoration made through this
     * store: what lets the authenticator's cache forget at once (`authentication-cache.ts`). Changes
     * made elsewhere (another gateway instance) are not seen; the cache time bounds them. The change
     * answers once what `listener` returns has settled (the cluster's relay, `cluster/worker.ts`).
     * Returns how to stop listening.
     */
    onChange(listener: () => void | Promise<void>): () => void {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;
