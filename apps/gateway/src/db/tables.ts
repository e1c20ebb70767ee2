import { boolean, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The gateway's own store: API keys. No subgraph reads it. */
export const gateway = pgSchema('gateway');

export const apiKeys = gateway.table('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  organisationId: text('organisation_id').notNull(),
  /**
   * The organisation's kind, as its owner (budget) knows it: null for a key made while the graph was
   * not running, until the gateway looks it up at the key's first use.
   */
  organisationKind: text('organisation_kind'),
  scopes: text('scopes').array().notNull(),
  /**
   * Trusted documents: the apps (team directories under `operations/`) whose persisted documents
   * are the only operations the key may run; null for any operation. See `trusted-documents/`.
   */
  apps: text('apps').array(),
  /**
   * The Jeugdwet purposes (art. 7.4.0: `TOELEIDING`, `KINDERBESCHERMING`, `BEKOSTIGING`,
   * `CONTROLE`) the key is limited to for personal youth data; null for a key that is not limited.
   */
  allowedPurposes: text('allowed_purposes').array(),
  /** Whether the key may ask for the schema (`__schema`, `__type`). */
  mayIntrospect: boolean('may_introspect').notNull().default(true),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Raised by every change, so that two administrators never silently overwrite each other. */
  version: integer('version').notNull().default(1),
});

/**
 * A key's secrets: one current, and after a rotation the previous ones until their grace period
 * ends. Only a hash is kept; the public prefix (the key's first characters) finds the row.
 */
export const apiKeySecrets = gateway.table('api_key_secrets', {
  /** SHA-256 of the whole key; the key itself is shown once and never stored. */
  secretHash: text('secret_hash').primaryKey(),
  /** The key's first 12 characters (`msk_` and 8 random ones): public, shown in lists and logs. */
  prefix: text('prefix').unique(),
  keyId: text('key_id')
    .notNull()
    .references(() => apiKeys.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set by a rotation: the secret keeps working until then. */
  retiresAt: timestamp('retires_at', { withTimezone: true }),
  /** The last request made with this secret (written at most once a minute per secret). */
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeySecretRow = typeof apiKeySecrets.$inferSelect;
