import { pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The __name__ subgraph owns this PostgreSQL schema and reads no other. */
export const __name__ = pgSchema('__name__');

/** An example table, to be replaced by the subgraph's own (then `pnpm db:generate` for the migration). */
export const notes = __name__.table('notes', {
  id: text('id').primaryKey(),
  text: text('text').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type NoteRow = typeof notes.$inferSelect;
