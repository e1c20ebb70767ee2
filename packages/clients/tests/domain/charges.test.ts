import { describe, expect, it } from 'vitest';
import { checkChargeYear, monthlyCharges } from '../../src/domain/charges.ts';

describe('abonnementstarief (BR-E1–E3)', () => {
  const running = {
    id: 'e1',
    pillar: 'BASIS' as const,
    kind: 'THUISONDERSTEUNING' as const,
    structural: true,
    startedOn: '2021-03-15',
    endedOn: '2021-05-02',
  };

  it('charges €19 for every month a structural relationship runs, partial months included', () => {
    const charges = monthlyCharges([running], 2021);
    expect(charges.map((c) => c.month)).toEqual(['2021-03', '2021-04', '2021-05']);
    expect(charges.every((c) => c.amountCents === 1900n)).toBe(true);
  });

  it('charges once per month however many engagements run', () => {
    expect(monthlyCharges([running, { ...running, id: 'e2', pillar: 'AANVULLEND' }], 2021)).toHaveLength(3);
  });

  it('does not charge transport, beschermd wonen, shelter, the sociale basis or non-structural support', () => {
    for (const kind of ['VERVOER', 'BESCHERMD_WONEN', 'OPVANG'] as const) {
      expect(monthlyCharges([{ ...running, kind }], 2021)).toEqual([]);
    }
    expect(monthlyCharges([{ ...running, pillar: 'SOCIALE_BASIS' }], 2021)).toEqual([]);
    expect(monthlyCharges([{ ...running, structural: false }], 2021)).toEqual([]);
  });

  it('starts in 2020', () => {
    expect(monthlyCharges([{ ...running, startedOn: '2019-01-01', endedOn: null }], 2019)).toEqual([]);
    expect(monthlyCharges([{ ...running, startedOn: '2019-01-01', endedOn: null }], 2020)).toHaveLength(12);
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
