/** The savings plan (taakstelling): measures with a planned and a realised saving per year (BR-K6). */
import { ValidationError } from '@mienskip/kit/rules';

export interface SavingsMeasureFigures {
  plannedCents: bigint;
  /** Null while not yet known. */
  realisedCents: bigint | null;
}

export interface SavingsPlanFigures {
  plannedTotalCents: bigint;
  /** Planned total − target: the risk reserve / investment amount. */
  reserveCents: bigint;
  /** Measures not yet known count as nothing. */
  realisedTotalCents: bigint;
  /** Realised − target: negative while the target is not reached. */
  realisedVersusTargetCents: bigint;
  /** How many measures have no known realisation yet: the realised figures are incomplete while any. */
  unknownRealisations: number;
}

const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

export function savingsPlanFigures(
  measures: readonly SavingsMeasureFigures[],
  targetCents: bigint,
): SavingsPlanFigures {
  const plannedTotalCents = sum(measures.map((m) => m.plannedCents));
  const realisedTotalCents = sum(measures.map((m) => m.realisedCents ?? 0n));
  return {
    plannedTotalCents,
    reserveCents: plannedTotalCents - targetCents,
    realisedTotalCents,
    realisedVersusTargetCents: realisedTotalCents - targetCents,
    unknownRealisations: measures.filter((m) => m.realisedCents === null).length,
  };
}

/** A realised saving is zero or more. */
export function savingsRealisationRefusal(realisedCents: bigint): ValidationError | null {
  return realisedCents < 0n ? new ValidationError('realised', 'A realised saving cannot be negative') : null;
}
