import { YOUTH_REGIE_DOMAINS, YOUTH_SUPPORT_KINDS } from '../domain/youth-handover.ts';
import type { ClientsSeedRows } from './synthetic-context.ts';

/** The generated rows of what the youth subgraph owns (BR-CL15, BR-CL16). */
export interface HandedOverToYouth {
  /** Jeugdwet procesregie: the JET's assignments (`domain` JEUGDWET), each a youth case's process director. */
  jeugdwetRegie: ClientsSeedRows['coordinatorAssignments'];
  /** Light parenting support: engagements of kind LICHTE_OPVOEDONDERSTEUNING. */
  lightParentingSupport: ClientsSeedRows['engagements'];
}

/**
 * Splits what `generateClients` made into what clients' seed writes (`kept`) and what the youth
 * subgraph owns (`handedOver`), the same cut migration 0008 made in a seeded database. The generator
 * itself keeps making both, so that its random stream, and every other seeded figure, stays as it was.
 * No other generated row refers to a handed-over one (no foreign key points at an assignment or an
 * engagement), so nothing else is cut.
 */
export function splitForYouth(rows: ClientsSeedRows): {
  kept: ClientsSeedRows;
  handedOver: HandedOverToYouth;
} {
  const youthRegie = (a: { domain: string }) => YOUTH_REGIE_DOMAINS.has(a.domain as never);
  const youthSupport = (e: { kind: string }) => YOUTH_SUPPORT_KINDS.has(e.kind as never);
  return {
    kept: {
      ...rows,
      coordinatorAssignments: rows.coordinatorAssignments.filter((a) => !youthRegie(a)),
      engagements: rows.engagements.filter((e) => !youthSupport(e)),
    },
    handedOver: {
      jeugdwetRegie: rows.coordinatorAssignments.filter(youthRegie),
      lightParentingSupport: rows.engagements.filter(youthSupport),
    },
  };
}
