/** Percelen of the 2021 tender, and the rules on who may hold them (BR-F7, BR-P1). */
import { type NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { DoubleMainRoleError, LotFullError } from './errors.ts';
import { unknownOrganisation } from './organisation.ts';

export const LOTS = [
  'BASISONDERSTEUNING',
  'THUISONDERSTEUNING_EN_DAGBESTEDING',
  'HULP_BIJ_HUISHOUDEN',
  'KORTDUREND_VERBLIJF',
] as const;
export type Lot = (typeof LOTS)[number];

export const CONTRACT_ROLES = ['MAIN_PROVIDER', 'SUBCONTRACTOR'] as const;
export type ContractRole = (typeof CONTRACT_ROLES)[number];

/** How many main providers a lot takes; null where the tender sets no maximum. */
export const MAX_MAIN_PROVIDERS: Record<Lot, number | null> = {
  BASISONDERSTEUNING: 1,
  THUISONDERSTEUNING_EN_DAGBESTEDING: 5,
  HULP_BIJ_HUISHOUDEN: 2,
  KORTDUREND_VERBLIJF: null,
};

/** Lots whose lumpsum is split in equal parts over the main providers. */
export const EQUAL_SHARES: Record<Lot, boolean> = {
  BASISONDERSTEUNING: false,
  THUISONDERSTEUNING_EN_DAGBESTEDING: true,
  HULP_BIJ_HUISHOUDEN: true,
  KORTDUREND_VERBLIJF: false,
};

export interface MainContract {
  lot: Lot;
  organisationId: string;
}

export type ContractRefusal =
  | { kind: 'LOT_FULL'; lot: Lot; max: number }
  | { kind: 'DOUBLE_MAIN_ROLE'; organisationId: string; otherLot: Lot }
  | { kind: 'ALREADY_CONTRACTED'; lot: Lot };

/**
 * Whether an organisation may become main provider of a lot, given the running main contracts:
 * the lot's maximum, and never main provider in both basis and aanvullend (TO/DB).
 */
export function checkMainContract(
  lot: Lot,
  organisationId: string,
  running: readonly MainContract[],
): ContractRefusal | null {
  if (running.some((c) => c.lot === lot && c.organisationId === organisationId))
    return { kind: 'ALREADY_CONTRACTED', lot };
  const exclusive: Partial<Record<Lot, Lot>> = {
    BASISONDERSTEUNING: 'THUISONDERSTEUNING_EN_DAGBESTEDING',
    THUISONDERSTEUNING_EN_DAGBESTEDING: 'BASISONDERSTEUNING',
  };
  const otherLot = exclusive[lot];
  if (otherLot && running.some((c) => c.lot === otherLot && c.organisationId === organisationId)) {
    return { kind: 'DOUBLE_MAIN_ROLE', organisationId, otherLot };
  }
  const max = MAX_MAIN_PROVIDERS[lot];
  if (max !== null && running.filter((c) => c.lot === lot).length >= max)
    return { kind: 'LOT_FULL', lot, max };
  return null;
}

/**
 * The lots an organisation is main provider of on a day (BR-A14: the basis worker is a worker of the
 * organisation holding the basisondersteuning lot): main contracts begun on or before `on` and not
 * ended before it, each lot once, in the order of `LOTS`.
 */
export function mainLotsOn(
  contracts: readonly { lot: Lot; role: ContractRole; startsOn: string; endsOn: string | null }[],
  on: string,
): Lot[] {
  const held = new Set(
    contracts
      .filter((c) => c.role === 'MAIN_PROVIDER' && c.startsOn <= on && (c.endsOn === null || c.endsOn >= on))
      .map((c) => c.lot),
  );
  return LOTS.filter((lot) => held.has(lot));
}

/** A contract as it is added to a lot. */
export interface ContractDraft {
  lot: Lot;
  organisationId: string;
  role: ContractRole;
  startsOn: string;
}

/** What the decision needs from the database. */
export interface ContractFacts {
  /** Whether the organisation exists. */
  knownOrganisations: ReadonlySet<string>;
  /** The main contracts still running on the new contract's first day. */
  runningMainContracts: readonly MainContract[];
}

/**
 * The contract to add, or why not: a known organisation, and for a main provider the lot's maximum
 * and never main provider in both basis and aanvullend. A subcontractor has no maximum.
 */
export function decideContract(
  draft: ContractDraft,
  facts: ContractFacts,
): NotFoundError | LotFullError | DoubleMainRoleError | ValidationError | ContractDraft {
  const unknown = unknownOrganisation([draft.organisationId], facts.knownOrganisations);
  if (unknown) return unknown;
  if (draft.role !== 'MAIN_PROVIDER') return draft;
  const refusal = checkMainContract(draft.lot, draft.organisationId, facts.runningMainContracts);
  switch (refusal?.kind) {
    case 'LOT_FULL':
      return new LotFullError(refusal.lot, refusal.max);
    case 'DOUBLE_MAIN_ROLE':
      return new DoubleMainRoleError(refusal.otherLot);
    case 'ALREADY_CONTRACTED':
      return new ValidationError('organisationId', 'Already main provider in this lot');
    default:
      return draft;
  }
}

/** Equal parts in cents; the cents that do not divide go to the first parts, so the parts add up exactly. */
export function equalParts(totalCents: bigint, parts: number): bigint[] {
  const n = BigInt(parts);
  const base = totalCents / n;
  const rest = totalCents % n;
  return Array.from({ length: parts }, (_, i) => base + (BigInt(i) < rest ? 1n : 0n));
}
