import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgDatabase, PgQueryResultHKT, PgTable } from 'drizzle-orm/pg-core';
import { NotFoundError, VersionConflictError } from './domain-errors.ts';

/**
 * A transaction of a subgraph's database (what `db.transaction` hands its callback). `Db` of db.ts
 * is spelled out: db.ts re-exports this file, and importing it back would be a cycle.
 */
export type Tx = Parameters<Parameters<PgDatabase<PgQueryResultHKT>['transaction']>[0]>[0];

/** A table whose rows carry an `id` and a `version` for optimistic concurrency. */
export type VersionedTable = PgTable & { id: AnyPgColumn; version: AnyPgColumn };

/**
 * The first half of every optimistic-lock update: locks the row (FOR UPDATE, so concurrent changes
 * run one after the other) and refuses a stale `version` before anything changes. A row the caller
 * may not change answers as absent (`NotFoundError`), so that its existence does not leak.
 * Call it inside a transaction; `version` null or undefined skips the version check (a lock only).
 */
export async function lockVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  entity: string,
  id: string,
  version: number | null | undefined,
  mayChange: (row: T['$inferSelect']) => boolean = () => true,
): Promise<T['$inferSelect']> {
  const [row] = (await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for('update')) as T['$inferSelect'][];
  if (!row || !mayChange(row)) throw new NotFoundError(entity, id);
  const current = (row as { version: number }).version;
  if (version != null && current !== version) throw new VersionConflictError(entity, id, version, current);
  return row;
}

/** The second half: writes the change to a locked row and raises its version by one. */
export async function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  id: string,
  changes: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const [row] = (await tx
    .update(table as PgTable)
    .set({ ...changes, version: sql`${table.version} + 1` } as never)
    .where(eq(table.id, id))
    .returning()) as T['$inferSelect'][];
  return row!;
}

/** True for PostgreSQL's unique violation (23505): the index, not the code, had the last word. */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if ((cause as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
