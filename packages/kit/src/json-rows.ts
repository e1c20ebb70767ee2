import { type Column, getTableColumns, type InferSelectModel, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * The column types whose JSON form `rowFromJson` maps back to what the driver itself gives (bigints
 * travel as text); others (numeric, timestamps as strings, …) would come back in another form.
 */
const CARRIED_EXACTLY = new Set([
  'PgText',
  'PgEnumColumn',
  'PgSmallInt',
  'PgInteger',
  'PgBigInt64',
  'PgBoolean',
  'PgTimestamp',
  'PgDateString',
  'PgUUID',
  'PgJsonb',
]);

/**
 * A row of `table` as one JSON object of its columns, for child rows read inside their parent's
 * statement (`json_agg(jsonRow(child))`): one statement where there were several (issue 19).
 * Bigints go as text, so that `rowFromJson` gives them back exact beyond 2^53.
 */
export function jsonRow(table: PgTable): SQL {
  const pairs = Object.values(getTableColumns(table)).map((column) => {
    // Our own column names, written into the text as keys: never a value from outside.
    if (!/^[a-z_][a-z0-9_]*$/.test(column.name)) throw new Error(`Unexpected column name ${column.name}`);
    if (!CARRIED_EXACTLY.has(column.columnType))
      throw new Error(`jsonRow cannot carry ${column.name} (${column.columnType}) exactly`);
    const key = sql.raw(`'${column.name}'`);
    return column.dataType === 'bigint'
      ? sql`${key}, ${qualified(column)}::text`
      : sql`${key}, ${qualified(column)}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * A column named with its schema and table, whatever the statement around it: drizzle leaves columns
 * unqualified in a statement of one table, where a subquery of another table would take them for its own.
 */
export function qualified(column: Column): SQL {
  return sql`${column.table}.${sql.identifier(column.name)}`;
}

/** A row of `table` from `jsonRow`'s object, each value through its column's own mapping from the driver. */
export function rowFromJson<T extends PgTable>(table: T, json: Record<string, unknown>): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
