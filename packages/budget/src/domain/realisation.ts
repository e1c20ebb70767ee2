/** Realisatie: what an organisation spent on a lot in a month, against the lumpsum (BR-BU5). */
import {
  type Caller,
  combinedProvenance,
  mayReadRowsOf,
  type NotFoundError,
  type Provenance,
  ValidationError,
} from '@mienskip/kit/rules';
import { LOTS, type Lot } from './lots.ts';
import { unknownOrganisation } from './organisation.ts';
import { yearRefusal } from './years.ts';

/** A spending entry; a correction is a negative one. */
export interface RealisationEntry {
  organisationId: string;
  lot: Lot;
  year: number;
  month: number;
  amountCents: bigint;
}

/** The entry to add, or why not: a provider records its own spending, in a real month, never zero. */
export function decideRealisationEntry(
  caller: Caller,
  entry: RealisationEntry,
  knownOrganisations: ReadonlySet<string>,
): ValidationError | NotFoundError | RealisationEntry {
  if (!mayReadRowsOf(caller, entry.organisationId))
    return new ValidationError('organisationId', 'A provider records its own spending only');
  if (entry.month < 1 || entry.month > 12) return new ValidationError('month', 'A month is 1 to 12');
  const year = yearRefusal(entry.year);
  if (year) return year;
  if (entry.amountCents === 0n) return new ValidationError('amount', 'Record an amount other than zero');
  return unknownOrganisation([entry.organisationId], knownOrganisations) ?? entry;
}

export interface MonthlyAmount {
  month: number;
  amountCents: bigint;
}

/** Spending summed per month of the year, all twelve months, on the given lots only. */
export function monthlyTotals(
  spending: readonly { lot: string; month: number; amountCents: bigint }[],
  lots: readonly string[],
): MonthlyAmount[] {
  const onLots = spending.filter((row) => lots.includes(row.lot));
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    amountCents: onLots.filter((row) => row.month === i + 1).reduce((sum, row) => sum + row.amountCents, 0n),
  }));
}

/** An amount summed per lot. */
export interface LotAmount {
  lot: Lot;
  amountCents: bigint;
}

/** A lot's part of the year's lumpsums, with the provenance of the lumpsums and shares it sums. */
export interface LotShare extends LotAmount {
  provenances: readonly Provenance[];
}

/**
 * Spending on a lot: in a period (`amountCents`) and from 1 January of the period's year to its last
 * day (`toDateCents`), with the provenance of the entries summed to date.
 */
export interface LotSpending extends LotAmount {
  toDateCents: bigint;
  provenances: readonly Provenance[];
}

/** Lumpsum versus realisation of one lot in a period of a year. */
export interface LotFigures {
  lot: Lot;
  /** The lot's part of the year's lumpsums: a lumpsum is yearly, never cut per period. */
  lumpsumCents: bigint;
  realisedCents: bigint;
  /** Spent from 1 January of the period's year to its last day. */
  realisedToDateCents: bigint;
  /** Realised to date − lumpsum: positive when more was spent; for a whole year realised − lumpsum. */
  differenceCents: bigint;
  /** SYNTHETIC when any lumpsum, share or entry summed is (`combinedProvenance`). */
  provenance: Provenance;
}

/** BR-BU7, BR-BU8: every lot, in the tender's order, a lot without shares or spending at zero. */
export function lotFigures(shares: readonly LotShare[], spending: readonly LotSpending[]): LotFigures[] {
  return LOTS.map((lot) => {
    const share = shares.find((s) => s.lot === lot);
    const spent = spending.find((s) => s.lot === lot);
    const lumpsumCents = share?.amountCents ?? 0n;
    const realisedToDateCents = spent?.toDateCents ?? 0n;
    return {
      lot,
      lumpsumCents,
      realisedCents: spent?.amountCents ?? 0n,
      realisedToDateCents,
      differenceCents: realisedToDateCents - lumpsumCents,
      provenance: combinedProvenance([...(share?.provenances ?? []), ...(spent?.provenances ?? [])]),
    };
  });
}
