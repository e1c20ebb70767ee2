import { randomUUID } from 'node:crypto';
import type { Db } from '@mienskip/kit/db';
import { type Caller, isOrganisationKind, type OrganisationKind } from '@mienskip/kit/rules';
import { isScope, type Scope } from '@mienskip/kit/scopes';
import { and, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { type ApiKeyRow, type ApiKeySecretRow, apiKeySecrets, apiKeys } from '../db/tables.ts';
import { isOperationHash } from '../trusted-documents.ts';
import { generateKeySecret, hashKey, keyPrefix, sameHash } from './secrets.ts';

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
   * Trusted documents: the hashes of the only operations the key may run (`hashOperation`); absent
   * or null for any operation. An empty list is refused (a key that can run nothing).
   */
  trustedOperations?: readonly string[] | null;
  /** Whether the key may ask for the schema (default true). */
  mayIntrospect?: boolean;
}

/** What may change on an existing key (its organisation never does). */
export type ApiKeyChanges = Partial<
  Pick<NewApiKey, 'name' | 'scopes' | 'expiresAt' | 'trustedOperations' | 'mayIntrospect'>
>;

export interface ApiKeySecretView {
  prefix: string | null;
  createdAt: Date;
  /** Set once a rotation replaced it: it works until then. */
  retiresAt: Date | null;
  lastUsedAt: Date | null;
}

/** A key as administrators see it: everything but secrets and hashes. */
export interface ApiKeyView extends Omit<ApiKeyRow, 'organisationKind'> {
  organisationKind: OrganisationKind | null;
  /** The public prefix of the current secret. */
  prefix: string | null;
  lastUsedAt: Date | null;
  /** Current secret first, then those a rotation replaced, newest first. */
  secrets: ApiKeySecretView[];
}

/** An authenticated key: its caller (without request id) and what restricts it. */
export type AuthenticatedKey = Omit<Caller, 'requestId'> & {
  /** For a key restricted to trusted documents only: the operations it may run. */
  trustedOperations?: ReadonlySet<string>;
  mayIntrospect: boolean;
  /** The public prefix of the secret used. */
  prefix: string;
};

export type KeyRefusal =
  | 'missing'
  | 'malformed'
  | 'unknown'
  | 'expired'
  | 'revoked'
  | 'retired'
  | 'organisation';

export class KeyRefused extends Error {
  constructor(readonly reason: KeyRefusal) {
    super(
      {
        missing: 'An API key is required: send "Authorization: Bearer <key>"',
        malformed: 'The Authorization header must be "Bearer <key>"',
        unknown: 'This API key is not known',
        expired: 'This API key has expired',
        revoked: 'This API key has been revoked',
        retired: 'This API key was replaced by a rotation and its grace period has ended',
        organisation: "This API key's organisation is not known to the graph",
      }[reason],
    );
  }
}

/** A request to change keys that cannot be carried out; nothing was changed. */
export class KeyInputError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'VERSION_CONFLICT',
    message: string,
  ) {
    super(message);
  }
}

/** How long a replaced secret may keep working at most. */
export const MAX_GRACE_MS = 30 * 24 * 3600_000;
/** Last use is written at most this often per secret: a request must not cost a write. */
const LAST_USE_RESOLUTION_MS = 60_000;

function checkScopes(scopes: readonly string[]): Scope[] {
  const invalid = scopes.filter((scope) => !isScope(scope));
  if (invalid.length) throw new KeyInputError('BAD_USER_INPUT', `Unknown scopes: ${invalid.join(', ')}`);
  if (!scopes.length) throw new KeyInputError('BAD_USER_INPUT', 'A key needs at least one scope');
  return [...new Set(scopes as Scope[])];
}

function checkTrustedOperations(list: readonly string[] | null | undefined): string[] | null {
  if (list == null) return null;
  if (!list.length)
    throw new KeyInputError(
      'BAD_USER_INPUT',
      'A list of trusted operations cannot be empty (leave it out for any operation)',
    );
  const invalid = list.filter((hash) => !isOperationHash(hash));
  if (invalid.length)
    throw new KeyInputError('BAD_USER_INPUT', `Not SHA-256 hex operation hashes: ${invalid.join(', ')}`);
  return [...new Set(list)];
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100)
    throw new KeyInputError('BAD_USER_INPUT', 'A key name has 1 to 100 characters');
  return trimmed;
}

function view(row: ApiKeyRow, secrets: ApiKeySecretRow[]): ApiKeyView {
  const ordered = [...secrets].sort(
    (a, b) => Number(a.retiresAt !== null) - Number(b.retiresAt !== null) || +b.createdAt - +a.createdAt,
  );
  const used = secrets.map((s) => s.lastUsedAt).filter((d): d is Date => d !== null);
  return {
    ...row,
    organisationKind:
      row.organisationKind && isOrganisationKind(row.organisationKind) ? row.organisationKind : null,
    prefix: ordered[0]?.prefix ?? null,
    lastUsedAt: used.length ? new Date(Math.max(...used.map(Number))) : null,
    secrets: ordered.map(({ prefix, createdAt, retiresAt, lastUsedAt }) => ({
      prefix,
      createdAt,
      retiresAt,
      lastUsedAt,
    })),
  };
}

/**
 * Looks up an organisation's kind from its owner: undefined when it does not exist; throws when it
 * cannot be asked.
 */
export type OrganisationKindLookup = (organisationId: string) => Promise<OrganisationKind | undefined>;

export interface AuthenticateOptions {
  now?: Date;
  /** Needed only for keys made without a kind (while the graph was not running). */
  organisationKind?: OrganisationKindLookup;
}

export function createKeyStore(db: Db) {
  const lastUseWritten = new Map<string, number>();

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
    return view(row, await tx.select().from(apiKeySecrets).where(eq(apiKeySecrets.keyId, id)));
  }

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

  async function recordUse(secretHash: string, now: Date): Promise<void> {
    const last = lastUseWritten.get(secretHash);
    if (last !== undefined && now.getTime() - last < LAST_USE_RESOLUTION_MS) return;
    lastUseWritten.set(secretHash, now.getTime());
    await db.update(apiKeySecrets).set({ lastUsedAt: now }).where(eq(apiKeySecrets.secretHash, secretHash));
  }

  async function kindOf(row: ApiKeyRow, lookup?: OrganisationKindLookup): Promise<OrganisationKind> {
    if (row.organisationKind && isOrganisationKind(row.organisationKind)) return row.organisationKind;
    const kind = await lookup?.(row.organisationId);
    if (!kind) throw new KeyRefused('organisation');
    await db.update(apiKeys).set({ organisationKind: kind }).where(eq(apiKeys.id, row.id));
    return kind;
  }

  return {
    /** Stores a key and returns its secret: the only moment it can be read. */
    async create(input: NewApiKey): Promise<{ id: string; secret: string; prefix: string }> {
      const scopes = checkScopes(input.scopes);
      if (input.organisationKind != null && !isOrganisationKind(input.organisationKind))
        throw new KeyInputError('BAD_USER_INPUT', `Unknown organisation kind ${input.organisationKind}`);
      if (!input.organisationId.trim())
        throw new KeyInputError('BAD_USER_INPUT', 'A key needs an organisation');
      const values = {
        id: `key-${randomUUID()}`,
        name: checkName(input.name),
        organisationId: input.organisationId.trim(),
        organisationKind: input.organisationKind ?? null,
        scopes,
        expiresAt: input.expiresAt ?? null,
        trustedOperations: checkTrustedOperations(input.trustedOperations),
        mayIntrospect: input.mayIntrospect ?? true,
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
          trustedOperations: checkTrustedOperations(input.trustedOperations),
          mayIntrospect: input.mayIntrospect ?? true,
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
        view(
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
        ...(changes.trustedOperations !== undefined && {
          trustedOperations: checkTrustedOperations(changes.trustedOperations),
        }),
        ...(changes.mayIntrospect !== undefined && { mayIntrospect: changes.mayIntrospect }),
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

    /**
     * Gives the key a new secret. Its current secrets keep working for `graceMs` (0: they stop at
     * once); one that was already to retire sooner keeps its earlier end.
     */
    async rotate(
      id: string,
      graceMs: number,
      now = new Date(),
    ): Promise<{ id: string; secret: string; prefix: string; previousRetiresAt: Date }> {
      if (!Number.isInteger(graceMs) || graceMs < 0 || graceMs > MAX_GRACE_MS)
        throw new KeyInputError('BAD_USER_INPUT', 'The grace period is between 0 and 30 days');
      const retiresAt = new Date(now.getTime() + graceMs);
      return db.transaction(async (tx) => {
        const row = await lockKey(tx, id);
        if (row.revokedAt) throw new KeyInputError('BAD_USER_INPUT', `API key ${id} is revoked`);
        if (row.expiresAt && row.expiresAt <= now)
          throw new KeyInputError('BAD_USER_INPUT', `API key ${id} has expired`);
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

    /** The key's caller (without request id) and restrictions; or a refusal saying why. */
    async authenticate(
      authorization: string | undefined,
      { now = new Date(), organisationKind: lookup }: AuthenticateOptions = {},
    ): Promise<AuthenticatedKey> {
      if (!authorization) throw new KeyRefused('missing');
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw new KeyRefused('malformed');
      const secret = match[1]!;
      const prefix = keyPrefix(secret);
      if (!prefix) throw new KeyRefused('unknown');
      const hash = hashKey(secret);
      const [found] = await db
        .select()
        .from(apiKeySecrets)
        .innerJoin(apiKeys, eq(apiKeys.id, apiKeySecrets.keyId))
        .where(
          or(
            eq(apiKeySecrets.prefix, prefix),
            // A key made before prefixes: found once by its hash, then given its prefix.
            and(isNull(apiKeySecrets.prefix), eq(apiKeySecrets.secretHash, hash)),
          ),
        );
      if (!found || !sameHash(found.api_key_secrets.secretHash, hash)) throw new KeyRefused('unknown');
      const { api_keys: row, api_key_secrets: stored } = found;
      if (row.revokedAt && row.revokedAt <= now) throw new KeyRefused('revoked');
      if (row.expiresAt && row.expiresAt <= now) throw new KeyRefused('expired');
      if (stored.retiresAt && stored.retiresAt <= now) throw new KeyRefused('retired');
      if (stored.prefix === null)
        await db.update(apiKeySecrets).set({ prefix }).where(eq(apiKeySecrets.secretHash, hash));
      const organisationKind = await kindOf(row, lookup);
      await recordUse(hash, now);
      return {
        keyId: row.id,
        organisationId: row.organisationId,
        organisationKind,
        scopes: new Set(row.scopes.filter(isScope)),
        mayIntrospect: row.mayIntrospect,
        prefix,
        ...(row.trustedOperations && { trustedOperations: new Set(row.trustedOperations) }),
      };
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;
