/**
 * Seed data only: the ids of other subgraphs' seeds that youth's synthetic rows refer to — workers
 * (locations) and organisations (budget) — copied as they are, so that the seed can write references
 * before any service runs (architecture.md: seed data is the one place that names another subgraph's
 * ids). No rule reads these: a rule asks the owner (`store/lookups.ts`).
 */
export const ORGANISATIONS = {
  /** The basis provider: opens most cases, gives light parenting support. */
  amaryllis: 'org-amaryllis',
  /** The Jeugd Expert Team: consults, decides, directs. */
  jet: 'org-jet',
  /** A provider of (specialist) youth care; the sources name the kind, not the organisation. */
  jeugdhulpaanbieder: 'org-jeugdhulpaanbieder',
} as const;

function workerId(n: number): string {
  return `worker-${String(n).padStart(5, '0')}`;
}

/** JET members (org-jet) in the locations seed. */
export const JET_WORKER_IDS: readonly string[] = [workerId(9), workerId(18), workerId(27)];

/** The sociaal werker of Amaryllis (basis) of each room in the locations seed, by the room's area. */
export const BASIS_WORKERS_BY_AREA: Readonly<Record<string, readonly string[]>> = {
  'area-dorpen-zuid': [workerId(1), workerId(19)],
  'area-zuid': [workerId(4)],
  'area-oud-oost': [workerId(7)],
  'area-centrum-oost': [workerId(10)],
  'area-noord': [workerId(13)],
  'area-noord-oost': [workerId(16)],
  'area-stiens': [workerId(22)],
  'area-west': [workerId(25)],
};

export const BASIS_WORKER_IDS: readonly string[] = Object.values(BASIS_WORKERS_BY_AREA).flat();
