import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASIS,
  counts,
  JET,
  mutate,
  OTHER,
  type Payload,
  type SafetyUnderTest,
  startSafety,
} from './helpers.ts';

let graph: SafetyUnderTest;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const WORKLIST = `query ($first: Int) {
  jetWorklist {
    pendingVeiligThuisHandovers(first: $first) { case { id } receivedOn waitingDays handover { id direction } }
    riskAssessmentsWithoutSafetyPlan(first: $first) { id case { id } assessedOn }
  }
}`;
type Worklist = {
  jetWorklist: {
    pendingVeiligThuisHandovers: { case: { id: string } | null; receivedOn: string; waitingDays: number }[];
    riskAssessmentsWithoutSafetyPlan: { id: string; case: { id: string } | null; assessedOn: string }[];
  } | null;
};

async function handover(caseId: string, receivedOn: string) {
  const payload = await mutate(
    graph,
    'receiveVeiligThuisHandover',
    'ReceiveVeiligThuisHandoverInput',
    { caseId, receivedOn },
    JET,
    '... on VeiligThuisEvent { id }',
  );
  expect(payload.__typename).toBe('VeiligThuisEvent');
  return payload;
}

async function assessment(caseId: string, outcome: string, assessedOn: string): Promise<Payload> {
  const payload = await mutate(
    graph,
    'recordRiskAssessment',
    'RecordRiskAssessmentInput',
    {
      caseId,
      adultProblemsAssessed: true,
      adultProblemsRisk: false,
      assessorId: 'worker-test-jet',
      outcome,
      assessedOn,
    },
    BASIS,
    '... on RiskAssessment { id }',
  );
  expect(payload.__typename).toBe('RiskAssessment');
  return payload;
}

beforeAll(async () => {
  graph = await startSafety();
  await graph.openCase('case-wl-1', ['client-wl-1']);
  await graph.openCase('case-wl-2', ['client-wl-2']);
  await graph.openCase('case-wl-closed', ['client-wl-3']);
});
afterAll(() => graph?.close());

describe('the JET’s worklist (BR-YS8, BR-YS14)', () => {
  it('lists a handover whose case has no VEILIG_THUIS_OVERDRACHT allocation, with the days it has waited', async () => {
    await handover('case-wl-1', daysAgo(10));
    const { jetWorklist } = await graph.data<Worklist>(WORKLIST, {}, JET);
    expect(jetWorklist?.pendingVeiligThuisHandovers).toEqual([
      expect.objectContaining({ case: { id: 'case-wl-1' }, receivedOn: daysAgo(10), waitingDays: 10 }),
    ]);
  });

  it('drops the handover once the task is allocated to BASIS or JET', async () => {
    await handover('case-wl-2', daysAgo(3));
    const allocated = await mutate(
      graph,
      'allocateSafetyTask',
      'AllocateSafetyTaskInput',
      { caseId: 'case-wl-1', task: 'VEILIG_THUIS_OVERDRACHT', assignee: 'BASIS' },
      JET,
      '... on SafetyTaskAllocation { assignee }',
    );
    expect(allocated.__typename).toBe('SafetyTaskAllocation');
    const { jetWorklist } = await graph.data<Worklist>(WORKLIST, {}, JET);
    expect(jetWorklist?.pendingVeiligThuisHandovers.map((p) => p.case?.id)).toEqual(['case-wl-2']);
    const { safetyTasksByAssignee } = await graph.data<{
      safetyTasksByAssignee: { task: string; case: { id: string } }[];
    }>('{ safetyTasksByAssignee(assignee: BASIS) { task case { id } } }', {}, JET);
    expect(safetyTasksByAssignee).toEqual([{ task: 'VEILIG_THUIS_OVERDRACHT', case: { id: 'case-wl-1' } }]);
  });

  it('lists assessments with concerns or unsafety that have no plan, on open cases only', async () => {
    const zorgen = await assessment('case-wl-1', 'ZORGEN', '2021-03-01');
    await assessment('case-wl-1', 'GEEN_ZORGEN', '2021-03-02');
    const onveilig = await assessment('case-wl-2', 'ONVEILIG', '2021-03-03');
    const planned = await assessment('case-wl-2', 'ONVEILIG', '2021-03-04');
    await assessment('case-wl-closed', 'ONVEILIG', '2021-03-05');
    await graph.closeCase('case-wl-closed', '2021-04-01');
    await mutate(
      graph,
      'allocateSafetyTask',
      'AllocateSafetyTaskInput',
      { caseId: 'case-wl-2', task: 'VEILIGHEIDS_EN_HERSTELPLAN', assignee: 'JET' },
      JET,
    );
    const plan = await mutate(
      graph,
      'createSafetyPlan',
      'CreateSafetyPlanInput',
      { caseId: 'case-wl-2', riskAssessmentId: planned.id, madeWithFamily: true, followUpSteps: 'Afspraken' },
      JET,
    );
    expect(plan.__typename).toBe('SafetyPlan');
    const { jetWorklist } = await graph.data<Worklist>(WORKLIST, {}, JET);
    expect(jetWorklist?.riskAssessmentsWithoutSafetyPlan.map((a) => a.id)).toEqual([zorgen.id, onveilig.id]);
    const { jetWorklist: first } = await graph.data<Worklist>(WORKLIST, { first: 1 }, JET);
    expect(first?.riskAssessmentsWithoutSafetyPlan.map((a) => a.id)).toEqual([zorgen.id]);
  });

  it('reads a page in the same number of statements whatever its length (no N+1)', async () => {
    // Each list on its own: the two lists' cases may batch together or not, depending on timing.
    const lists = [
      '{ jetWorklist { pendingVeiligThuisHandovers { case { id } waitingDays handover { id } } } }',
      '{ jetWorklist { riskAssessmentsWithoutSafetyPlan { id case { id } } } }',
    ];
    const statements = async () => {
      const perList: number[] = [];
      for (const list of lists) {
        const before = graph.subgraph.database.statementCount;
        await graph.data(list, {}, JET);
        perList.push(graph.subgraph.database.statementCount - before);
      }
      return perList;
    };
    const few = await statements();
    for (const n of [1, 2, 3]) {
      await graph.openCase(`case-wl-more-${n}`, [`client-wl-more-${n}`]);
      await handover(`case-wl-more-${n}`, daysAgo(n));
      await assessment(`case-wl-more-${n}`, 'ZORGEN', '2021-03-10');
    }
    expect(few).toEqual([2, 2]); // the list, then its cases in one batch
    expect(await statements()).toEqual(few);
  });
});

describe('visibility (BR-Y10)', () => {
  it('shows another organisation’s key none of it', async () => {
    const { jetWorklist } = await graph.data<Worklist>(WORKLIST, {}, OTHER);
    expect(jetWorklist).toEqual({ pendingVeiligThuisHandovers: [], riskAssessmentsWithoutSafetyPlan: [] });
    const tasks = await graph.data<{ safetyTasksByAssignee: unknown[] }>(
      '{ safetyTasksByAssignee(assignee: JET) { task } }',
      {},
      OTHER,
    );
    expect(tasks.safetyTasksByAssignee).toEqual([]);
    const { youthCase } = await graph.data<{ youthCase: unknown }>(
      '{ youthCase(id: "case-wl-1") { id safetySignals { id } } }',
      {},
      OTHER,
    );
    expect(youthCase).toBeNull();
  });

  it('refuses another organisation’s writes as if the case did not exist, storing nothing', async () => {
    const before = await counts(graph);
    const signal = await mutate(
      graph,
      'recordSafetySignal',
      'RecordSafetySignalInput',
      { caseId: 'case-wl-1', childId: 'client-wl-1' },
      OTHER,
    );
    expect(signal.__typename).toBe('NotFoundError');
    const allocation = await mutate(
      graph,
      'allocateSafetyTask',
      'AllocateSafetyTaskInput',
      { caseId: 'case-wl-2', task: 'VEILIG_THUIS_OVERDRACHT', assignee: 'JET' },
      OTHER,
    );
    expect(allocation.__typename).toBe('NotFoundError');
    expect(await counts(graph)).toEqual(before);
  });

  it('reads the safety lists of a page of cases in the same number of statements whatever its length', async () => {
    const LISTS = `query ($first: Int) { youthCases(first: $first) { edges { node { id
      safetySignals { id } riskAssessments { id } safetyPlans { id } meldcodeWeighings { id }
      veiligThuisEvents { id } verwijsindexRegistrations { id matches { id } } caseConferences { id }
      giCooperations { id } investigationRequests { id } safetyTaskAllocations { task }
    } } } }`;
    const statements = async (first: number) => {
      const before = graph.subgraph.database.statementCount;
      const data = await graph.data<{ youthCases: { edges: unknown[] } }>(LISTS, { first }, JET);
      return {
        cases: data.youthCases.edges.length,
        statements: graph.subgraph.database.statementCount - before,
      };
    };
    const one = await statements(1);
    const many = await statements(6);
    expect(one.cases).toBe(1);
    expect(many.cases).toBeGreaterThan(3);
    expect(many.statements).toBe(one.statements);
  });

  it('lists the case’s safety events for a key involved in it', async () => {
    const { youthCase } = await graph.data<{
      youthCase: { veiligThuisEvents: { direction: string }[]; safetyTaskAllocations: { task: string }[] };
    }>(
      '{ youthCase(id: "case-wl-1") { veiligThuisEvents { direction } safetyTaskAllocations { task assignee } } }',
      {},
      BASIS,
    );
    expect(youthCase.veiligThuisEvents).toEqual([{ direction: 'OVERDRACHT' }]);
    expect(youthCase.safetyTaskAllocations).toEqual([{ task: 'VEILIG_THUIS_OVERDRACHT', assignee: 'BASIS' }]);
  });
});
