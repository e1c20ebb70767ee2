/**
 * Herverdeling between the basis and aanvullend parts of a lumpsum: only on the joint basis +
 * TO/DB lumpsum, only asked jointly by every provider holding a share, with client counts as
 * evidence, and always within the original total; the municipality approves, rejects or modifies
 * it (BR-F3).
 */
import { type Caller, NotFoundError, publishCountFor, ValidationError } from '@mienskip/kit/rules';
import {
  type LumpsumDefinitiveError,
  OneSidedRedistributionError,
  RedistributionLotsError,
  RedistributionTotalError,
} from './errors.ts';
import type { Lot } from './lots.ts';
import { definitiveRefusal, type StoredLumpsum } from './lumpsum.ts';

export const REDISTRIBUTION_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'MODIFIED'] as const;
export type RedistributionStatus = (typeof REDISTRIBUTION_STATUSES)[number];

export interface Share {
  organisationId: string;
  amountCents: bigint;
}

/** What the redistribution rules read of a lumpsum: its version and status, and the lots it covers. */
export interface RedistributedLumpsum extends StoredLumpsum {
  lots: readonly Lot[];
}

/**
 * The lots whose joint lumpsum may be redistributed: basis and aanvullend TO/DB, the "communicating
 * vessels" of the *Uitvoeringsplan* §9.5 (BR-F3). Household help's two equal halves (BR-F7) and short stay are not.
 */
export const REDISTRIBUTION_LOTS: readonly Lot[] = [
  'BASISONDERSTEUNING',
  'THUISONDERSTEUNING_EN_DAGBESTEDING',
];

/** A lumpsum that does not cover exactly basis and TO/DB is not redistributed (BR-F3). */
export function lotsRefusal(lumpsum: RedistributedLumpsum): RedistributionLotsError | null {
  const lots = new Set(lumpsum.lots);
  const joint = lots.size === REDISTRIBUTION_LOTS.length && REDISTRIBUTION_LOTS.every((lot) => lots.has(lot));
  return joint ? null : new RedistributionLotsError(lumpsum.id, [...lumpsum.lots]);
}

export type RedistributionRefusal =
  | { kind: 'ONE_SIDED'; missing: string[] }
  | { kind: 'TOTAL_CHANGED'; totalCents: bigint; proposedCents: bigint }
  | { kind: 'UNKNOWN_SHARE'; organisationId: string }
  | { kind: 'NO_EVIDENCE'; organisationId: string };

export function checkRedistribution(
  current: readonly Share[],
  requestedBy: readonly string[],
  proposed: readonly Share[],
  clientCounts: ReadonlyMap<string, number>,
): RedistributionRefusal | null {
  const holders = current.map((share) => share.organisationId);
  const missing = holders.filter((id) => !requestedBy.includes(id));
  if (missing.length) return { kind: 'ONE_SIDED', missing };
  const stranger = proposed.find((share) => !holders.includes(share.organisationId));
  if (stranger) return { kind: 'UNKNOWN_SHARE', organisationId: stranger.organisationId };
  const withoutEvidence = holders.find((id) => !clientCounts.has(id));
  if (withoutEvidence) return { kind: 'NO_EVIDENCE', organisationId: withoutEvidence };
  return checkTotal(current, proposed);
}

/** The shares after a redistribution add up to exactly what they added up to before. */
export function checkTotal(
  current: readonly Share[],
  proposed: readonly Share[],
): RedistributionRefusal | null {
  const totalCents = current.reduce((sum, s) => sum + s.amountCents, 0n);
  const proposedCents = proposed.reduce((sum, s) => sum + s.amountCents, 0n);
  return totalCents === proposedCents ? null : { kind: 'TOTAL_CHANGED', totalCents, proposedCents };
}

/** A refusal of `checkRedistribution` or `checkTotal` as the typed error the caller gets. */
export function redistributionError(
  refusal: RedistributionRefusal,
): OneSidedRedistributionError | RedistributionTotalError | ValidationError {
  switch (refusal.kind) {
    case 'ONE_SIDED':
      return new OneSidedRedistributionError(refusal.missing);
    case 'TOTAL_CHANGED':
      return new RedistributionTotalError(refusal.totalCents, refusal.proposedCents);
    case 'UNKNOWN_SHARE':
      return new ValidationError('shares', `${refusal.organisationId} holds no share of this lumpsum`);
    case 'NO_EVIDENCE':
      return new ValidationError('clientCounts', `Give the client count of ${refusal.organisationId}`);
  }
}

/** A joint request as the providers ask it. */
export interface RedistributionAsk {
  lumpsumId: string;
  requestedBy: string[];
  shares: Share[];
  clientCounts: { organisationId: string; clients: number }[];
  motivation: string;
}

/** A request as it is recorded, SUBMITTED. */
export interface NewRedistributionRequest {
  lumpsumId: string;
  requestedBy: string[];
  motivation: string;
  /** Clients in care per organisation: the evidence. */
  clientCounts: Record<string, number>;
  proposedShares: Share[];
}

/** One organisation's client count of the evidence, as a reader may see it. */
export interface PublishedClientCount {
  organisationId: string;
  /** Null when the count is secret under the CBS rule (0–7), never 0. */
  clients: number | null;
}

/**
 * The evidence as a reader may see it (BR-KT1): a client count is a count of residents, so it is
 * exact only for a key with the personal-data scope; for any other key, the filing providers' and
 * the municipality's included, 0–7 is secret (null) and a larger count is rounded to the nearest
 * five. Stored and checked exactly (the rule applies to what is published, not to what is filed).
 */
export function publishedEvidence(
  caller: Caller,
  clientCounts: Readonly<Record<string, number>>,
): PublishedClientCount[] {
  return Object.entries(clientCounts).map(([organisationId, clients]) => ({
    organisationId,
    clients: publishCountFor(caller, clients).value,
  }));
}

/** The checks on the request alone, before anything is read. */
export function askRefusal(ask: RedistributionAsk): ValidationError | null {
  if (!ask.motivation.trim()) return new ValidationError('motivation', 'Say why');
  const share = ask.shares.findIndex((s) => s.amountCents < 0n);
  if (share >= 0) return new ValidationError(`shares.${share}.amount`, 'A share cannot be negative');
  const count = ask.clientCounts.findIndex((c) => c.clients < 0);
  if (count >= 0)
    return new ValidationError(`clientCounts.${count}.clients`, 'A client count cannot be negative');
  return null;
}

/**
 * The request to record, or why not: a joint basis + TO/DB lumpsum that exists and is not
 * definitive, asked jointly within its total.
 */
export function decideRedistributionRequest(
  lumpsum: RedistributedLumpsum | null,
  currentShares: readonly Share[],
  ask: RedistributionAsk,
):
  | ValidationError
  | NotFoundError
  | RedistributionLotsError
  | LumpsumDefinitiveError
  | OneSidedRedistributionError
  | RedistributionTotalError
  | NewRedistributionRequest {
  const refusal = askRefusal(ask);
  if (refusal) return refusal;
  if (!lumpsum) return new NotFoundError('Lumpsum', ask.lumpsumId);
  const lots = lotsRefusal(lumpsum);
  if (lots) return lots;
  const definitive = definitiveRefusal(lumpsum);
  if (definitive) return definitive;
  const counts = new Map(ask.clientCounts.map((c) => [c.organisationId, c.clients]));
  const breach = checkRedistribution(currentShares, ask.requestedBy, ask.shares, counts);
  if (breach) return redistributionError(breach);
  return {
    lumpsumId: ask.lumpsumId,
    requestedBy: ask.requestedBy,
    motivation: ask.motivation.trim(),
    clientCounts: Object.fromEntries(counts),
    proposedShares: ask.shares,
  };
}

/** The municipality's decision as it gives it. */
export interface RedistributionDecision {
  decision: RedistributionStatus;
  /** The decided shares: required for MODIFIED. */
  shares?: Share[] | null | undefined;
  note: string;
}

/** What the rules read of a recorded request. */
export interface StoredRedistribution {
  status: RedistributionStatus;
  proposedShares: Share[];
}

/** What a decision writes: the status, and the shares that replace the lumpsum's when approved or modified. */
export interface RedistributionOutcome {
  status: RedistributionStatus;
  decidedShares: Share[] | null;
  note: string;
}

/** The checks on the decision alone, before anything is read. */
export function decisionRefusal(decision: RedistributionDecision): ValidationError | null {
  if (decision.decision === 'SUBMITTED')
    return new ValidationError('decision', 'Decide APPROVED, REJECTED or MODIFIED');
  if (!decision.note.trim()) return new ValidationError('note', 'Give the reasoning');
  return null;
}

/**
 * The outcome, or why not: a request is decided once, never on a definitive lumpsum, and approved or
 * modified shares go only to the providers holding a share and add up to the original total. A
 * request recorded before the lots were checked, on a lumpsum other than basis + TO/DB, can be
 * rejected but not approved or modified (BR-F3).
 */
export function decideRedistribution(
  request: StoredRedistribution,
  lumpsum: RedistributedLumpsum,
  currentShares: readonly Share[],
  decision: RedistributionDecision,
):
  | ValidationError
  | RedistributionLotsError
  | LumpsumDefinitiveError
  | RedistributionTotalError
  | RedistributionOutcome {
  const refusal = decisionRefusal(decision);
  if (refusal) return refusal;
  if (request.status !== 'SUBMITTED')
    return new ValidationError('id', 'This request has been decided already');
  if (decision.decision !== 'REJECTED') {
    const lots = lotsRefusal(lumpsum);
    if (lots) return lots;
  }
  const definitive = definitiveRefusal(lumpsum);
  if (definitive) return definitive;
  let decided: Share[] | null = null;
  if (decision.decision === 'APPROVED') decided = request.proposedShares;
  else if (decision.decision === 'MODIFIED') {
    if (!decision.shares?.length)
      return new ValidationError('shares', 'A modified decision gives the decided shares');
    decided = decision.shares;
    if (decided.some((s) => s.amountCents < 0n))
      return new ValidationError('shares', 'A share cannot be negative');
    if (decided.some((s) => !currentShares.some((c) => c.organisationId === s.organisationId)))
      return new ValidationError('shares', 'Only the providers holding a share can get one');
  }
  const total = decided && checkTotal(currentShares, decided);
  if (total?.kind === 'TOTAL_CHANGED')
    return new RedistributionTotalError(total.totalCents, total.proposedCents);
  return { status: decision.decision, decidedShares: decided, note: decision.note.trim() };
}
