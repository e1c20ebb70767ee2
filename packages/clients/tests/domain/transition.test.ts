import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../../src/domain/errors.ts';
import {
  recordTransitionStep,
  statusesMeant,
  TRANSITION_STATUSES,
  transitionBreach,
  transitionStatus,
} from '../../src/domain/transition.ts';

describe('transition (P5)', () => {
  const base = { plannedOn: null, heldOn: null, outcome: null, handover: 'NOT_STARTED' as const };

  it('tells not planned, planned, follow-up pending, handover in progress and handed over apart', () => {
    expect(transitionStatus(base)).toBe('NOT_PLANNED');
    expect(transitionStatus({ ...base, plannedOn: '2020-06-01' })).toBe('PLANNED');
    // Held, nothing followed yet: the council letter's "follow-up after the perspective conversation".
    expect(transitionStatus({ ...base, heldOn: '2020-06-01', outcome: 'BASIS' })).toBe('FOLLOW_UP_PENDING');
    expect(
      transitionStatus({ ...base, heldOn: '2020-06-01', outcome: 'BASIS', handover: 'IN_PROGRESS' }),
    ).toBe('HANDOVER_IN_PROGRESS');
    expect(transitionStatus({ ...base, heldOn: '2020-06-01', outcome: 'BASIS', handover: 'COMPLETED' })).toBe(
      'HANDED_OVER',
    );
  });

  it('never answers a deprecated status, and reads one as a filter with its old meaning', () => {
    expect(statusesMeant('NO_FOLLOW_UP')).toEqual(['NOT_PLANNED']);
    expect(statusesMeant('HELD_NOT_HANDED_OVER')).toEqual(['FOLLOW_UP_PENDING', 'HANDOVER_IN_PROGRESS']);
    expect(statusesMeant('PLANNED')).toEqual(['PLANNED']);
    expect(TRANSITION_STATUSES).not.toContain('NO_FOLLOW_UP');
    expect(TRANSITION_STATUSES).not.toContain('HELD_NOT_HANDED_OVER');
  });

  it('tells where an interview stood at the end of a period: held only if held by then', () => {
    const done = { ...base, plannedOn: '2020-06-01', heldOn: '2020-06-03', outcome: 'BASIS' as const };
    expect(transitionStatus({ ...done, handover: 'COMPLETED' }, '2020-06-02')).toBe('PLANNED');
    expect(transitionStatus({ ...done, handover: 'COMPLETED' }, '2020-06-03')).toBe('HANDED_OVER');
    expect(transitionStatus({ ...done, plannedOn: null }, '2020-05-31')).toBe('NOT_PLANNED');
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

describe('recording a step of the interview (P5, BR-T4)', () => {
  const planned = {
    plannedOn: '2020-06-01',
    heldOn: null,
    outcome: null,
    handover: 'NOT_STARTED' as const,
    earlyTransfer: false,
    newOrganisationId: null,
  };

  it('changes what the step sends and keeps the rest', () => {
    expect(recordTransitionStep(planned, { heldOn: '2020-06-02', outcome: 'AANVULLEND' })).toEqual({
      ...planned,
      heldOn: '2020-06-02',
      outcome: 'AANVULLEND',
    });
    expect(recordTransitionStep(planned, { newProviderId: 'org-windkracht058' })).toMatchObject({
      newOrganisationId: 'org-windkracht058',
    });
  });

  it('refuses a step out of P5’s order as a typed error', () => {
    const refusal = recordTransitionStep(planned, { handover: 'IN_PROGRESS' });
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'handover' });
  });

  it('asks consent for an early transfer, once', () => {
    const held = { ...planned, heldOn: '2020-06-02', outcome: 'BASIS' as const };
    expect(recordTransitionStep(held, { earlyTransfer: true })).toMatchObject({ field: 'earlyTransfer' });
    const agreed = recordTransitionStep(held, { earlyTransfer: true, consentOfClientAndProviders: true });
    expect(agreed).toMatchObject({ earlyTransfer: true });
    // The consent recorded with the early transfer holds for the steps after it…
    const transferred = { ...held, earlyTransfer: true };
    expect(recordTransitionStep(transferred, { handover: 'COMPLETED' })).toMatchObject({
      handover: 'COMPLETED',
    });
    // …but sending the early transfer again asks for it again.
    expect(recordTransitionStep(transferred, { earlyTransfer: true })).toMatchObject({
      field: 'earlyTransfer',
    });
  });
});
