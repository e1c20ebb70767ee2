import { ORGANISATION_KINDS } from '@mienskip/kit';
import { integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The budget subgraph owns this PostgreSQL schema and reads no other. */
export const budget = pgSchema('budget');

export const organisationKind = budget.enum('organisation_kind', ORGANISATION_KINDS);

export const organisations = budget.table('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  kind: organisationKind('kind').notNull(),
  agbCode: text('agb_code'),
  description: text('description'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type OrganisationRow = typeof organisations.$inferSelect;
