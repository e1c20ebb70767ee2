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
  starterOf,
} from '../../src/domain/engagement.ts';
import {
  DebtHelpMovedError,
  LightParentingSupportMovedError,
  RuleViolationError,
} from '../../src/domain/errors.ts';

const TODAY = '2021-06-01';

const aanvullend: EngagementDraft = {
  pillar: 'AANVULLEND',
  kind: 'THUISONDERSTEUNING',
  provisionType: 'MAATWERK',
  deliveryForm: 'ZIN',
  accessRoute: 'VERWIJSBRIEF',
  startedOn: '2021-03-01',
  clientPgbCompetent: false,
  starter: 'PROVIDER',
  referral: {
    issuedByBasisWorker: true,
    clientMatches: true,
    kind: 'THUISONDERSTEUNING',
    alreadyStarted: false,
  },
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
      engagementBreach({ ...aanvullend, referral: { ...aanvullend.referral!, issuedByBasisWorker: false } })
        ?.message,
    ).toMatch(/basis provider/);
    expect(
      engagementBreach({ ...aanvullend, referral: { ...aanvullend.referral!, clientMatches: false } })
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

  it('refuses debt help in every pillar and on every route: the debt subgraph records it as a debt case (BR-CL17)', () => {
    for (const draft of [basis, { ...basis, pillar: 'SOCIALE_BASIS' as const }, aanvullend]) {
      const refusal = engagementBreach({ ...draft, kind: 'SCHULDHULPVERLENING' });
      expect(refusal).toBeInstanceOf(DebtHelpMovedError);
      expect(refusal).toMatchObject({ field: 'kind', message: expect.stringMatching(/openDebtCase/) });
    }
    const input: EngagementInput = {
      clientId: 'client-000001',
      pillar: 'BASIS',
      kind: 'SCHULDHULPVERLENING',
      provisionType: 'ALGEMEEN',
      accessRoute: 'DIRECT',
      providerId: 'org-amaryllis',
    };
    const facts = {
      clientPgbCompetent: false,
      referral: null,
      decision: null,
      starter: 'MUNICIPALITY' as const,
    };
    expect(startEngagement(input, facts, TODAY)).toBeInstanceOf(DebtHelpMovedError);
    // Refused before anything is loaded, whoever asks, even a provider starting at another organisation.
    expect(checkStartRequest(testCaller(), input)).toBeInstanceOf(DebtHelpMovedError);
    expect(
      checkStartRequest(testCaller({ organisationId: 'org-x', organisationKind: 'PROVIDER' }), input),
    ).toBeInstanceOf(DebtHelpMovedError);
  });

  it('refuses light parenting support in every pillar and on every route: the youth subgraph records it (BR-CL16)', () => {
    for (const draft of [basis, { ...basis, pillar: 'SOCIALE_BASIS' as const }, aanvullend]) {
      const refusal = engagementBreach({ ...draft, kind: 'LICHTE_OPVOEDONDERSTEUNING' });
      expect(refusal).toBeInstanceOf(LightParentingSupportMovedError);
      expect(refusal).toMatchObject({
        field: 'kind',
        message: expect.stringMatching(/startLightParentingSupport/),
      });
    }
    const input: EngagementInput = {
      clientId: 'client-000001',
      pillar: 'BASIS',
      kind: 'LICHTE_OPVOEDONDERSTEUNING',
      provisionType: 'ALGEMEEN',
      accessRoute: 'DIRECT',
      providerId: 'org-amaryllis',
    };
    const facts = {
      clientPgbCompetent: false,
      referral: null,
      decision: null,
      starter: 'MUNICIPALITY' as const,
    };
    expect(startEngagement(input, facts, TODAY)).toBeInstanceOf(LightParentingSupportMovedError);
    // Refused before anything is loaded, whoever asks.
    expect(checkStartRequest(testCaller(), input)).toBeInstanceOf(LightParentingSupportMovedError);
    expect(checkStartRequest(testCaller(), { ...input, kind: 'THUISONDERSTEUNING' })).toBeNull();
  });

  it('keeps participation a basis provision without a beschikking: never aanvullend maatwerk or a PGB (BR-CL14)', () => {
    for (const kind of ['PARTICIPATIE'] as const) {
      expect(engagementBreach({ ...basis, kind })).toBeNull();
      expect(engagementBreach({ ...basis, kind, pillar: 'SOCIALE_BASIS' })).toBeNull();
      const asAanvullend = engagementBreach({
        ...aanvullend,
        kind,
        referral: { ...aanvullend.referral!, kind },
      });
      expect(asAanvullend).toBeInstanceOf(RuleViolationError);
      expect(asAanvullend).toMatchObject({
        field: 'pillar',
        message: expect.stringMatching(/without a beschikking/),
      });
      const viaDecision = {
        ...aanvullend,
        kind,
        accessRoute: 'BESCHIKKING' as const,
        referral: null,
        decision: { granted: true, validFrom: '2021-01-01', validTo: null, clientMatches: true },
      };
      expect(engagementBreach(viaDecision)).toMatchObject({ field: 'pillar' });
      expect(
        engagementBreach({
          ...aanvullend,
          kind,
          deliveryForm: 'PGB',
          clientPgbCompetent: true,
          referral: { ...aanvullend.referral!, kind },
        }),
      ).toMatchObject({ field: 'pillar' });
      expect(engagementBreach({ ...basis, kind, provisionType: 'MAATWERK' })).toMatchObject({
        field: 'provisionType',
        message: expect.stringMatching(/without a beschikking/),
      });
      expect(
        engagementBreach({ ...basis, kind, deliveryForm: 'PGB', clientPgbCompetent: true }),
      ).toMatchObject({
        field: 'deliveryForm',
        message: expect.stringMatching(/without a beschikking/),
      });
    }
  });

  it('lets a household-help provider start household help from 2021 without a referral or beschikking (BR-A10)', () => {
    const householdHelp: EngagementDraft = {
      ...aanvullend,
      kind: 'HULP_BIJ_HET_HUISHOUDEN',
      accessRoute: 'DIRECT',
      referral: null,
      startedOn: '2021-01-04',
    };
    expect(engagementBreach(householdHelp)).toBeNull();
    expect(engagementBreach({ ...householdHelp, starter: 'MUNICIPALITY' })).toBeNull();
    expect(engagementBreach({ ...householdHelp, starter: 'OTHER' })).toMatchObject({ field: 'accessRoute' });
    // In 2020 access ran through Publieke Dienstverlening, with a beschikking.
    expect(engagementBreach({ ...householdHelp, startedOn: '2020-12-31' })).toMatchObject({
      field: 'accessRoute',
      message: expect.stringMatching(/Before 2021/),
    });
    // Other aanvullend support still needs a referral or beschikking, whoever starts it.
    expect(engagementBreach({ ...householdHelp, kind: 'THUISONDERSTEUNING' })).toMatchObject({
      field: 'accessRoute',
    });
    expect(engagementBreach({ ...householdHelp, kind: 'KORTDUREND_VERBLIJF' })).toMatchObject({
      field: 'accessRoute',
    });
    // The resident may still ask for a beschikking.
    const decision = { granted: true, validFrom: '2021-01-01', validTo: null, clientMatches: true };
    expect(
      engagementBreach({ ...householdHelp, accessRoute: 'BESCHIKKING', decision, starter: 'OTHER' }),
    ).toBeNull();
  });

  it('names who starts: the municipality, the provider itself, or another organisation', () => {
    const miep = testCaller({ organisationId: 'org-miep', organisationKind: 'PROVIDER' });
    expect(starterOf(miep, 'org-miep')).toBe('PROVIDER');
    expect(starterOf(miep, 'org-thfl')).toBe('OTHER');
    expect(starterOf(testCaller(), 'org-miep')).toBe('MUNICIPALITY');
    const volunteers = testCaller({ organisationId: 'org-vol', organisationKind: 'VOLUNTEER_ORGANISATION' });
    expect(starterOf(volunteers, 'org-vol')).toBe('OTHER');
  });

  it('starts one engagement per referral, of the kind it was issued for (BR-CL13)', () => {
    expect(engagementBreach({ ...aanvullend, kind: 'DAGBESTEDING' })).toMatchObject({
      field: 'kind',
      message: 'The referral was issued for THUISONDERSTEUNING',
    });
    expect(
      engagementBreach({ ...aanvullend, referral: { ...aanvullend.referral!, alreadyStarted: true } }),
    ).toMatchObject({ field: 'referralId', message: expect.stringMatching(/already started/) });
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
    starter: 'PROVIDER' as const,
    referral: {
      issuedByBasisWorker: true,
      clientMatches: true,
      kind: 'DAGBESTEDING' as const,
      alreadyStarted: false,
    },
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
