import { ACCESS_LOG_ACTIONS } from '@mienskip/kit/access-log';
import { bigserial, index, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The audit service owns this PostgreSQL schema and reads no other. */
export const audit = pgSchema('audit');

export const accessAction = audit.enum('access_action', ACCESS_LOG_ACTIONS);

/**
 * The access log (Logboek dataverwerkingen, NEN 7513): one row per person per action per request.
 * Append-only: a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE.
 */
export const accessLog = audit.table(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Who: from the internal token the gateway signed. */
    requestId: text('request_id').notNull(),
    keyId: text('key_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    organisationKind: text('organisation_kind').notNull(),
    purpose: text('purpose'),
    /** The data subgraph that appended (the token's audience). */
    source: text('source').notNull(),
    /** Whom: never a BSN, the subject's id in its own subgraph. */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    action: accessAction('action').notNull(),
    fields: text('fields').array().notNull(),
  },
  (table) => [index('access_log_subject_idx').on(table.subjectType, table.subjectId, table.at.desc())],
);

export type AccessLogRow = typeof accessLog.$inferSelect;
export type NewAccessLogRow = typeof accessLog.$inferInsert;
