import { describe, expect, it } from 'vitest';
import { checkMainContract, equalParts, type MainContract } from '../src/domain/lots.ts';
import { canMoveTo, linesTotal, unexplainedDifference } from '../src/domain/lumpsum.ts';
import { checkRedistribution } from '../src/domain/redistribution.ts';

describe('main contracts', () => {
  const running: MainContract[] = [
    { lot: 'BASISONDERSTEUNING', organisationId: 'a' },
    { lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 'm' },
    { lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 't' },
  ];

  it('allows up to five TO/DB main providers and refuses the sixth', () => {
    const todb = ['1', '2', '3', '4', '5'].map((id) => ({
      lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING' as const,
      organisationId: id,
    }));
    expect(
      checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', '5', [...running, ...todb.slice(0, 4)]),
    ).toBeNull();
    expect(checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', '6', [...running, ...todb])).toEqual({
      kind: 'LOT_FULL',
      lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING',
      max: 5,
    });
  });

  it('refuses a third household-help and a second basis provider; short stay has no maximum', () => {
    expect(checkMainContract('HULP_BIJ_HUISHOUDEN', 'x', running)?.kind).toBe('LOT_FULL');
    expect(checkMainContract('BASISONDERSTEUNING', 'x', running)?.kind).toBe('LOT_FULL');
    const many = Array.from({ length: 20 }, (_, i) => ({
      lot: 'KORTDUREND_VERBLIJF' as const,
      organisationId: `k${i}`,
    }));
    expect(checkMainContract('KORTDUREND_VERBLIJF', 'x', many)).toBeNull();
  });

  it('refuses main provider in both basis and aanvullend, either way round, and a second contract in one lot', () => {
    expect(checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', 'a', running)).toEqual({
      kind: 'DOUBLE_MAIN_ROLE',
      organisationId: 'a',
      otherLot: 'BASISONDERSTEUNING',
    });
    const todb = [{ lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING' as const, organisationId: 'w' }];
    expect(checkMainContract('BASISONDERSTEUNING', 'w', todb)?.kind).toBe('DOUBLE_MAIN_ROLE');
    expect(checkMainContract('HULP_BIJ_HUISHOUDEN', 'm', running)?.kind).toBe('ALREADY_CONTRACTED');
    // The double role is named even when the lot is full as well.
    const full = [
      ...running,
      ...['1', '2', '3', '4', '5'].map((id) => ({
        lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING' as const,
        organisationId: id,
      })),
    ];
    expect(checkMainContract('THUISONDERSTEUNING_EN_DAGBESTEDING', 'a', full)?.kind).toBe('DOUBLE_MAIN_ROLE');
    // Household help and TO/DB together is allowed.
    expect(checkMainContract('HULP_BIJ_HUISHOUDEN', 'w', todb)).toBeNull();
  });

  it('splits in equal parts that add up to the cent', () => {
    expect(equalParts(1_023_052_500n, 2)).toEqual([511_526_250n, 511_526_250n]);
    const parts = equalParts(1_000n, 3);
    expect(parts).toEqual([334n, 333n, 333n]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(1_000n);
  });
});

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

describe('redistribution', () => {
  const current = [
    { organisationId: 'a', amountCents: 700n },
    { organisationId: 'w', amountCents: 300n },
  ];
  const counts = new Map([
    ['a', 10],
    ['w', 5],
  ]);
  const moved = [
    { organisationId: 'a', amountCents: 650n },
    { organisationId: 'w', amountCents: 350n },
  ];

  it('accepts a joint request within the total', () => {
    expect(checkRedistribution(current, ['a', 'w'], moved, counts)).toBeNull();
  });

  it('refuses one-sided, a changed total, a stranger and missing evidence', () => {
    expect(checkRedistribution(current, ['w'], moved, counts)).toEqual({ kind: 'ONE_SIDED', missing: ['a'] });
    expect(
      checkRedistribution(current, ['a', 'w'], [{ organisationId: 'a', amountCents: 1_001n }], counts),
    ).toEqual({
      kind: 'TOTAL_CHANGED',
      totalCents: 1_000n,
      proposedCents: 1_001n,
    });
    expect(
      checkRedistribution(current, ['a', 'w'], [...moved, { organisationId: 'x', amountCents: 0n }], counts)
        ?.kind,
    ).toBe('UNKNOWN_SHARE');
    expect(checkRedistribution(current, ['a', 'w'], moved, new Map([['a', 1]]))?.kind).toBe('NO_EVIDENCE');
  });
});
