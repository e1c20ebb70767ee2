/** Correcting a definitive lumpsum: a new definitive version; the corrected one stays as decided (BR-BU1). */
import { type NotFoundError, ValidationError } from '@mienskip/kit/rules';
import {
  type LumpsumLine,
  type LumpsumShare,
  type LumpsumVersion,
  linesRefusal,
  type StoredLumpsum,
  sharesRefusal,
  trimmedLines,
} from './lumpsum.ts';
import { unknownOrganisation } from './organisation.ts';

/** What a correction changes; left out is copied from the version corrected. */
export interface LumpsumCorrection {
  decidedCents?: bigint | null | undefined;
  /** The corrected lines, replacing all of them. */
  lines?: LumpsumLine[] | null | undefined;
  /** The corrected shares, replacing all of them. */
  shares?: LumpsumShare[] | null | undefined;
  /** The decision that corrects it. */
  source: string;
}

/** The checks on the correction alone, before anything is read (BR-BU3). */
export function correctionRefusal(correction: LumpsumCorrection): ValidationError | null {
  if (!correction.source.trim())
    return new ValidationError('source', 'Name the decision that corrects the lumpsum');
  if (correction.decidedCents != null && correction.decidedCents < 0n)
    return new ValidationError('decidedAmount', 'A lumpsum cannot be negative');
  return sharesRefusal(correction.shares ?? []) ?? linesRefusal(correction.lines ?? []);
}

/**
 * The version that replaces `current`, or why not: only the current definitive version is corrected,
 * and every share goes to a known organisation.
 */
export function decideCorrection(
  current: StoredLumpsum & LumpsumVersion,
  correction: LumpsumCorrection,
  knownOrganisations: ReadonlySet<string>,
): ValidationError | NotFoundError | LumpsumVersion {
  const refusal = correctionRefusal(correction);
  if (refusal) return refusal;
  if (current.status !== 'DEFINITIVE' || current.supersededAt)
    return new ValidationError(
      'id',
      'Only the current definitive version is corrected; change a provisional lumpsum instead',
    );
  const unknown = unknownOrganisation(
    (correction.shares ?? []).map((share) => share.organisationId),
    knownOrganisations,
  );
  if (unknown) return unknown;
  const decidedCents = correction.decidedCents ?? current.decidedCents;
  if (correction.shares) {
    // Given shares add up to the decided amount (BR-BU3); shares copied from the corrected version are
    // kept as they were, so that correcting only a rounding difference in the amount stays possible.
    const total = correction.shares.reduce((sum, share) => sum + share.amountCents, 0n);
    if (total !== decidedCents)
      return new ValidationError('shares', 'The shares must add up to the decided amount');
  }
  const number = current.correction + 1;
  return {
    id: `${current.seriesId}-c${number}`,
    seriesId: current.seriesId,
    correction: number,
    year: current.year,
    title: current.title,
    lots: current.lots,
    status: current.status,
    decidedCents,
    baseCents: current.baseCents,
    decidedOn: current.decidedOn,
    source: correction.source.trim(),
    lines: correction.lines ? trimmedLines(correction.lines) : current.lines,
    shares: correction.shares ?? current.shares,
  };
}
