import type { Caller } from '@mienskip/kit/rules';
import { NotFoundError, type ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  decideRealisationEntry,
  lotFigures,
  monthlyTotals,
  type RealisationEntry,
} from '../../src/domain/realisation.ts';
import { realisationPeriodRefusal } from '../../src/domain/realisation-period.ts';

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

describe('lumpsum versus realisation per lot (BR-BU7, BR-BU8)', () => {
  it('gives every lot, in the tender order, with realised to date − lumpsum, a lot without figures at zero', () => {
    expect(
      lotFigures(
        [{ lot: 'HULP_BIJ_HUISHOUDEN', amountCents: 1_000n, provenances: ['SOURCE'] }],
        [
          { lot: 'HULP_BIJ_HUISHOUDEN', amountCents: 300n, toDateCents: 1_200n, provenances: ['RECORDED'] },
          {
            lot: 'BASISONDERSTEUNING',
            amountCents: 5n,
            toDateCents: 5n,
            provenances: ['SYNTHETIC', 'RECORDED'],
          },
        ],
      ),
    ).toEqual([
      {
        lot: 'BASISONDERSTEUNING',
        lumpsumCents: 0n,
        realisedCents: 5n,
        realisedToDateCents: 5n,
        differenceCents: 5n,
        provenance: 'SYNTHETIC',
      },
      {
        lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING',
        lumpsumCents: 0n,
        realisedCents: 0n,
        realisedToDateCents: 0n,
        differenceCents: 0n,
        provenance: 'RECORDED',
      },
      {
        lot: 'HULP_BIJ_HUISHOUDEN',
        lumpsumCents: 1_000n,
        realisedCents: 300n,
        realisedToDateCents: 1_200n,
        differenceCents: 200n,
        provenance: 'RECORDED',
      },
      {
        lot: 'KORTDUREND_VERBLIJF',
        lumpsumCents: 0n,
        realisedCents: 0n,
        realisedToDateCents: 0n,
        differenceCents: 0n,
        provenance: 'RECORDED',
      },
    ]);
  });

  it('keeps a lot SOURCE while only source lumpsums and shares are in it', () => {
    const [basis] = lotFigures([{ lot: 'BASISONDERSTEUNING', amountCents: 9n, provenances: ['SOURCE'] }], []);
    expect(basis!.provenance).toBe('SOURCE');
  });
});

describe('the periods of a realisation table (BR-BU8)', () => {
  const year = { from: '2021-01-01', to: '2021-12-31' };
  it('takes whole months within a calendar year', () => {
    expect(realisationPeriodRefusal(year, [year])).toBeNull();
    expect(realisationPeriodRefusal({ from: '2021-02-01', to: '2021-02-28' }, [])).toBeNull();
  });
  it('refuses a part of a month, for every key', () => {
    expect(realisationPeriodRefusal({ from: '2021-01-02', to: '2021-12-31' }, [])?.field).toBe('from');
    expect(realisationPeriodRefusal({ from: '2021-01-01', to: '2021-02-27' }, [])?.field).toBe('to');
  });
  it('refuses a period that runs into the next year: a lumpsum is yearly', () => {
    const twoYears = { from: '2021-01-01', to: '2022-12-31' };
    expect(realisationPeriodRefusal(twoYears, [twoYears])?.field).toBe('grain');
    expect(realisationPeriodRefusal(twoYears, [year, { from: '2022-01-01', to: '2022-12-31' }])).toBeNull();
  });
});
