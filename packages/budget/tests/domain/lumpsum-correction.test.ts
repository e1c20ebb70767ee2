import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import type { LumpsumVersion, StoredLumpsum } from '../../src/domain/lumpsum.ts';
import { decideCorrection, type LumpsumCorrection } from '../../src/domain/lumpsum-correction.ts';

const definitive: StoredLumpsum & LumpsumVersion = {
  id: 'lumpsum-2021-todb',
  seriesId: 'lumpsum-2021-todb',
  correction: 0,
  year: 2021,
  title: 'TO/DB 2021',
  lots: ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'],
  status: 'DEFINITIVE',
  decidedCents: 1_001n,
  baseCents: 1_000n,
  decidedOn: '2020-11-01',
  source: 'Council letter',
  supersededAt: null,
  lines: [{ kind: 'PRICE_INDEX', amountCents: 0n, explanation: 'Index.' }],
  shares: [{ organisationId: 'a', amountCents: 1_001n }],
};
const known = new Set(['a', 'w']);

describe('correcting a lumpsum', () => {
  it('makes the next definitive version, copying what the correction leaves out', () => {
    const { supersededAt: _, ...copied } = definitive;
    expect(decideCorrection(definitive, { decidedCents: 1_000n, source: ' Correction. ' }, known)).toEqual({
      ...copied,
      id: 'lumpsum-2021-todb-c1',
      correction: 1,
      decidedCents: 1_000n,
      source: 'Correction.',
    });
  });

  it('replaces all lines and all shares when given', () => {
    const correction: LumpsumCorrection = {
      lines: [{ kind: 'JET_ADJUSTMENT', amountCents: 1n, explanation: ' JET. ' }],
      shares: [
        { organisationId: 'a', amountCents: 500n },
        { organisationId: 'w', amountCents: 501n },
      ],
      source: 'x',
    };
    expect(
      decideCorrection({ ...definitive, correction: 1, id: 'lumpsum-2021-todb-c1' }, correction, known),
    ).toMatchObject({
      id: 'lumpsum-2021-todb-c2',
      correction: 2,
      decidedCents: 1_001n,
      lines: [{ kind: 'JET_ADJUSTMENT', amountCents: 1n, explanation: 'JET.' }],
      shares: correction.shares,
    });
  });

  it('refuses given shares that do not add up to the decided amount, and keeps copied shares as they were (BR-BU3)', () => {
    const shares = [
      { organisationId: 'a', amountCents: 500n },
      { organisationId: 'w', amountCents: 500n },
    ];
    expect(decideCorrection(definitive, { shares, source: 'x' }, known)).toMatchObject({
      field: 'shares',
      message: 'The shares must add up to the decided amount',
    });
    expect(decideCorrection(definitive, { shares, decidedCents: 1_000n, source: 'x' }, known)).toMatchObject({
      decidedCents: 1_000n,
      shares,
    });
    // Correcting only a rounding difference in the amount keeps the shares of the corrected version.
    expect(decideCorrection(definitive, { decidedCents: 1_000n, source: 'x' }, known)).toMatchObject({
      decidedCents: 1_000n,
      shares: definitive.shares,
    });
  });

  it('corrects only the current definitive version', () => {
    for (const current of [
      { ...definitive, status: 'PROVISIONAL' as const },
      { ...definitive, supersededAt: new Date() },
    ]) {
      const refusal = decideCorrection(current, { source: 'x' }, known);
      expect(refusal).toBeInstanceOf(ValidationError);
      expect(refusal).toMatchObject({ field: 'id' });
    }
  });

  it('refuses no source, a negative amount or share, a line without explanation and an unknown organisation', () => {
    const field = (correction: LumpsumCorrection) =>
      (decideCorrection(definitive, correction, known) as ValidationError).field;
    expect(field({ source: ' ' })).toBe('source');
    expect(field({ source: 'x', decidedCents: -1n })).toBe('decidedAmount');
    expect(field({ source: 'x', shares: [{ organisationId: 'a', amountCents: -1n }] })).toBe(
      'shares.0.amount',
    );
    expect(field({ source: 'x', lines: [{ kind: 'PRICE_INDEX', amountCents: 1n, explanation: ' ' }] })).toBe(
      'lines.0.explanation',
    );
    const unknown = decideCorrection(
      definitive,
      { source: 'x', shares: [{ organisationId: 'org-nobody', amountCents: 1_001n }] },
      known,
    );
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(unknown).toMatchObject({ id: 'org-nobody' });
  });
});
