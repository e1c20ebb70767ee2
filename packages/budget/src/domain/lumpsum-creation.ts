/** A new lumpsum: checked, and divided over its main providers when its lots are split equally. */
import { type NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { EQUAL_SHARES, equalParts, type Lot } from './lots.ts';
import {
  type LumpsumLine,
  type LumpsumShare,
  type LumpsumVersion,
  linesRefusal,
  sharesRefusal,
  trimmedLines,
} from './lumpsum.ts';
import { unknownOrganisation } from './organisation.ts';
import { yearRefusal } from './years.ts';

export interface NewLumpsumInput {
  year: number;
  title: string;
  lots: Lot[];
  baseCents: bigint;
  decidedCents: bigint;
  lines: LumpsumLine[];
  /** The shares as given; null to split the decided amount equally over the main providers. */
  shares: LumpsumShare[] | null;
}

/** What the decision needs from the database. */
export interface NewLumpsumFacts {
  /** Which of the organisations named in the shares exist. */
  knownOrganisations: ReadonlySet<string>;
  /** The running main providers of the lots, in the order the parts go (the first get the odd cents). */
  mainProviders: readonly string[];
}

/** The checks on the input alone, before anything is read (BR-BU3, BR-F7). */
export function newLumpsumRefusal(input: NewLumpsumInput): ValidationError | null {
  const year = yearRefusal(input.year);
  if (year) return year;
  if (!input.title.trim()) return new ValidationError('title', 'Give the title as decided');
  if (input.lots.length === 0) return new ValidationError('lots', 'A lumpsum covers at least one lot');
  if (input.baseCents < 0n) return new ValidationError('baseAmount', 'An amount cannot be negative');
  if (input.decidedCents < 0n) return new ValidationError('decidedAmount', 'An amount cannot be negative');
  const lines = linesRefusal(input.lines);
  if (lines) return lines;
  if (input.shares) {
    const shares = sharesRefusal(input.shares);
    if (shares) return shares;
    const total = input.shares.reduce((sum, share) => sum + share.amountCents, 0n);
    if (total !== input.decidedCents)
      return new ValidationError('shares', 'The shares must add up to the decided amount');
  } else if (!input.lots.every((lot) => EQUAL_SHARES[lot])) {
    return new ValidationError('shares', 'These lots are not split in equal parts: give the shares');
  }
  return null;
}

/**
 * The new version, ESTIMATED, or why not. Without shares, the decided amount goes in equal parts to
 * the lots' main providers, to the cent (BR-F7). `stamp` makes the id unique among a year's lumpsums.
 */
export function decideNewLumpsum(
  input: NewLumpsumInput,
  facts: NewLumpsumFacts,
  stamp: string,
): ValidationError | NotFoundError | LumpsumVersion {
  const refusal = newLumpsumRefusal(input);
  if (refusal) return refusal;
  let shares: LumpsumShare[];
  if (input.shares) {
    const unknown = unknownOrganisation(
      input.shares.map((share) => share.organisationId),
      facts.knownOrganisations,
    );
    if (unknown) return unknown;
    shares = input.shares;
  } else {
    if (facts.mainProviders.length === 0)
      return new ValidationError('shares', 'These lots have no main provider to share in');
    const parts = equalParts(input.decidedCents, facts.mainProviders.length);
    shares = facts.mainProviders.map((organisationId, i) => ({ organisationId, amountCents: parts[i]! }));
  }
  const id = `lumpsum-${input.year}-${input.lots.map((lot) => lot.toLowerCase().replace(/_/g, '-')).join('+')}-${stamp}`;
  return {
    id,
    seriesId: id,
    correction: 0,
    year: input.year,
    title: input.title.trim(),
    lots: input.lots,
    status: 'ESTIMATED',
    decidedCents: input.decidedCents,
    baseCents: input.baseCents,
    decidedOn: null,
    source: null,
    lines: trimmedLines(input.lines),
    shares,
  };
}
