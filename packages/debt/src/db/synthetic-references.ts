/**
 * Seed data only: the ids of other subgraphs' seeds that debt's synthetic rows refer to — workers
 * (locations) and organisations (budget) — copied as they are, so that the seed can write references
 * before any service runs (architecture.md: seed data is the one place that names another subgraph's
 * ids). No rule reads these: a rule asks the owner (`store/lookups.ts`).
 */
export const ORGANISATIONS = {
  /** The basis provider: registers the cases and holds them. */
  amaryllis: 'org-amaryllis',
  /** The third parties of debt assistance (budget names the kinds, not the organisations). */
  curatief: 'org-curatieve-schuldhulp',
  budgetbeheer: 'org-budgetbeheer',
  beschermingsbewind: 'org-beschermingsbewind',
  /** The volunteer organisation whose volunteers help with administration. */
  vrijwilligers: 'org-vol',
} as const;

function workerId(n: number): string {
  return `worker-${String(n).padStart(5, '0')}`;
}

/** The volunteers (VRIJWILLIGER, org-vol) of the locations seed: the second worker of each of the nine rooms. */
export const VOLUNTEER_WORKER_IDS: readonly string[] = [2, 5, 8, 11, 14, 17, 20, 23, 26].map(workerId);

/** The sociaal werkers of Amaryllis (basis) in the locations seed: the first worker of each of the nine rooms. */
export const BASIS_WORKER_IDS: readonly string[] = [1, 4, 7, 10, 13, 16, 19, 22, 25].map(workerId);
