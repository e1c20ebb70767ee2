import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * Orders by a name the same way on every server: case-insensitive, byte order ("C" collation),
 * whatever collation the database was created with.
 */
export function byName(column: AnyColumn): SQL {
  return sql`lower(${column}) collate "C"`;
}
