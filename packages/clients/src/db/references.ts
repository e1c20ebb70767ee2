/**
 * Seed data only: the ids the synthetic rows refer to that other subgraphs own and seed — areas,
 * rooms and workers (locations), organisations (budget) — copied as they are so that the seed can
 * write references before any service runs. A renamed id in another seed must be renamed here too.
 * No rule reads these: a rule asks the owner (`src/lookups/`).
 */
export const ORGANISATIONS = {
  /** Issues every decision (beschikking). */
  municipality: 'org-gemeente-leeuwarden',
  /** The one basis provider (basisondersteuning). */
  amaryllis: 'org-amaryllis',
  /** Main provider of aanvullende ondersteuning (thuisondersteuning and dagbesteding). */
  windkracht058: 'org-windkracht058',
  /** Hulp bij het huishouden, half of the clients each. */
  miep: 'org-miep',
  thfl: 'org-thfl',
  /** Volunteer organisations of the sociale basis. */
  vol: 'org-vol',
  buurtservicepunt: 'org-buurtservicepunt',
  jet: 'org-jet',
  socialeZaken: 'org-sociale-zaken',
  /** Partners, subcontractors of Windkracht058 in aanvullend. */
  mindup: 'org-mindup',
  ixtaNoa: 'org-ixta-noa',
} as const;

export const AREA_IDS = [
  'area-dorpen-zuid',
  'area-zuid',
  'area-oud-oost',
  'area-centrum-oost',
  'area-noord',
  'area-noord-oost',
  'area-stiens',
  'area-west',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export interface RoomReference {
  id: string;
  areaId: AreaId;
  /** The room's sociaal werker of Amaryllis (basis) in the locations seed. */
  basisWorkerId: string;
  /** The room's volunteer of org-vol in the locations seed. */
  volunteerId: string;
}

/** The nine rooms in the order of the locations seed, whose worker ids follow from that order. */
export const ROOMS: readonly RoomReference[] = [
  room('room-kringloopwinkel-grou', 'area-dorpen-zuid', 1),
  room('room-oude-ambachtsschool', 'area-zuid', 4),
  room('room-de-klomp', 'area-oud-oost', 7),
  room('room-het-knooppunt', 'area-centrum-oost', 10),
  room('room-bilgaard', 'area-noord', 13),
  room('room-heechterp-schieringen', 'area-noord-oost', 16),
  room('room-de-wjukken', 'area-dorpen-zuid', 19),
  room('room-de-skalm', 'area-stiens', 22),
  room('room-westenkwartier', 'area-west', 25),
];

function room(id: string, areaId: AreaId, basisWorker: number): RoomReference {
  return { id, areaId, basisWorkerId: workerId(basisWorker), volunteerId: workerId(basisWorker + 1) };
}

function workerId(n: number): string {
  return `worker-${String(n).padStart(5, '0')}`;
}

export const BASIS_WORKER_IDS: readonly string[] = ROOMS.map((r) => r.basisWorkerId);
/** JET members (org-jet) in the locations seed. */
export const JET_WORKER_IDS: readonly string[] = [workerId(9), workerId(18), workerId(27)];
/** Begeleiders of Windkracht058 in the locations seed. */
export const WINDKRACHT_WORKER_IDS: readonly string[] = [workerId(6), workerId(15), workerId(24)];
