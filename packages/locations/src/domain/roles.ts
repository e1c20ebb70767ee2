/**
 * Who is present in a room, and what that means for coverage. A room is *received* when someone
 * is there to receive residents (volunteers, the beheerder, sociale basis or basis professionals);
 * it has *basis presence* when a basis professional (Amaryllis) is there.
 */
export const PRESENCE_ROLES = [
  'VRIJWILLIGER',
  'SOCIALE_BASIS',
  'BASIS',
  'AANVULLEND',
  'JET',
  'SOCIALE_ZAKEN',
  'BEHEERDER',
  'OPBOUWWERKER',
] as const;
export type PresenceRole = (typeof PRESENCE_ROLES)[number];

export const WORKER_ROLES = [
  'SOCIAAL_WERKER',
  'REGIEVOERDER',
  'BEGELEIDER',
  'VRIJWILLIGER',
  'JET_LID',
  'CONSULENT_SOCIALE_ZAKEN',
  'OPBOUWWERKER',
  'BEHEERDER',
] as const;
export type WorkerRole = (typeof WORKER_ROLES)[number];

const RECEIVING: ReadonlySet<PresenceRole> = new Set(['VRIJWILLIGER', 'SOCIALE_BASIS', 'BASIS', 'BEHEERDER']);

export function receivesVisitors(role: PresenceRole): boolean {
  return RECEIVING.has(role);
}

export function isBasisPresence(role: PresenceRole): boolean {
  return role === 'BASIS';
}

/**
 * The presence a worker's shift brings: sociaal werkers and regievoerders are basis professionals; a
 * consulent of Sociale Zaken, who holds regie on work and participation (BR-R3), is Sociale Zaken.
 */
export function presenceRoleOf(role: WorkerRole): PresenceRole {
  switch (role) {
    case 'SOCIAAL_WERKER':
    case 'REGIEVOERDER':
      return 'BASIS';
    case 'BEGELEIDER':
      return 'AANVULLEND';
    case 'JET_LID':
      return 'JET';
    case 'CONSULENT_SOCIALE_ZAKEN':
      return 'SOCIALE_ZAKEN';
    default:
      return role;
  }
}
