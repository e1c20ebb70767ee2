import { DEBT_REQUEST_CHANNELS, DEBT_SUPPORT_KINDS } from '../domain/debt-handover.ts';
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

/** The generated rows of what the debt subgraph owns (BR-CL17, BR-CL18). */
export interface HandedOverToDebt {
  /** Debt help: engagements of kind SCHULDHULPVERLENING, each a debt case of the debt seed. */
  debtHelp: ClientsSeedRows['engagements'];
  /** Referrals of kind SCHULDHULPVERLENING (the generator makes none: debt help is basis or sociale basis there). */
  debtReferrals: ClientsSeedRows['referrals'];
  /** Debt signals: support requests on the channel DEBT_SIGNAL, each a signal of the debt seed. */
  debtSignals: ClientsSeedRows['supportRequests'];
}

/**
 * Splits what `generateClients` made into what clients' seed writes (`kept`) and what the debt subgraph
 * owns (`handedOver`), the same cut migration 0009 made in a seeded database: debt help (engagements
 * and referrals of kind SCHULDHULPVERLENING) and debt signals (requests on the channel DEBT_SIGNAL). The
 * generator keeps making them, so that its random stream, and every other seeded figure, stays as it
 * was. Only engagements refer to a referral, always of their own kind (BR-CL13), so a handed-over
 * referral leaves nothing pointing at it; a kept referral that named a debt signal as its request
 * keeps no link to it, as in the migration (the generator makes none: a debt signal only ever leads to
 * debt help).
 */
export function splitForDebt(rows: ClientsSeedRows): {
  kept: ClientsSeedRows;
  handedOver: HandedOverToDebt;
} {
  const debtHelp = (row: { kind: string }) => DEBT_SUPPORT_KINDS.has(row.kind as never);
  const debtSignal = (r: { channel: string }) => DEBT_REQUEST_CHANNELS.has(r.channel as never);
  const signalIds = new Set(rows.supportRequests.filter(debtSignal).map((r) => r.id));
  return {
    kept: {
      ...rows,
      engagements: rows.engagements.filter((e) => !debtHelp(e)),
      referrals: rows.referrals
        .filter((r) => !debtHelp(r))
        .map((r) =>
          r.supportRequestId && signalIds.has(r.supportRequestId) ? { ...r, supportRequestId: null } : r,
        ),
      supportRequests: rows.supportRequests.filter((r) => !debtSignal(r)),
    },
    handedOver: {
      debtHelp: rows.engagements.filter(debtHelp),
      debtReferrals: rows.referrals.filter(debtHelp),
      debtSignals: rows.supportRequests.filter(debtSignal),
    },
  };
}

/**
 * What clients' seed writes (`kept`), and what it hands over to youth (`youth`, `splitForYouth`) and to
 * debt (`debt`, `splitForDebt`). The two cuts touch different rows, so their order does not matter.
 */
export function splitForOwners(rows: ClientsSeedRows): {
  kept: ClientsSeedRows;
  youth: HandedOverToYouth;
  debt: HandedOverToDebt;
} {
  const forYouth = splitForYouth(rows);
  const forDebt = splitForDebt(forYouth.kept);
  return { kept: forDebt.kept, youth: forYouth.handedOver, debt: forDebt.handedOver };
}
