import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { savingsPlanFigures, savingsRealisationRefusal } from '../../src/domain/savings.ts';

describe('the savings plan', () => {
  it('sums planned and realised savings, an unknown realisation as nothing, against the target', () => {
    const measures = [
      { plannedCents: 300n, realisedCents: 300n },
      { plannedCents: 200n, realisedCents: null },
      { plannedCents: 100n, realisedCents: 50n },
    ];
    expect(savingsPlanFigures(measures, 400n)).toEqual({
      plannedTotalCents: 600n,
      reserveCents: 200n,
      realisedTotalCents: 350n,
      realisedVersusTargetCents: -50n,
      unknownRealisations: 1,
    });
  });

  it('counts the measures whose realisation is unknown, never taking the plan for the realisation', () => {
    const planOnly = [
      { plannedCents: 600n, realisedCents: 600n },
      { plannedCents: 650n, realisedCents: null },
      { plannedCents: 650n, realisedCents: null },
    ];
    expect(savingsPlanFigures(planOnly, 1_000n)).toMatchObject({
      realisedTotalCents: 600n,
      unknownRealisations: 2,
    });
    expect(savingsPlanFigures([{ plannedCents: 1n, realisedCents: 0n }], 1n).unknownRealisations).toBe(0);
  });

  it('records a realised saving of zero or more', () => {
    expect(savingsRealisationRefusal(0n)).toBeNull();
    const refusal = savingsRealisationRefusal(-1n);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'realised' });
  });
});
