import type { Db } from '@mienskip/kit/db';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { generateClients } from './synthetic.ts';
import { splitForOwners } from './synthetic-handover.ts';
import {
  clients,
  complaints,
  coordinatorAssignments,
  decisions,
  engagements,
  households,
  housingLinks,
  objections,
  referrals,
  supportPlans,
  supportRequests,
  transitionInterviews,
} from './tables.ts';

export interface SeedOptions {
  /** Residents with a legacy indication; the data has about twice as many clients in all. */
  transitionClients: number;
}

/** At most this many rows per INSERT: few round trips, small statements. */
const ROWS_PER_INSERT = 1000;
/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_PARAMETERS = 65_535;
/** Arbitrary fixed key: two instances starting on one empty database seed once, not twice. */
const SEED_LOCK = 7_301_004;

/**
 * Seeds the deterministic synthetic data once: when there are no households yet. Later starts keep
 * whatever was changed since. One transaction, so a failed seed leaves nothing half done. What the
 * youth subgraph owns (Jeugdwet procesregie, light parenting support: BR-CL15, BR-CL16) and what the
 * debt subgraph owns (debt help, debt signals: BR-CL17, BR-CL18) is generated but not written; the
 * youth and debt seeds make their cases from the same generated rows.
 */
export async function seed(db: Db, options: SeedOptions): Promise<void> {
  const seeded = async (reader: Pick<Db, 'select'>) =>
    (await reader.select({ id: households.id }).from(households).limit(1)).length > 0;
  if (await seeded(db)) return;
  const { kept: rows } = splitForOwners(generateClients({ transitionClients: options.transitionClients }));
  await db.transaction(async (tx) => {
    // Checked again under the lock: another instance may have seeded in the meantime.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await seeded(tx)) return;
    // Everything the seed writes is invented (SYNTHETIC, issue 12 point 9): no clients row comes from a
    // source; the sourced housing figures only size the invented housing links.
    const insert = async <T extends PgTable>(table: T, values: T['$inferInsert'][]) => {
      const columns = Object.keys(getTableColumns(table)).length;
      const size = Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns));
      const marked = values.map((row) => ({ ...row, provenance: 'SYNTHETIC' as const }));
      for (let i = 0; i < marked.length; i += size) await tx.insert(table).values(marked.slice(i, i + size));
    };
    // Parents before children: households → clients → requests → referrals and decisions → the rest.
    await insert(households, rows.households);
    await insert(clients, rows.clients);
    await insert(supportPlans, rows.supportPlans);
    await insert(coordinatorAssignments, rows.coordinatorAssignments);
    await insert(supportRequests, rows.supportRequests);
    await insert(referrals, rows.referrals);
    await insert(decisions, rows.decisions);
    await insert(objections, rows.objections);
    await insert(engagements, rows.engagements);
    await insert(complaints, rows.complaints);
    await insert(transitionInterviews, rows.transitionInterviews);
    await insert(housingLinks, rows.housingLinks);
  });
}
