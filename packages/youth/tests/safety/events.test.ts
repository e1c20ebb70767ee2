import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BASIS,
  counts,
  JET,
  MUNICIPALITY,
  mutate,
  OTHER,
  type Payload,
  type SafetyUnderTest,
  startSafety,
} from './helpers.ts';

let graph: SafetyUnderTest;
/** The row counts before each test: a refusal must leave them as they are. */
let before: Record<string, number>;

const TWO = 'case-safety-two'; // two children
const ONE = 'case-safety-one'; // one child
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  graph = await startSafety();
  await graph.openCase(TWO, ['client-child-a', 'client-child-b']);
  await graph.openCase(ONE, ['client-child-c']);
});
afterAll(() => graph?.close());
beforeEach(async () => {
  before = await counts(graph);
});

/** Asserts that the payload is the named typed error and that no safety table changed. */
async function refused(payload: Payload, typename: string): Promise<Payload> {
  expect(payload.__typename).toBe(typename);
  expect(payload.message).toEqual(expect.any(String));
  expect(await counts(graph)).toEqual(before);
  return payload;
}

const assess = (input: Record<string, unknown>, caller = MUNICIPALITY) =>
  mutate(
    graph,
    'recordRiskAssessment',
    'RecordRiskAssessmentInput',
    input,
    caller,
    '... on RiskAssessment { id }',
  );
const fullAssessment = {
  caseId: ONE,
  adultProblemsAssessed: true,
  adultProblemsRisk: true,
  assessorId: 'worker-test-basis',
  outcome: 'ZORGEN',
  assessedOn: '2021-03-01',
};
const allocate = (input: Record<string, unknown>, caller = MUNICIPALITY) =>
  mutate(
    graph,
    'allocateSafetyTask',
    'AllocateSafetyTaskInput',
    input,
    caller,
    '... on SafetyTaskAllocation { assignee version } ... on SafetyTaskAlreadyAllocatedError { version }',
  );

describe('a risk assessment (BR-YS2)', () => {
  it('answers the issue’s check with an error type and stores nothing', async () => {
    const { recordRiskAssessment } = await graph.data<{ recordRiskAssessment: Payload }>(
      `mutation { recordRiskAssessment(input: { caseId: "${TWO}", adultProblemsAssessed: false }) { __typename ... on Error { message } } }`,
    );
    await refused(recordRiskAssessment, 'AdultProblemsNotAssessedError');
    expect(recordRiskAssessment.message).toContain('volwassenenproblematiek');
  });

  it('checks adult problems first: before the purpose, the case and the other fields', async () => {
    await refused(
      await assess(
        { caseId: 'no-such-case', adultProblemsAssessed: false },
        { ...MUNICIPALITY, purpose: undefined },
      ),
      'AdultProblemsNotAssessedError',
    );
  });

  it('records a full assessment, defaulting to the only child', async () => {
    const payload = await assess(fullAssessment);
    expect(payload.__typename).toBe('RiskAssessment');
    expect((await counts(graph)).risk_assessments).toBe(before.risk_assessments! + 1);
  });

  it('refuses, storing nothing: no child named on a case with two, a child of another case, no outcome', async () => {
    await refused(await assess({ ...fullAssessment, caseId: TWO }), 'ValidationError');
    await refused(await assess({ ...fullAssessment, childId: 'client-child-a' }), 'ChildNotInCaseError');
    await refused(await assess({ ...fullAssessment, outcome: null }), 'ValidationError');
    await refused(await assess({ ...fullAssessment, caseId: 'no-such-case' }), 'NotFoundError');
  });

  it('refuses a personal write without a Jeugdwet purpose, storing nothing', async () => {
    await refused(
      await assess(fullAssessment, { ...MUNICIPALITY, purpose: undefined }),
      'PurposeRequiredError',
    );
    await refused(
      await assess(fullAssessment, { ...MUNICIPALITY, allowedPurposes: ['BEKOSTIGING'] }),
      'PurposeNotAllowedError',
    );
  });
});

describe('a signal (BR-YS1)', () => {
  const signal = (input: Record<string, unknown>) =>
    mutate(
      graph,
      'recordSafetySignal',
      'RecordSafetySignalInput',
      input,
      BASIS,
      '... on SafetySignal { id }',
    );

  it('records a signal about a child of the case, and refuses another child', async () => {
    expect(
      (await signal({ caseId: TWO, childId: 'client-child-b', signalledOn: '2021-02-10' })).__typename,
    ).toBe('SafetySignal');
    before = await counts(graph);
    await refused(await signal({ caseId: TWO, childId: 'client-child-c' }), 'ChildNotInCaseError');
    await refused(
      await signal({ caseId: TWO, childId: 'client-child-a', signalledOn: '2021-01-01' }),
      'ValidationError',
    );
  });
});

describe('the safety plan and the task allocation (BR-YS3, BR-YS4, BR-YS5)', () => {
  let assessmentId: string;
  const plan = (input: Record<string, unknown>, caller = JET) =>
    mutate(
      graph,
      'createSafetyPlan',
      'CreateSafetyPlanInput',
      input,
      caller,
      '... on SafetyPlan { id drawnUpBy }',
    );

  beforeAll(async () => {
    assessmentId = (await assess({ ...fullAssessment, assessedOn: '2021-03-10' })).id as string;
  });

  it('refuses a plan while the task is not allocated', async () => {
    const payload = await plan({
      caseId: ONE,
      riskAssessmentId: assessmentId,
      madeWithFamily: true,
      followUpSteps: 'x',
    });
    await refused(payload, 'SafetyTaskNotAllocatedError');
  });

  it('allocates once; a second first allocation, a stale or a missing version is refused; re-allocates with the version', async () => {
    const first = await allocate({ caseId: ONE, task: 'VEILIGHEIDS_EN_HERSTELPLAN', assignee: 'BASIS' }, JET);
    expect(first).toMatchObject({ __typename: 'SafetyTaskAllocation', assignee: 'BASIS', version: 1 });
    before = await counts(graph);
    const again = await refused(
      await allocate({ caseId: ONE, task: 'VEILIGHEIDS_EN_HERSTELPLAN', assignee: 'JET' }, BASIS),
      'SafetyTaskAlreadyAllocatedError',
    );
    expect(again.version).toBe(1);
    await refused(
      await allocate({
        caseId: ONE,
        task: 'VEILIGHEIDS_EN_HERSTELPLAN',
        assignee: 'JET',
        expectedVersion: 7,
      }),
      'VersionConflictError',
    );
    await refused(
      await allocate({ caseId: ONE, task: 'REGIE_VERVOLGSTAPPEN', assignee: 'JET', expectedVersion: 1 }),
      'SafetyTaskNotAllocatedError',
    );
    const moved = await allocate(
      { caseId: ONE, task: 'VEILIGHEIDS_EN_HERSTELPLAN', assignee: 'JET', expectedVersion: 1 },
      BASIS,
    );
    expect(moved).toMatchObject({ __typename: 'SafetyTaskAllocation', assignee: 'JET', version: 2 });
  });

  it('refuses a plan by the other party, without the family, or on another case’s assessment', async () => {
    const input = {
      caseId: ONE,
      riskAssessmentId: assessmentId,
      madeWithFamily: true,
      followUpSteps: 'Afspraken',
    };
    await refused(await plan(input, BASIS), 'SafetyTaskAllocatedElsewhereError');
    await refused(await plan({ ...input, madeWithFamily: false }), 'SafetyPlanWithoutFamilyError');
    await refused(await plan({ ...input, caseId: TWO }), 'NotFoundError');
    await refused(await plan({ ...input, drawnUpOn: '2021-03-09' }), 'StepOutOfOrderError');
  });

  it('draws up the plan by the allocated party, once per assessment', async () => {
    const input = {
      caseId: ONE,
      riskAssessmentId: assessmentId,
      madeWithFamily: true,
      followUpSteps: 'Afspraken',
    };
    expect(await plan(input)).toMatchObject({ __typename: 'SafetyPlan', drawnUpBy: 'JET' });
    before = await counts(graph);
    await refused(await plan(input), 'SafetyPlanExistsError');
  });
});

describe('the meldcode and Veilig Thuis (BR-YS6, BR-YS7, BR-YS8)', () => {
  const weigh = (input: Record<string, unknown>) =>
    mutate(
      graph,
      'recordMeldcodeWeighing',
      'RecordMeldcodeWeighingInput',
      input,
      BASIS,
      '... on MeldcodeWeighing { id }',
    );
  const report = (input: Record<string, unknown>) =>
    mutate(
      graph,
      'reportToVeiligThuis',
      'ReportToVeiligThuisInput',
      input,
      BASIS,
      '... on VeiligThuisEvent { id direction }',
    );

  it('reports only after a weighing that decided MELDEN, not before it', async () => {
    const assessmentId = (await assess({ ...fullAssessment, assessedOn: '2021-04-01' })).id as string;
    before = await counts(graph);
    await refused(
      await weigh({
        caseId: ONE,
        riskAssessmentId: assessmentId,
        outcome: 'MELDEN',
        weighedOn: '2021-03-31',
      }),
      'StepOutOfOrderError',
    );
    const niet = await weigh({
      caseId: ONE,
      riskAssessmentId: assessmentId,
      outcome: 'NIET_MELDEN',
      weighedOn: '2021-04-02',
    });
    const melden = await weigh({
      caseId: ONE,
      riskAssessmentId: assessmentId,
      outcome: 'MELDEN',
      weighedOn: '2021-04-03',
    });
    before = await counts(graph);
    await refused(
      await report({ caseId: ONE, meldcodeWeighingId: niet.id }),
      'ReportWithoutMeldenWeighingError',
    );
    await refused(
      await report({ caseId: ONE, meldcodeWeighingId: melden.id, reportedOn: '2021-04-02' }),
      'StepOutOfOrderError',
    );
    await refused(await report({ caseId: TWO, meldcodeWeighingId: melden.id }), 'NotFoundError');
    expect(await report({ caseId: ONE, meldcodeWeighingId: melden.id })).toMatchObject({
      __typename: 'VeiligThuisEvent',
      direction: 'MELDING',
    });
  });
});

describe('the Verwijsindex (BR-YS9)', () => {
  it('registers a child, records a match, contacts it once, not before the match, with the version read', async () => {
    const registration = await mutate(
      graph,
      'registerInVerwijsindex',
      'RegisterInVerwijsindexInput',
      { caseId: TWO, childId: 'client-child-a', registeredOn: '2021-03-01' },
      BASIS,
      '... on VerwijsindexRegistration { id }',
    );
    const match = await mutate(
      graph,
      'recordVerwijsindexMatch',
      'RecordVerwijsindexMatchInput',
      { registrationId: registration.id, organisationId: 'org-ggd', matchedOn: '2021-03-05' },
      BASIS,
      '... on VerwijsindexMatch { id version }',
    );
    expect(match).toMatchObject({ __typename: 'VerwijsindexMatch', version: 1 });
    before = await counts(graph);
    const contact = (input: Record<string, unknown>) =>
      mutate(
        graph,
        'recordMatchContact',
        'RecordMatchContactInput',
        input,
        BASIS,
        '... on VerwijsindexMatch { contactedOn version }',
      );
    const early = await refused(
      await contact({ matchId: match.id, contactedOn: '2021-03-04', expectedVersion: 1 }),
      'StepOutOfOrderError',
    );
    expect(early.message).toContain('2021-03-05');
    await refused(await contact({ matchId: match.id, expectedVersion: 3 }), 'VersionConflictError');
    await refused(
      await mutate(
        graph,
        'recordMatchContact',
        'RecordMatchContactInput',
        { matchId: match.id, contactedOn: '2021-03-06', expectedVersion: 1 },
        { ...BASIS, purpose: undefined },
      ),
      'PurposeRequiredError',
    );
    expect(await contact({ matchId: match.id, contactedOn: '2021-03-06', expectedVersion: 1 })).toMatchObject(
      {
        contactedOn: '2021-03-06',
        version: 2,
      },
    );
    await refused(await contact({ matchId: match.id, expectedVersion: 2 }), 'ValidationError');
  });

  it('refuses a child not of the case, a match before its registration, and another organisation’s key', async () => {
    const register = (input: Record<string, unknown>, caller = BASIS) =>
      mutate(
        graph,
        'registerInVerwijsindex',
        'RegisterInVerwijsindexInput',
        input,
        caller,
        '... on VerwijsindexRegistration { id }',
      );
    await refused(await register({ caseId: TWO, childId: 'client-child-c' }), 'ChildNotInCaseError');
    await refused(await register({ caseId: TWO, childId: 'client-child-a' }, OTHER), 'NotFoundError');
    const registration = await register({
      caseId: TWO,
      childId: 'client-child-b',
      registeredOn: '2021-04-01',
    });
    const match = (input: Record<string, unknown>, caller = BASIS) =>
      mutate(
        graph,
        'recordVerwijsindexMatch',
        'RecordVerwijsindexMatchInput',
        input,
        caller,
        '... on VerwijsindexMatch { id }',
      );
    before = await counts(graph);
    await refused(
      await match({ registrationId: registration.id, organisationId: 'org-ggd', matchedOn: '2021-03-31' }),
      'StepOutOfOrderError',
    );
    await refused(
      await match({ registrationId: registration.id, organisationId: 'org-ggd' }, OTHER),
      'NotFoundError',
    );
    const matched = await match({ registrationId: registration.id, organisationId: 'org-ggd' });
    before = await counts(graph);
    await refused(
      await mutate(
        graph,
        'recordMatchContact',
        'RecordMatchContactInput',
        { matchId: matched.id, expectedVersion: 1 },
        OTHER,
      ),
      'NotFoundError',
    );
  });
});

describe('a case conference (BR-YS10)', () => {
  it('needs at least two organisations', async () => {
    const hold = (ids: string[]) =>
      mutate(
        graph,
        'holdCaseConference',
        'HoldCaseConferenceInput',
        { caseId: TWO, participantOrganisationIds: ids, informationShared: true },
        BASIS,
        '... on CaseConference { id }',
      );
    await refused(await hold(['org-test-basis', 'org-test-basis']), 'NotMultidisciplinaryError');
    expect((await hold(['org-test-basis', 'org-test-jet'])).__typename).toBe('CaseConference');
  });
});

describe('a GI cooperation (BR-YS11)', () => {
  const start = (framework: string) =>
    mutate(
      graph,
      'startGiCooperation',
      'StartGiCooperationInput',
      { caseId: TWO, organisationId: 'org-test-gi', framework, startedOn: '2021-03-01' },
      JET,
      '... on GiCooperation { id version }',
    );
  const stepDown = (input: Record<string, unknown>) =>
    mutate(
      graph,
      'stepDownToVoluntaryFramework',
      'StepDownToVoluntaryFrameworkInput',
      input,
      JET,
      '... on GiCooperation { framework steppedDownOn version }',
    );

  it('steps down from the compulsory frame only, forward, not before the start, with the version read', async () => {
    const compulsory = await start('GEDWONGEN');
    const voluntary = await start('VRIJWILLIG');
    before = await counts(graph);
    await refused(
      await stepDown({ cooperationId: voluntary.id, expectedVersion: 1 }),
      'NotCompulsoryFrameworkError',
    );
    await refused(
      await stepDown({ cooperationId: compulsory.id, steppedDownOn: '2021-02-28', expectedVersion: 1 }),
      'StepOutOfOrderError',
    );
    await refused(
      await stepDown({ cooperationId: compulsory.id, expectedVersion: 2 }),
      'VersionConflictError',
    );
    expect(
      await stepDown({ cooperationId: compulsory.id, steppedDownOn: '2021-05-01', expectedVersion: 1 }),
    ).toEqual({
      __typename: 'GiCooperation',
      framework: 'VRIJWILLIG',
      steppedDownOn: '2021-05-01',
      version: 2,
    });
    await refused(
      await stepDown({ cooperationId: compulsory.id, expectedVersion: 2 }),
      'NotCompulsoryFrameworkError',
    );
    const other = await mutate(
      graph,
      'stepDownToVoluntaryFramework',
      'StepDownToVoluntaryFrameworkInput',
      { cooperationId: voluntary.id, expectedVersion: 1 },
      OTHER,
    );
    await refused(other, 'NotFoundError');
  });

  it('is with a partner budget knows: not a provider, not an unknown organisation, and not while budget is away', async () => {
    const start = (organisationId: string) =>
      mutate(
        graph,
        'startGiCooperation',
        'StartGiCooperationInput',
        { caseId: TWO, organisationId, framework: 'GEDWONGEN', startedOn: '2021-03-01' },
        JET,
        '... on NotCertifiedInstitutionError { kind }',
      );
    expect(await refused(await start('org-test-basis'), 'NotCertifiedInstitutionError')).toMatchObject({
      kind: 'PROVIDER',
    });
    await refused(await start('org-test-typo'), 'NotFoundError');
    graph.budget.failing = true;
    try {
      await refused(await start('org-test-gi-2'), 'OwnerUnavailableError');
    } finally {
      graph.budget.failing = false;
    }
  });

  it('lets the GI see the case but not allocate its safety tasks', async () => {
    const gi = { organisationId: 'org-test-gi', organisationKind: 'PARTNER' as const, purpose: JET.purpose };
    await refused(
      await mutate(
        graph,
        'startGiCooperation',
        'StartGiCooperationInput',
        { caseId: TWO, organisationId: 'org-test-gi', framework: 'VRIJWILLIG', startedOn: '2021-03-01' },
        gi,
      ),
      'NotCaseHolderError',
    );
    await refused(
      await allocate({ caseId: TWO, task: 'VERZOEK_TOT_ONDERZOEK', assignee: 'JET' }, gi),
      'SafetyTaskAllocationNotAllowedError',
    );
  });
});

describe('a Verzoek tot Onderzoek (BR-YS12)', () => {
  const file = (input: Record<string, unknown>, caller = JET) =>
    mutate(
      graph,
      'fileInvestigationRequest',
      'FileInvestigationRequestInput',
      input,
      caller,
      '... on InvestigationConditionsNotMetError { missingConditions } ... on InvestigationRequest { filedBy }',
    );
  const grounds = {
    caseId: TWO,
    developmentSeriouslyThreatened: true,
    parentsNotAcceptingCare: false,
    parentsNotExpectedToCope: true,
  };

  it('is refused without its two conditions, naming the missing one, storing nothing', async () => {
    const missing = await refused(
      await file({ ...grounds, developmentSeriouslyThreatened: false }),
      'InvestigationConditionsNotMetError',
    );
    expect(missing.missingConditions).toEqual(['DEVELOPMENT_SERIOUSLY_THREATENED']);
    const parents = await refused(
      await file({ ...grounds, parentsNotExpectedToCope: false }),
      'InvestigationConditionsNotMetError',
    );
    expect(parents.missingConditions).toEqual(['PARENTS_NOT_ACCEPTING_OR_COPING']);
  });

  it('is filed by the party its task is allocated to, and refused before that', async () => {
    await refused(await file(grounds), 'SafetyTaskNotAllocatedError');
    await allocate({ caseId: TWO, task: 'VERZOEK_TOT_ONDERZOEK', assignee: 'JET' }, JET);
    before = await counts(graph);
    await refused(await file(grounds, BASIS), 'SafetyTaskAllocatedElsewhereError');
    expect(await file({ ...grounds, jeugdbeschermingstafelOn: today() })).toMatchObject({
      __typename: 'InvestigationRequest',
      filedBy: 'JET',
    });
  });
});

describe('a closed case (BR-YS13, BR-Y13)', () => {
  it('takes no safety event, not even one dated before its closing', async () => {
    await graph.openCase('case-safety-closed', ['client-child-d'], '2021-01-01');
    await graph.closeCase('case-safety-closed', '2021-02-01');
    before = await counts(graph);
    for (const receivedOn of ['2021-01-15', '2021-02-02']) {
      const payload = await mutate(
        graph,
        'receiveVeiligThuisHandover',
        'ReceiveVeiligThuisHandoverInput',
        { caseId: 'case-safety-closed', receivedOn },
        MUNICIPALITY,
        '... on YouthCaseClosedError { caseId closedOn }',
      );
      expect(await refused(payload, 'YouthCaseClosedError')).toMatchObject({
        caseId: 'case-safety-closed',
        closedOn: '2021-02-01',
      });
    }
  });
});
