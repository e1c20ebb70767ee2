/**
 * The budget's own typed errors: plain classes the rules in this folder return, so that a rule can
 * be tested without GraphQL. `src/schema/` registers each as a GraphQL type implementing `Error`.
 */
import { DomainError } from '@mienskip/kit/rules';
import type { Lot } from './lots.ts';

/** A definitive lumpsum is never edited; correct it with a new version instead (BR-BU1). */
export class LumpsumDefinitiveError extends DomainError {
  override name = 'LumpsumDefinitiveError';
  constructor(readonly lumpsumId: string) {
    super('This lumpsum is definitive and is never edited: record a correction, which becomes a new version');
  }
}

/** The lot already has as many main providers as the tender allows (BR-F7). */
export class LotFullError extends DomainError {
  override name = 'LotFullError';
  constructor(
    readonly lot: Lot,
    readonly maxMainProviders: number,
  ) {
    super(`${lot} takes at most ${maxMainProviders} main provider${maxMainProviders === 1 ? '' : 's'}`);
  }
}

/** One party may not be main provider in both basis and aanvullend (BR-P1). */
export class DoubleMainRoleError extends DomainError {
  override name = 'DoubleMainRoleError';
  constructor(readonly otherLot: Lot) {
    super(
      `This organisation is already main provider in ${otherLot}; one party may not be main provider in both basis and aanvullend`,
    );
  }
}

/** A redistribution asked by some, but not all, of the providers that hold a share (BR-F3). */
export class OneSidedRedistributionError extends DomainError {
  override name = 'OneSidedRedistributionError';
  constructor(readonly missing: string[]) {
    super(`A redistribution is asked jointly: ${missing.join(', ')} must ask too`);
  }
}

/** Proposed or decided shares that do not add up to the original total (BR-F3). */
export class RedistributionTotalError extends DomainError {
  override name = 'RedistributionTotalError';
  constructor(
    readonly totalCents: bigint,
    readonly proposedCents: bigint,
  ) {
    super('A redistribution stays within the original total: the shares must add up to it exactly');
  }
}

/**
 * A redistribution moves money between the basis and the aanvullend (TO/DB) shares of their joint
 * lumpsum only; the household-help halves, or any other lumpsum's shares, are not redistributed (BR-F3).
 */
export class RedistributionLotsError extends DomainError {
  override name = 'RedistributionLotsError';
  constructor(
    readonly lumpsumId: string,
    readonly lots: Lot[],
  ) {
    super(
      `A redistribution is between basis and aanvullend only: this lumpsum covers ${lots.join(', ')}, not BASISONDERSTEUNING and THUISONDERSTEUNING_EN_DAGBESTEDING`,
    );
  }
}
