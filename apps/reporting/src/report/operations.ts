import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The report's registered operations: one `.graphql` file per table in the council's directory of
 * the gateway, from which `pnpm codegen` writes the council's persisted-document manifest. The
 * report sends each operation's document id from that manifest, never its text: the gateway knows
 * the text, and a key bound to the council app runs exactly these.
 */
export const COUNCIL_OPERATIONS_DIR = fileURLToPath(
  new URL('../../../gateway/operations/council/', import.meta.url),
);

/** The directory as a user types it from the repository root. */
export const COUNCIL_OPERATIONS_PATH = 'apps/gateway/operations/council';

/** The app (the gateway's name for the council's manifest) a report key is bound to. */
export const COUNCIL_APP = 'council';

/** The council's manifest: `{ "sha256:<hex>": "<document text>" }`. */
export const COUNCIL_MANIFEST = join(COUNCIL_OPERATIONS_DIR, 'generated', 'persisted-documents.json');

/** The tables of the report, in the order they are read. */
export const TABLES = ['reference', 'wmo', 'finance', 'rooms', 'youth', 'debt'] as const;
export type Table = (typeof TABLES)[number];

/** The tables read for the period and again for the previous year's period. */
export const DOMAIN_TABLES = TABLES.filter((table) => table !== 'reference') as Exclude<Table, 'reference'>[];

export interface CouncilOperation {
  table: Table;
  /** The operation's name, e.g. `CouncilWmo`. */
  name: string;
  /** Its registered file, from the repository root. */
  file: string;
  /** Its document id in the council's manifest (`sha256:<hex>`): what is sent. */
  documentId: string;
  /**
   * Fields only some keys may read (municipal keys only): refused, they are left out of the report
   * instead of stopping it.
   */
  optional: readonly string[];
}

const OPTIONAL: Partial<Record<Table, readonly string[]>> = {
  wmo: ['decisions', 'objectionsByOutcome'],
};

let manifest: [id: string, name: string][] | undefined;

/** The manifest's documents with their operations' names, read once. */
function councilDocuments(): [id: string, name: string][] {
  if (!manifest) {
    let documents: Record<string, string>;
    try {
      documents = JSON.parse(readFileSync(COUNCIL_MANIFEST, 'utf8'));
    } catch (error) {
      throw new Error(
        `Cannot read the council's manifest ${COUNCIL_MANIFEST} (pnpm codegen writes it): ${(error as Error).message}`,
      );
    }
    manifest = Object.entries(documents).flatMap(([id, text]) => {
      const name = /(?:^|\s)query\s+(\w+)/.exec(text)?.[1];
      return name ? [[id, name] as [string, string]] : [];
    });
  }
  return manifest;
}

/** The operation of a table (`CouncilWmo` for `wmo`) and its document id from the council's manifest. */
export function councilOperation(table: Table): CouncilOperation {
  const name = `Council${table[0]!.toUpperCase()}${table.slice(1)}`;
  const found = councilDocuments().find(([, operation]) => operation === name);
  if (!found) throw new Error(`The council's manifest ${COUNCIL_MANIFEST} has no ${name}: run pnpm codegen`);
  return {
    table,
    name,
    file: `${COUNCIL_OPERATIONS_PATH}/${table}.graphql`,
    documentId: found[0],
    optional: OPTIONAL[table] ?? [],
  };
}
