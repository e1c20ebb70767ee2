import pg from 'pg';
import { migrationsTable } from './migrate-status.ts';

/** What a runtime role may do on one table. */
export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * What a service's runtime role may do in its schema. Every table: read and write rows; the tables in
 * `tables` only what they list (the audit service's access log: INSERT and SELECT, append-only).
 */
export interface RuntimePrivileges {
  tables?: Readonly<Record<string, readonly TablePrivilege[]>>;
}

/** Arbitrary fixed key: one migration or grant run at a time per database, whichever service runs it. */
export const MIGRATION_LOCK = 7_301_001;

const ROW_PRIVILEGES: readonly TablePrivilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

/**
 * Grants `role` exactly what a service needs at run time in schema `schema` (its name): USAGE on the
 * schema, row privileges on its tables, USAGE and SELECT on its sequences, and reading its migrations
 * table (the start checks that all are applied). Revokes first, so that re-running after every
 * migration gives the same rights, on new tables too, and no more. Never DDL: the role cannot create,
 * alter or drop anything.
 */
export async function grantRuntimeRole(
  url: string,
  name: string,
  role: string,
  privileges: RuntimePrivileges = {},
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (found.rowCount === 0)
      throw new Error(`The runtime role "${role}" does not exist: create it (LOGIN, no other rights) first`);
    const { rows } = await client.query<{ current_user: string }>('select current_user');
    if (rows[0]?.current_user === role)
      throw new Error(`The runtime role "${role}" is the role migrating: give the service a role of its own`);
    const who = client.escapeIdentifier(role);
    const schema = client.escapeIdentifier(name);
    const migrations = migrationsTable(name);
    const statements = [
      `GRANT USAGE ON SCHEMA ${schema} TO ${who}`,
      `REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${who}`,
      `GRANT ${ROW_PRIVILEGES.join(', ')} ON ALL TABLES IN SCHEMA ${schema} TO ${who}`,
      ...Object.entries(privileges.tables ?? {}).flatMap(([table, allowed]) => {
        const target = `${schema}.${client.escapeIdentifier(table)}`;
        return [
          `REVOKE ALL ON TABLE ${target} FROM ${who}`,
          ...(allowed.length > 0
            ? [`GRANT ${checked(allowed).join(', ')} ON TABLE ${target} TO ${who}`]
            : []),
        ];
      }),
      `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${who}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${who}`,
      `GRANT USAGE ON SCHEMA ${client.escapeIdentifier(migrations.schema)} TO ${who}`,
      `GRANT SELECT ON TABLE ${client.escapeIdentifier(migrations.schema)}.${client.escapeIdentifier(migrations.table)} TO ${who}`,
    ];
    await client.query('begin');
    try {
      // Concurrent GRANTs on one object (the shared `drizzle` schema) fail with "tuple concurrently updated".
      await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      for (const statement of statements) await client.query(statement);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  } finally {
    await client.end();
  }
}

function checked(allowed: readonly TablePrivilege[]): readonly TablePrivilege[] {
  for (const privilege of allowed)
    if (!ROW_PRIVILEGES.includes(privilege)) throw new Error(`Not a row privilege: ${privilege}`);
  return allowed;
}
