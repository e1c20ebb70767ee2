import { SCOPES } from '@mienskip/kit/scopes';
import { errorCodes } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meldcodeWeighings, riskAssessments, safetyPlans, youthCases } from '../../src/db/tables.ts';
import { counts, JET, MUNICIPALITY, mutate, type SafetyUnderTest, startSafety } from './helpers.ts';

let graph: SafetyUnderTest;
const CASE = 'case-privacy';

beforeAll(async () => {
  graph = await startSafety();
  await graph.openCase(CASE, ['client-priv-a', 'client-priv-b']);
  for (const childId of ['client-priv-a', 'client-priv-b']) {
    const assessed = await mutate(graph, 'recordRiskAssessment', 'RecordRiskAssessmentInput', {
      caseId: CASE,
      childId,
      adultProblemsAssessed: true,
      adultProblemsRisk: true,
      assessorId: 'worker-test-jet',
      outcome: 'ONVEILIG',
      assessedOn: '2021-03-01',
    });
    expect(assessed.__typename).toBe('RiskAssessment');
  }
  await mutate(graph, 'allocateSafetyTask', 'AllocateSafetyTaskInput', {
    caseId: CASE,
    task: 'VERZOEK_TOT_ONDERZOEK',
    assignee: 'JET',
  });
  const filed = await mutate(
    graph,
    'fileInvestigationRequest',
    'FileInvestigationRequestInput',
    {
      caseId: CASE,
      developmentSeriouslyThreatened: true,
      parentsNotAcceptingCare: true,
      parentsNotExpectedToCope: true,
    },
    JET,
  );
  expect(filed.__typename).toBe('InvestigationRequest');
});
afterAll(() => graph?.close());

const PERSONAL_READ = `{
  youthCase(id: "${CASE}") {
    riskAssessments { assessedOn child { id } outcome adultProblemsRisk }
    investigationRequests { filedBy developmentSeriouslyThreatened parentsNotAcceptingCare }
  }
}`;

/** The READ entries of the requests sent from now on. */
function readsFrom(start: number) {
  return graph.log.entries.slice(start).filter((entry) => entry.action === 'READ');
}

describe('personal safety fields (BR-YS15)', () => {
  it('logs one access-log entry per child for a read, whatever number of fields and rows touch it', async () => {
    const start = graph.log.entries.length;
    const { youthCase } = await graph.data<{
      youthCase: { riskAssessments: { child: { id: string }; outcome: string }[] };
    }>(PERSONAL_READ);
    expect(youthCase.riskAssessments.map((a) => [a.child.id, a.outcome]).sort()).toEqual([
      ['client-priv-a', 'ONVEILIG'],
      ['client-priv-b', 'ONVEILIG'],
    ]);
    const reads = readsFrom(start);
    expect(reads.map((entry) => entry.subjectId).sort()).toEqual(['client-priv-a', 'client-priv-b']);
    expect(reads.every((entry) => entry.subjectType === 'Client')).toBe(true);
    expect(reads.find((entry) => entry.subjectId === 'client-priv-a')?.fields).toEqual([
      'investigationRequest.developmentSeriouslyThreatened',
      'investigationRequest.parentsNotAcceptingCare',
      'riskAssessment.adultProblemsRisk',
      'riskAssessment.child',
      'riskAssessment.outcome',
    ]);
  });

  it('refuses a personal read without a Jeugdwet purpose, reading and logging nothing of it', async () => {
    const start = graph.log.entries.length;
    const response = await graph.subgraph.query<{
      youthCase: { riskAssessments: { assessedOn: string; outcome: string | null }[] };
    }>(PERSONAL_READ, { caller: { ...MUNICIPALITY, purpose: undefined } });
    expect(errorCodes(response)).toContain('FORBIDDEN');
    expect(response.body.errors?.[0]?.message).toContain('purpose');
    expect(response.body.data?.youthCase.riskAssessments[0]).toMatchObject({
      assessedOn: '2021-03-01',
      outcome: null,
    });
    expect(readsFrom(start)).toEqual([]);
  });

  it('refuses a personal read without the personal-data scope', async () => {
    const response = await graph.subgraph.query<{
      youthCase: { riskAssessments: { outcome: string | null }[] };
    }>(PERSONAL_READ, {
      caller: { ...MUNICIPALITY, scopes: SCOPES.filter((scope) => scope !== 'personal-data') },
    });
    expect(errorCodes(response)).toContain('FORBIDDEN');
    expect(response.body.data?.youthCase.riskAssessments[0]?.outcome).toBeNull();
  });

  it('logs a write for the child it is about before it commits, and a write the log refuses is not stored', async () => {
    const start = graph.log.entries.length;
    const signal = { caseId: CASE, childId: 'client-priv-b', signalledOn: '2021-03-02' };
    expect((await mutate(graph, 'recordSafetySignal', 'RecordSafetySignalInput', signal)).__typename).toBe(
      'SafetySignal',
    );
    expect(graph.log.entries.slice(start)).toEqual([
      expect.objectContaining({ subjectId: 'client-priv-b', action: 'WRITE', fields: ['safetySignal'] }),
    ]);
    const before = await counts(graph);
    graph.log.failing = true;
    try {
      const response = await graph.subgraph.query(
        'mutation ($input: RecordSafetySignalInput!) { recordSafetySignal(input: $input) { __typename } }',
        { variables: { input: signal }, caller: MUNICIPALITY },
      );
      expect(errorCodes(response)).toContain('ACCESS_LOG_UNAVAILABLE');
    } finally {
      graph.log.failing = false;
    }
    expect(await counts(graph)).toEqual(before);
  });

  it('logs a plan’s and a weighing’s personal value for the case’s children when their assessment is not found', async () => {
    // A plan and a weighing on the case whose assessment lies on a case the JET may not see.
    const db = graph.subgraph.database.db;
    await db.insert(youthCases).values({
      id: 'case-privacy-hidden',
      householdId: 'household-hidden',
      areaId: 'area-noord',
      route: 'BASIS',
      openedOn: '2021-02-01',
      openedByOrganisationId: 'org-test-elsewhere',
    });
    await db.insert(riskAssessments).values({
      id: 'risk-assessment-hidden',
      caseId: 'case-privacy-hidden',
      childId: 'client-hidden',
      assessedOn: '2021-03-01',
      assessorId: 'worker-test-jet',
      adultProblemsAssessed: true,
      adultProblemsRisk: false,
      outcome: 'ONVEILIG',
    });
    await db.insert(safetyPlans).values({
      id: 'safety-plan-orphan',
      caseId: CASE,
      riskAssessmentId: 'risk-assessment-hidden',
      drawnUpOn: '2021-03-02',
      madeWithFamily: true,
      followUpSteps: 'Vervolgstappen.',
      drawnUpBy: 'JET',
    });
    await db.insert(meldcodeWeighings).values({
      id: 'meldcode-weighing-orphan',
      caseId: CASE,
      riskAssessmentId: 'risk-assessment-hidden',
      weighedOn: '2021-03-02',
      outcome: 'NIET_MELDEN',
    });
    const start = graph.log.entries.length;
    const { youthCase } = await graph.data<{
      youthCase: {
        safetyPlans: { followUpSteps: string; riskAssessment: { id: string } | null }[];
        meldcodeWeighings: { outcome: string }[];
      };
    }>(
      `{ youthCase(id: "${CASE}") { safetyPlans { followUpSteps riskAssessment { id } } meldcodeWeighings { outcome } } }`,
      undefined,
      JET,
    );
    // The assessment answers as absent (null), not as an error.
    expect(youthCase.safetyPlans).toContainEqual({ followUpSteps: 'Vervolgstappen.', riskAssessment: null });
    const reads = readsFrom(start);
    for (const childId of ['client-priv-a', 'client-priv-b'])
      expect(reads.find((entry) => entry.subjectId === childId)?.fields).toEqual(
        expect.arrayContaining(['meldcodeWeighing.outcome', 'safetyPlan.followUpSteps']),
      );
  });
});
