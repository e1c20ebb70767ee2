import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { ownRows } from './scoping.ts';

interface GroupOptions {
  /** Organisation column: keys of other organisations see only their own rows. */
  organisation?: AnyPgColumn;
  /** Only rows where this column is null (open assignments). */
  openOnly?: AnyPgColumn;
  orderBy?: AnyPgColumn;
}

/**
 * A per-request loader of a table's rows grouped by a parent id: one `WHERE parent = ANY($1)` per
 * batch, however many parents a page holds.
 */
export function rowsByParent<T extends PgTable>(table: T, parent: AnyPgColumn, options: GroupOptions = {}) {
  type Row = T['$inferSelect'];
  const parentKey = keyOf(table, parent);
  return contextLoader<SubgraphContext, string, Row[]>(async (ids, { db, caller }) => {
    const rows = (await db
      .select()
      .from(table as PgTable)
      .where(
        and(
          inArray(parent, [...ids]),
          options.organisation && ownRows(caller, options.organisation),
          options.openOnly && isNull(options.openOnly),
        ),
      )
      .orderBy(asc(options.orderBy ?? parent))) as Row[];
    return groupByIds(ids, rows, (row) => (row as Record<string, unknown>)[parentKey] as string);
  });
}

/** The property name drizzle gives a column on the row objects of its table. */
function keyOf(table: PgTable, column: AnyPgColumn): string {
  for (const [key, value] of Object.entries(table)) if (value === column) return key;
  throw new Error(`Column ${column.name} is not on the table`);
}
