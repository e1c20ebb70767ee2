/** Realisatie: what an organisation spent on a lot in a month, against the lumpsum (BR-BU5). */
import { type Caller, mayReadRowsOf, type NotFoundError, ValidationError } from '@mienskip/kit/rules';
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

/** Lumpsum versus realisation of one lot in a year. */
export interface LotFigures {
  lot: Lot;
  lumpsumCents: bigint;
  realisedCents: bigint;
  /** Realised − lumpsum: positive when more was spent. */
  differenceCents: bigint;
}

/** Every lot, in the tender's order, a lot without shares or spending at zero. */
export function lotFigures(shares: readonly LotAmount[], spending: readonly LotAmount[]): LotFigures[] {
  const of = (amounts: readonly LotAmount[], lot: Lot) =>
    amounts.find((a) => a.lot === lot)?.amountCents ?? 0n;
  return LOTS.map((lot) => {
    const lumpsumCents = of(shares, lot);
    const realisedCents = of(spending, lot);
    return { lot, lumpsumCents, realisedCents, differenceCents: realisedCents - lumpsumCents };
  });
}
