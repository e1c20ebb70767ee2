import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Db, preparedPerDatabase, UNNAMED } from './db.ts';
import { NotFoundError } from './domain-errors.ts';

/**
 * Orders a batch's rows like the keys DataLoader asked for; an id without a row gets a
 * `NotFoundError` for that id alone, so one dangling reference does not fail its neighbours.
 */
export function byIds<T, K extends string | number>(
  entity: string,
  ids: readonly K[],
  rows: readonly T[],
  keyOf: (row: T) => K,
): (T | NotFoundError)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return ids.map((id) => map.get(id) ?? new NotFoundError(entity, String(id)));
}

/** Groups a batch's rows per parent key, in the order DataLoader asked for. */
export function groupByIds<T, K>(ids: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return ids.map((id) => groups.get(id)!);
}

/** Loads one record, or null when it does not exist (other failures still throw). */
export async function loadOrNull<T, K>(loader: { load(key: K): Promise<T> }, key: K): Promise<T | null> {
  try {
    return await loader.load(key);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * The load function of an entity's DataLoader: one `WHERE id = ANY($1)` for the whole batch (its
 * SQL built once per database), rows in the order asked, a `NotFoundError` for each id without a row.
 */
export function loadByIds<T extends PgTable & { id: AnyPgColumn }>(entity: string, table: T) {
  const rowsWithIds = preparedPerDatabase((db) =>
    db
      .select()
      .from(table as PgTable)
      .where(sql`${table.id} = any(${sql.placeholder('ids')})`)
      .prepare(UNNAMED),
  );
  return async (
    ids: readonly string[],
    context: { db: Db },
  ): Promise<(T['$inferSelect'] | NotFoundError)[]> => {
    const rows = (await rowsWithIds(context.db).execute({ ids: [...ids] })) as T['$inferSelect'][];
    return byIds(entity, ids, rows, (row) => (row as { id: string }).id);
  };
}

/**
 * A DataLoader made once per request (per context object), for batching that several fields share:
 * every field that asks for the same key in one tick gets the same single query.
 */
export function contextLoader<Context extends object, K, V>(
  batch: (keys: readonly K[], context: Context) => Promise<V[]>,
) {
  return createContextCache((context: Context) => new DataLoader<K, V>((keys) => batch(keys, context)));
}
