import { preparedPerDatabase, UNNAMED } from '@mienskip/kit/db';
import { isMunicipal } from '@mienskip/kit/rules';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

interface GroupOptions {
  /** Organisation column: keys of other organisations see only their own rows. */
  organisation?: AnyPgColumn;
  /** Only rows where this column is null (open assignments). */
  openOnly?: AnyPgColumn;
  orderBy?: AnyPgColumn;
}

/**
 * A per-request loader of a table's rows grouped by a parent id: one `WHERE parent = ANY($1)` per
 * batch, however many parents a page holds. Its SQL is built once per database, for the
 * municipality (every organisation's rows) and for one organisation (`ownRows`), the values as placeholders.
 */
export function rowsByParent<T extends PgTable>(table: T, parent: AnyPgColumn, options: GroupOptions = {}) {
  type Row = T['$inferSelect'];
  const parentKey = keyOf(table, parent);
  const rowsOf = (ownOnly: boolean) =>
    preparedPerDatabase((db) =>
      db
        .select()
        .from(table as PgTable)
        .where(
          and(
            sql`${parent} = any(${sql.placeholder('ids')})`,
            ownOnly && options.organisation
              ? eq(options.organisation, sql.placeholder('organisationId'))
              : undefined,
            options.openOnly && isNull(options.openOnly),
          ),
        )
        .orderBy(asc(options.orderBy ?? parent))
        .prepare(UNNAMED),
    );
  const everyOrganisation = rowsOf(false);
  const ownOrganisation = rowsOf(true);
  return contextLoader<SubgraphContext, string, Row[]>(async (ids, { db, caller }) => {
    const query = isMunicipal(caller) ? everyOrganisation : ownOrganisation;
    const rows = (await query(db).execute({
      ids: [...ids],
      organisationId: caller.organisationId,
    })) as Row[];
    return groupByIds(ids, rows, (row) => (row as Record<string, unknown>)[parentKey] as string);
  });
}

/** The property name drizzle gives a column on the row objects of its table. */
function keyOf(table: PgTable, column: AnyPgColumn): string {
  for (const [key, value] of Object.entries(table)) if (value === column) return key;
  throw new Error(`Column ${column.name} is not on the table`);
}
