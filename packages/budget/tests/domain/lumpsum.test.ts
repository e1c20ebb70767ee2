import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { LumpsumDefinitiveError } from '../../src/domain/errors.ts';
import {
  canMoveTo,
  definitiveRefusal,
  linesRefusal,
  linesTotal,
  sharesRefusal,
  trimmedLines,
  unexplainedDifference,
} from '../../src/domain/lumpsum.ts';

describe('lumpsum figures', () => {
  const lines = [{ amountCents: 100n }, { amountCents: -30n }];

  it('shows the difference between the decided amount and base + lines, in either direction', () => {
    expect(linesTotal(lines)).toBe(70n);
    expect(unexplainedDifference(1_070n, 1_000n, lines)).toBe(0n);
    expect(unexplainedDifference(1_170n, 1_000n, lines)).toBe(100n);
    expect(unexplainedDifference(1_069n, 1_000n, lines)).toBe(-1n);
  });

  it('moves status forward one step at a time only', () => {
    expect(canMoveTo('ESTIMATED', 'PROVISIONAL')).toBe(true);
    expect(canMoveTo('PROVISIONAL', 'DEFINITIVE')).toBe(true);
    expect(canMoveTo('ESTIMATED', 'DEFINITIVE')).toBe(false);
    expect(canMoveTo('DEFINITIVE', 'PROVISIONAL')).toBe(false);
    expect(canMoveTo('PROVISIONAL', 'PROVISIONAL')).toBe(false);
  });
});

describe('lumpsum versions', () => {
  it('treats a definitive or a superseded version as never to be edited', () => {
    expect(definitiveRefusal({ id: 'l', status: 'PROVISIONAL', supersededAt: null })).toBeNull();
    expect(definitiveRefusal({ id: 'l', status: 'ESTIMATED', supersededAt: null })).toBeNull();
    const definitive = definitiveRefusal({ id: 'l', status: 'DEFINITIVE', supersededAt: null });
    expect(definitive).toBeInstanceOf(LumpsumDefinitiveError);
    expect(definitive).toMatchObject({ lumpsumId: 'l' });
    expect(definitiveRefusal({ id: 'l', status: 'PROVISIONAL', supersededAt: new Date() })).toBeInstanceOf(
      LumpsumDefinitiveError,
    );
  });

  it('needs an explanation on every line, and names the first line without one', () => {
    const line = (explanation: string) => ({ kind: 'PRICE_INDEX' as const, amountCents: 1n, explanation });
    expect(linesRefusal([line('Price index.'), line('Growth.')])).toBeNull();
    const refusal = linesRefusal([line('Price index.'), line('  '), line('')]);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'lines.1.explanation' });
    expect(trimmedLines([line('  Price index. ')])[0]!.explanation).toBe('Price index.');
  });

  it('refuses a negative share, naming it; zero is a share', () => {
    expect(sharesRefusal([{ organisationId: 'a', amountCents: 0n }])).toBeNull();
    const refusal = sharesRefusal([
      { organisationId: 'a', amountCents: 5n },
      { organisationId: 'b', amountCents: -1n },
    ]);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'shares.1.amount' });
  });
});
