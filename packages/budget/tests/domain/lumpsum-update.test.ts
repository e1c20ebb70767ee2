import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { LumpsumDefinitiveError } from '../../src/domain/errors.ts';
import { decideLumpsumUpdate } from '../../src/domain/lumpsum-update.ts';

describe('updating a lumpsum', () => {
  const provisional = { id: 'l', status: 'PROVISIONAL' as const, supersededAt: null };

  it('changes the decided amount and moves the status one step on', () => {
    expect(decideLumpsumUpdate(provisional, { decidedCents: 0n, status: 'DEFINITIVE' })).toEqual({
      decidedCents: 0n,
      status: 'DEFINITIVE',
    });
    expect(decideLumpsumUpdate(provisional, { decidedCents: null, status: null })).toEqual({});
  });

  it('never edits a definitive or superseded version', () => {
    expect(
      decideLumpsumUpdate({ ...provisional, status: 'DEFINITIVE' }, { decidedCents: 1n }),
    ).toBeInstanceOf(LumpsumDefinitiveError);
    expect(
      decideLumpsumUpdate({ ...provisional, supersededAt: new Date() }, { decidedCents: 1n }),
    ).toBeInstanceOf(LumpsumDefinitiveError);
  });

  it('refuses a negative amount and a status that skips or goes back', () => {
    const negative = decideLumpsumUpdate(provisional, { decidedCents: -1n });
    expect(negative).toBeInstanceOf(ValidationError);
    expect(negative).toMatchObject({ field: 'decidedAmount' });
    expect(decideLumpsumUpdate(provisional, { status: 'ESTIMATED' })).toMatchObject({ field: 'status' });
    expect(
      decideLumpsumUpdate({ ...provisional, status: 'ESTIMATED' }, { status: 'DEFINITIVE' }),
    ).toMatchObject({ field: 'status' });
  });
});
