import { pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The gateway's own store: API keys. No subgraph reads it. */
export const gateway = pgSchema('gateway');

export const apiKeys = gateway.table('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** SHA-256 of the whole key; the key itself is shown once and never stored. */
  secretHash: text('secret_hash').notNull().unique(),
  organisationId: text('organisation_id').notNull(),
  organisationKind: text('organisation_kind').notNull(),
  scopes: text('scopes').array().notNull(),
  /**
   * Trusted documents: the SHA-256 hashes (hex) of the only operations the key may run; null for
   * any operation. See `trusted-documents.ts`.
   */
  trustedOperations: text('trusted_operations').array(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ApiKeyRow = typeof apiKeys.$inferSelect;
