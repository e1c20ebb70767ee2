import type { TestSubgraph } from '@mienskip/testing';

type Rows = { rows: Record<string, unknown>[] };

/** Runs one SQL statement on a test subgraph's own database (test set-up and checks only). */
export async function sql(subgraph: TestSubgraph, statement: string): Promise<Record<string, unknown>[]> {
  return ((await subgraph.database.db.execute(statement)) as unknown as Rows).rows;
}

/**
 * A fingerprint of every table these subgraphs own (each one's schema is named after it): per table
 * its row count and an order-free hash of its rows (sum of `hashtext`). The statements are prepared
 * once; the returned function takes a fingerprint, to compare before and after a refused write.
 */
export async function tableFingerprint(
  subgraphs: Record<string, TestSubgraph>,
): Promise<() => Promise<Record<string, string>>> {
  const statements = await Promise.all(
    Object.entries(subgraphs).map(async ([name, subgraph]) => {
      const tables = (
        await sql(
          subgraph,
          `select table_name from information_schema.tables
           where table_schema = '${name}' and table_type = 'BASE TABLE' order by table_name`,
        )
      ).map((row) => String(row.table_name));
      if (!tables.length) throw new Error(`No tables in schema ${name}`);
      const statement = tables
        .map(
          (table) =>
            `select '${name}.${table}' as t, count(*)::int as n,
               coalesce(sum(hashtext(x::text)::bigint), 0)::text as h from "${name}"."${table}" x`,
        )
        .join(' union all ');
      return [subgraph, statement] as const;
    }),
  );
  return async () => {
    const parts = await Promise.all(statements.map(([subgraph, statement]) => sql(subgraph, statement)));
    return Object.fromEntries(parts.flat().map((row) => [String(row.t), `${row.n}:${row.h}`]));
  };
}
