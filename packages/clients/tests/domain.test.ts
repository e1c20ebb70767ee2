import { describe, expect, it } from 'vitest';
import { monthlyCharges } from '../src/domain/charges.ts';
import { nextComplaintLevel } from '../src/domain/complaint.ts';
import { type EngagementDraft, endBreach, engagementBreach } from '../src/domain/engagement.ts';
import { objectionDue } from '../src/domain/objection.ts';
import { transitionBreach, transitionStatus } from '../src/domain/transition.ts';

const aanvullend: EngagementDraft = {
  pillar: 'AANVULLEND',
  kind: 'THUISONDERSTEUNING',
  provisionType: 'MAATWERK',
  deliveryForm: 'ZIN',
  accessRoute: 'VERWIJSBRIEF',
  startedOn: '2021-03-01',
  clientPgbCompetent: false,
  referral: { issuedByBasisWorker: true, clientMatches: true },
  decision: null,
};
const basis: EngagementDraft = {
  ...aanvullend,
  pillar: 'BASIS',
  provisionType: 'ALGEMEEN',
  accessRoute: 'DIRECT',
  referral: null,
};

describe('engagement rules', () => {
  it('accepts aanvullend with a referral by a basis worker, and basis directly', () => {
    expect(engagementBreach(aanvullend)).toBeNull();
    expect(engagementBreach(basis)).toBeNull();
  });

  it('allows a PGB only for maatwerk (BR-A6)', () => {
    expect(engagementBreach({ ...basis, deliveryForm: 'PGB', clientPgbCompetent: true })?.field).toBe(
      'deliveryForm',
    );
  });

  it('allows a PGB only for a PGB-competent client', () => {
    expect(engagementBreach({ ...aanvullend, deliveryForm: 'PGB' })?.message).toMatch(/PGB-competent/);
    expect(engagementBreach({ ...aanvullend, deliveryForm: 'PGB', clientPgbCompetent: true })).toBeNull();
  });

  it('needs a referral by a basis worker or a granted decision for aanvullend (BR-A3/A4)', () => {
    expect(engagementBreach({ ...aanvullend, accessRoute: 'DIRECT', referral: null })?.field).toBe(
      'accessRoute',
    );
    expect(engagementBreach({ ...aanvullend, referral: null })?.field).toBe('referralId');
    expect(
      engagementBreach({ ...aanvullend, referral: { issuedByBasisWorker: false, clientMatches: true } })
        ?.message,
    ).toMatch(/basis provider/);
    expect(
      engagementBreach({ ...aanvullend, referral: { issuedByBasisWorker: true, clientMatches: false } })
        ?.message,
    ).toMatch(/another client/);
    const decision = { granted: true, validFrom: '2021-01-01', validTo: '2021-12-31', clientMatches: true };
    const viaDecision = { ...aanvullend, accessRoute: 'BESCHIKKING' as const, referral: null, decision };
    expect(engagementBreach(viaDecision)).toBeNull();
    expect(engagementBreach({ ...viaDecision, decision: { ...decision, granted: false } })?.message).toMatch(
      /refused/,
    );
    expect(engagementBreach({ ...viaDecision, startedOn: '2022-01-01' })?.field).toBe('startedOn');
    expect(engagementBreach({ ...viaDecision, decision: null })?.field).toBe('decisionId');
  });

  it('keeps aanvullend maatwerk, basis general, and kinds in their pillar', () => {
    expect(engagementBreach({ ...aanvullend, provisionType: 'ALGEMEEN' })?.field).toBe('provisionType');
    expect(engagementBreach({ ...basis, provisionType: 'MAATWERK' })?.field).toBe('provisionType');
    expect(engagementBreach({ ...basis, kind: 'KORTDUREND_VERBLIJF' })?.field).toBe('pillar');
    expect(engagementBreach({ ...aanvullend, kind: 'PERSOONLIJKE_VERZORGING' })?.field).toBe('pillar');
    expect(engagementBreach({ ...basis, accessRoute: 'VERWIJSBRIEF' })?.field).toBe('accessRoute');
  });

  it('ends with a reason, not before the start, once', () => {
    expect(endBreach('2021-03-01', '2021-02-28', 'GOAL_REACHED', false)?.field).toBe('endedOn');
    expect(endBreach('2021-03-01', '2021-03-01', null, false)?.field).toBe('reason');
    expect(endBreach('2021-03-01', '2021-04-01', 'MOVED', true)?.field).toBe('id');
    expect(endBreach('2021-03-01', '2021-04-01', 'MOVED', false)).toBeNull();
  });
});

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

describe('complaints and objections', () => {
  it('climbs the ladder worker → manager → mediator → external committee, then stops', () => {
    expect(nextComplaintLevel('MEDEWERKER')).toBe('LEIDINGGEVENDE');
    expect(nextComplaintLevel('LEIDINGGEVENDE')).toBe('KLACHTENBEMIDDELAAR_AANBIEDER');
    expect(nextComplaintLevel('KLACHTENBEMIDDELAAR_AANBIEDER')).toBe('EXTERNE_KLACHTENCOMMISSIE');
    expect(nextComplaintLevel('EXTERNE_KLACHTENCOMMISSIE')).toBeNull();
  });

  it('sets the objection term at six weeks', () => {
    expect(objectionDue('2021-01-15')).toBe('2021-02-26');
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
