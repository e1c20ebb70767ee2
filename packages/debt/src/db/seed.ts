import { seededTransitionClients } from '@mienskip/clients/synthetic';
import type { Db } from '@mienskip/kit/db';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { seededWorld } from './synthetic.ts';
import {
  debtCaseClients,
  debtCases,
  debtCaseVolunteers,
  debtCrises,
  debtReferrals,
  debtSignals,
  guardianshipAdvices,
  outreachAttempts,
} from './tables.ts';

export interface SeedOptions {
  /** The scale of clients' seed (`MIENSKIP_CLIENTS_TRANSITION_CLIENTS`): debt derives its cases from the same world. */
  transitionClients: number;
}

/** At most this many rows per INSERT: few round trips, small statements. */
const ROWS_PER_INSERT = 1000;
/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_PARAMETERS = 65_535;
/** Arbitrary fixed key: two instances starting on one empty database seed once, not twice. */
const SEED_LOCK = 7_301_045;

/**
 * Seeds the deterministic synthetic debt data once: when there are neither cases nor signals yet. Later
 * starts keep whatever was changed since. One transaction under an advisory lock, so that a failed seed
 * leaves nothing half done and two instances do not both seed. Everything it writes is invented (SYNTHETIC):
 * the signals and outreach of the signals part and the cases derived from clients' world and those signals.
 */
export async function seed(
  db: Db,
  options: SeedOptions = { transitionClients: seededTransitionClients() },
): Promise<void> {
  const seeded = async (reader: Pick<Db, 'select'>) =>
    (await reader.select({ id: debtCases.id }).from(debtCases).limit(1)).length > 0 ||
    (await reader.select({ id: debtSignals.id }).from(debtSignals).limit(1)).length > 0;
  if (await seeded(db)) return;
  const world = seededWorld(options.transitionClients);
  const all: Record<string, object[]> = { ...world.signals, ...world.debt.rows };
  const unknown = Object.keys(all).filter((name) => !TABLE_ORDER.some(([known]) => known === name));
  if (unknown.length) throw new Error(`The seed has rows for no table it knows: ${unknown.join(', ')}`);
  await db.transaction(async (tx) => {
    // Checked again under the lock: another instance may have seeded in the meantime.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await seeded(tx)) return;
    const insert = async (table: PgTable, values: object[]) => {
      const columns = Object.keys(getTableColumns(table)).length;
      const size = Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns));
      const marked =
        'provenance' in getTableColumns(table)
          ? values.map((row) => ({ ...row, provenance: 'SYNTHETIC' as const }))
          : values;
      for (let i = 0; i < marked.length; i += size)
        await tx.insert(table).values(marked.slice(i, i + size) as never);
    };
    // Parents before children, in the order the tables are declared.
    for (const [name, table] of TABLE_ORDER) {
      const values = all[name];
      if (values?.length) await insert(table, values);
    }
  });
}

/** Every table the seed writes, parents before children (as `tables.ts` declares them), by its export name. */
export const TABLE_ORDER: readonly (readonly [string, PgTable])[] = [
  ['debtSignals', debtSignals],
  ['outreachAttempts', outreachAttempts],
  ['debtCases', debtCases],
  ['debtCaseClients', debtCaseClients],
  ['debtCrises', debtCrises],
  ['debtReferrals', debtReferrals],
  ['guardianshipAdvices', guardianshipAdvices],
  ['debtCaseVolunteers', debtCaseVolunteers],
];
