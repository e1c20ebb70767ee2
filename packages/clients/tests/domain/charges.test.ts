import { describe, expect, it } from 'vitest';
import { type ChargeRate, checkChargeYear, isCharged, monthlyCharges } from '../../src/domain/charges.ts';
import { LAW_OF_KIND, SUPPORT_KINDS } from '../../src/domain/codes.ts';

const RATE_2020: ChargeRate = {
  year: 2020,
  amountCents: 1900n,
  per: 'MONTH',
  source: 'Uitvoeringsplan §4.8',
};

describe('abonnementstarief (BR-E1–E3)', () => {
  const running = {
    id: 'e1',
    pillar: 'BASIS' as const,
    kind: 'THUISONDERSTEUNING' as const,
    structural: true,
    startedOn: '2020-03-15',
    endedOn: '2020-05-02',
  };

  it('charges the year’s rate for every month a structural relationship runs, partial months included', () => {
    const charges = monthlyCharges([running], 2020, RATE_2020);
    expect(charges).toEqual([
      { month: '2020-03', amountCents: 1900n, engagementId: 'e1' },
      { month: '2020-04', amountCents: 1900n, engagementId: 'e1' },
      { month: '2020-05', amountCents: 1900n, engagementId: 'e1' },
    ]);
    expect(monthlyCharges([running], 2020, { ...RATE_2020, amountCents: 2000n })).toMatchObject([
      { amountCents: 2000n },
      { amountCents: 2000n },
      { amountCents: 2000n },
    ]);
  });

  it('charges once per month however many engagements run', () => {
    expect(
      monthlyCharges([running, { ...running, id: 'e2', pillar: 'AANVULLEND' }], 2020, RATE_2020),
    ).toHaveLength(3);
  });

  it('does not charge transport, beschermd wonen, shelter, the sociale basis or non-structural support', () => {
    for (const kind of ['VERVOER', 'BESCHERMD_WONEN', 'OPVANG'] as const) {
      expect(monthlyCharges([{ ...running, kind }], 2020, RATE_2020)).toEqual([]);
    }
    expect(monthlyCharges([{ ...running, pillar: 'SOCIALE_BASIS' }], 2020, RATE_2020)).toEqual([]);
    expect(monthlyCharges([{ ...running, structural: false }], 2020, RATE_2020)).toEqual([]);
  });

  it('charges Wmo provisions only: not light parenting support (Jeugdwet) or debt assistance', () => {
    for (const kind of ['LICHTE_OPVOEDONDERSTEUNING', 'SCHULDHULPVERLENING'] as const) {
      expect(monthlyCharges([{ ...running, kind }], 2020, RATE_2020)).toEqual([]);
      expect(isCharged({ ...running, kind })).toBe(false);
    }
    expect(LAW_OF_KIND.LICHTE_OPVOEDONDERSTEUNING).toBe('JEUGDWET');
    expect(LAW_OF_KIND.SCHULDHULPVERLENING).toBe('WGS');
    const wmo = SUPPORT_KINDS.filter((kind) => LAW_OF_KIND[kind] === 'WMO_2015');
    expect(wmo).toContain('HULP_BIJ_HET_HUISHOUDEN');
    expect(wmo).toContain('PARTICIPATIE');
    expect(isCharged({ ...running, kind: 'PARTICIPATIE' })).toBe(true);
  });

  it('answers a year without a known rate clearly, naming the years with one, and never guesses', () => {
    const refusal = monthlyCharges([{ ...running, endedOn: null }], 2021, null, [2020]);
    expect(refusal).toMatchObject({
      field: 'year',
      message: 'No abonnementstarief is known for 2021 (known for 2020)',
    });
    // A rate of another year is not used for this one.
    expect(monthlyCharges([running], 2021, RATE_2020)).toMatchObject({ field: 'year' });
  });

  it('does not turn a rate per four weeks into a monthly charge', () => {
    const fourWeeks: ChargeRate = { year: 2020, amountCents: 1750n, per: 'FOUR_WEEKS', source: 'x' };
    expect(monthlyCharges([running], 2020, fourWeeks)).toMatchObject({ field: 'year' });
  });
});

describe('the years charges are asked for', () => {
  it('are 2020 to 2100', () => {
    expect(checkChargeYear(2020)).toBeNull();
    expect(checkChargeYear(2100)).toBeNull();
    expect(checkChargeYear(2019)).toMatchObject({ field: 'year' });
    expect(checkChargeYear(2101)).toMatchObject({ field: 'year' });
  });
});
