import { ValidationError } from '@mienskip/kit/rules';
import { testCaller } from '@mienskip/testing';
import { describe, expect, it } from 'vitest';
import {
  checkStartRequest,
  decisionFacts,
  type EngagementDraft,
  type EngagementInput,
  endBreach,
  endEngagement,
  engagementBreach,
  startEngagement,
} from '../../src/domain/engagement.ts';
import { RuleViolationError } from '../../src/domain/errors.ts';

const TODAY = '2021-06-01';

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

describe('starting an engagement', () => {
  const municipality = testCaller();
  const windkracht = testCaller({ organisationId: 'org-windkracht058', organisationKind: 'PROVIDER' });
  const input: EngagementInput = {
    clientId: 'client-000001',
    pillar: 'AANVULLEND',
    kind: 'DAGBESTEDING',
    provisionType: 'MAATWERK',
    accessRoute: 'VERWIJSBRIEF',
    referralId: 'referral-1',
    decisionId: 'decision-1',
    providerId: 'org-windkracht058',
    hoursPerWeek: 4,
  };
  const facts = {
    clientPgbCompetent: false,
    referral: { issuedByBasisWorker: true, clientMatches: true },
    decision: null,
  };

  it('lets a provider key start engagements at its own organisation only (BR-CL5)', () => {
    expect(checkStartRequest(windkracht, input)).toBeNull();
    expect(checkStartRequest(municipality, input)).toBeNull();
    const refusal = checkStartRequest(windkracht, { ...input, providerId: 'org-amaryllis' });
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'providerId' });
  });

  it('takes 0 to 60 hours a week', () => {
    expect(checkStartRequest(municipality, { ...input, hoursPerWeek: 0 })).toBeNull();
    expect(checkStartRequest(municipality, { ...input, hoursPerWeek: 60 })).toBeNull();
    for (const hoursPerWeek of [-1, 60.5, Number.NaN]) {
      const refusal = checkStartRequest(municipality, { ...input, hoursPerWeek });
      expect(refusal).toBeInstanceOf(ValidationError);
      expect(refusal).toMatchObject({ field: 'hoursPerWeek' });
    }
  });

  it('starts today in kind, keeping only the referral or decision of its route', () => {
    expect(startEngagement(input, facts, TODAY)).toEqual({
      clientId: 'client-000001',
      pillar: 'AANVULLEND',
      kind: 'DAGBESTEDING',
      provisionType: 'MAATWERK',
      deliveryForm: 'ZIN',
      accessRoute: 'VERWIJSBRIEF',
      organisationId: 'org-windkracht058',
      workerId: null,
      hoursPerWeek: 4,
      referralId: 'referral-1',
      decisionId: null,
      structural: false,
      startedOn: TODAY,
    });
  });

  it('refuses what engagementBreach refuses, as a typed error', () => {
    const refusal = startEngagement(input, { ...facts, referral: null }, TODAY);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'referralId' });
  });

  it('checks a beschikking for the client, its outcome and its validity on the start date (BR-A4)', () => {
    const decision = {
      clientId: 'client-000001',
      outcome: 'GRANTED' as const,
      validFrom: '2021-01-01',
      validTo: null,
    };
    const viaDecision = { ...input, accessRoute: 'BESCHIKKING' as const };
    const granted = { ...facts, referral: null, decision: decisionFacts(decision, 'client-000001') };
    expect(startEngagement(viaDecision, granted, TODAY)).toMatchObject({
      decisionId: 'decision-1',
      referralId: null,
    });
    const forAnother = { ...granted, decision: decisionFacts(decision, 'client-000002') };
    expect(startEngagement(viaDecision, forAnother, TODAY)).toMatchObject({ field: 'decisionId' });
    const refused = {
      ...granted,
      decision: decisionFacts({ ...decision, outcome: 'REFUSED' }, 'client-000001'),
    };
    expect(startEngagement(viaDecision, refused, TODAY)).toMatchObject({
      message: expect.stringMatching(/refused/),
    });
    expect(startEngagement({ ...viaDecision, startedOn: '2020-12-31' }, granted, TODAY)).toMatchObject({
      field: 'startedOn',
    });
  });
});

describe('ending an engagement (BR-CL4)', () => {
  const running = { startedOn: '2021-03-01', endedOn: null };

  it('ends today unless told, with its reason', () => {
    expect(endEngagement(running, { reason: 'MOVED' }, TODAY)).toEqual({
      endedOn: TODAY,
      endReason: 'MOVED',
    });
  });

  it('refuses an end before the start, and a second end', () => {
    expect(endEngagement(running, { reason: 'MOVED', endedOn: '2021-02-28' }, TODAY)).toMatchObject({
      field: 'endedOn',
    });
    const refusal = endEngagement({ ...running, endedOn: '2021-04-01' }, { reason: 'MOVED' }, TODAY);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'id' });
  });
});
