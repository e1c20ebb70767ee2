import type { Caller } from '@mienskip/kit/rules';
import { NotFoundError, type ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  decideRealisationEntry,
  lotFigures,
  monthlyTotals,
  type RealisationEntry,
} from '../../src/domain/realisation.ts';

const caller = (organisationKind: Caller['organisationKind'], organisationId: string): Caller => ({
  keyId: 'key',
  organisationId,
  organisationKind,
  scopes: new Set(['budget:write']),
  requestId: 'request',
});
const thfl = caller('PROVIDER', 'org-thfl');
const municipality = caller('MUNICIPALITY', 'org-gemeente-leeuwarden');
const entry: RealisationEntry = {
  organisationId: 'org-thfl',
  lot: 'HULP_BIJ_HUISHOUDEN',
  year: 2021,
  month: 12,
  amountCents: -100n,
};
const known = new Set(['org-thfl', 'org-miep']);

describe('recording spending', () => {
  it("lets a provider record its own spending, corrections included, and the municipality anyone's", () => {
    expect(decideRealisationEntry(thfl, entry, known)).toEqual(entry);
    const miep = { ...entry, organisationId: 'org-miep' };
    expect(decideRealisationEntry(municipality, miep, known)).toEqual(miep);
  });

  it("refuses another organisation's spending, a month outside 1–12, a year outside the plan and zero", () => {
    const field = (caller: Caller, change: Partial<RealisationEntry>) =>
      (decideRealisationEntry(caller, { ...entry, ...change }, known) as ValidationError).field;
    expect(field(thfl, { organisationId: 'org-miep' })).toBe('organisationId');
    expect(field(thfl, { month: 0 })).toBe('month');
    expect(field(thfl, { month: 13 })).toBe('month');
    expect(field(thfl, { year: 2101 })).toBe('year');
    expect(field(thfl, { amountCents: 0n })).toBe('amount');
  });

  it('refuses an unknown organisation', () => {
    const refusal = decideRealisationEntry(municipality, { ...entry, organisationId: 'org-x' }, known);
    expect(refusal).toBeInstanceOf(NotFoundError);
    expect(refusal).toMatchObject({ id: 'org-x' });
  });
});

describe('monthly totals', () => {
  it('sums the lots asked for per month, all twelve months', () => {
    const months = monthlyTotals(
      [
        { lot: 'HULP_BIJ_HUISHOUDEN', month: 1, amountCents: 100n },
        { lot: 'HULP_BIJ_HUISHOUDEN', month: 1, amountCents: -10n },
        { lot: 'BASISONDERSTEUNING', month: 1, amountCents: 1_000n },
        { lot: 'HULP_BIJ_HUISHOUDEN', month: 12, amountCents: 5n },
      ],
      ['HULP_BIJ_HUISHOUDEN'],
    );
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[0]!.amountCents).toBe(90n);
    expect(months[1]!.amountCents).toBe(0n);
    expect(months[11]!.amountCents).toBe(5n);
  });
});

describe('lumpsum versus realisation per lot', () => {
  it('gives every lot, in the tender order, with realised − lumpsum, a lot without figures at zero', () => {
    expect(
      lotFigures(
        [{ lot: 'HULP_BIJ_HUISHOUDEN', amountCents: 1_000n }],
        [
          { lot: 'HULP_BIJ_HUISHOUDEN', amountCents: 1_200n },
          { lot: 'BASISONDERSTEUNING', amountCents: 5n },
        ],
      ),
    ).toEqual([
      { lot: 'BASISONDERSTEUNING', lumpsumCents: 0n, realisedCents: 5n, differenceCents: 5n },
      { lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING', lumpsumCents: 0n, realisedCents: 0n, differenceCents: 0n },
      { lot: 'HULP_BIJ_HUISHOUDEN', lumpsumCents: 1_000n, realisedCents: 1_200n, differenceCents: 200n },
      { lot: 'KORTDUREND_VERBLIJF', lumpsumCents: 0n, realisedCents: 0n, differenceCents: 0n },
    ]);
  });
});
