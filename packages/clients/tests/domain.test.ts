import { describe, expect, it } from 'vitest';
import { monthlyCharges } from '../src/domain/charges.ts';
import { transitionBreach, transitionStatus } from '../src/domain/transition.ts';

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

describe('transition (P5)', () => {
  const base = { plannedOn: null, heldOn: null, outcome: null, handover: 'NOT_STARTED' as const };

  it('tells no follow-up, planned, held but not handed over, and handed over apart', () => {
    expect(transitionStatus(base)).toBe('NO_FOLLOW_UP');
    expect(transitionStatus({ ...base, plannedOn: '2020-06-01' })).toBe('PLANNED');
    expect(
      transitionStatus({ ...base, heldOn: '2020-06-01', outcome: 'BASIS', handover: 'IN_PROGRESS' }),
    ).toBe('HELD_NOT_HANDED_OVER');
    expect(transitionStatus({ ...base, heldOn: '2020-06-01', outcome: 'BASIS', handover: 'COMPLETED' })).toBe(
      'HANDED_OVER',
    );
  });

  it('keeps P5’s order and asks consent for early transfer (BR-T4)', () => {
    const step = { ...base, earlyTransfer: false, consent: false };
    expect(transitionBreach({ ...step, outcome: 'BASIS' })?.field).toBe('outcome');
    expect(transitionBreach({ ...step, plannedOn: '2020-06-02', heldOn: '2020-06-01' })?.field).toBe(
      'heldOn',
    );
    expect(transitionBreach({ ...step, heldOn: '2020-06-01', handover: 'IN_PROGRESS' })?.field).toBe(
      'handover',
    );
    expect(
      transitionBreach({ ...step, heldOn: '2020-06-01', outcome: 'BASIS', earlyTransfer: true })?.field,
    ).toBe('earlyTransfer');
    expect(
      transitionBreach({
        ...step,
        heldOn: '2020-06-01',
        outcome: 'BASIS',
        earlyTransfer: true,
        consent: true,
      }),
    ).toBeNull();
  });
});
