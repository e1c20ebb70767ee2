import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The report's registered operations: one `.graphql` file per table in the gateway's trusted
 * documents, so that a council key can be restricted to exactly these. Each file is sent as it is,
 * byte for byte: the gateway knows an operation by the SHA-256 of its text.
 */
export const COUNCIL_OPERATIONS_DIR = fileURLToPath(
  new URL('../../../gateway/operations/council/', import.meta.url),
);

/** The directory as a user types it from the repository root. */
export const COUNCIL_OPERATIONS_PATH = 'apps/gateway/operations/council';

/** The tables of the report, in the order they are read. */
export const TABLES = ['reference', 'wmo', 'finance', 'rooms', 'youth', 'debt'] as const;
export type Table = (typeof TABLES)[number];

/** The tables read for the period and again for the previous year's period. */
export const DOMAIN_TABLES = TABLES.filter((table) => table !== 'reference') as Exclude<Table, 'reference'>[];

export interface CouncilOperation {
  table: Table;
  /** The operation's name, e.g. `CouncilWmo`. */
  name: string;
  /** The file, from the repository root. */
  file: string;
  /** The file's text, unchanged. */
  text: string;
  /**
   * Fields only some keys may read (municipal keys only): refused, they are left out of the report
   * instead of stopping it.
   */
  optional: readonly string[];
}

const OPTIONAL: Partial<Record<Table, readonly string[]>> = {
  wmo: ['decisions', 'objectionsByOutcome'],
};

/** The operation of a table, read from its file. */
export function councilOperation(table: Table, dir = COUNCIL_OPERATIONS_DIR): CouncilOperation {
  const path = join(dir, `${table}.graphql`);
  const text = readFileSync(path, 'utf8');
  const name = /^\s*query\s+(\w+)/m.exec(text)?.[1];
  if (!name) throw new Error(`${path} holds no named query`);
  const file = join(COUNCIL_OPERATIONS_PATH, relative(COUNCIL_OPERATIONS_DIR, path));
  return { table, name, file, text, optional: OPTIONAL[table] ?? [] };
}
