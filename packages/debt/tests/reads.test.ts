import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fourWeekNorm } from '../src/domain/norms.ts';
import {
  AMARYLLIS,
  CURATIEF,
  type DebtUnderTest,
  MUNICIPALITY,
  STATISTICS_ONLY,
  startDebt,
  WINDKRACHT,
} from './helpers.ts';

let graph: DebtUnderTest;
beforeAll(async () => {
  graph = await startDebt();
});
afterAll(() => graph?.close());

const LIST = `query ($first: Int!, $phase: DebtPhase, $open: Boolean) {
  debtCases(first: $first, phase: $phase, open: $open) { totalCount edges { node {
    id phase withinFourWeeks registeredBy { id } household { id } area { id }
    referrals { id organisation { id } overdue } guardianshipAdvices { id advice } volunteers { id worker { id } }
    clients { id }
  } } }
}`;

type Node = {
  id: string;
  phase: string;
  referrals: { organisation: { id: string } }[];
  clients: { id: string }[] | null;
};
type Page = { debtCases: { totalCount: number | null; edges: { node: Node }[] } };

describe('debt cases: lists and sight (BR-DB9)', () => {
  it('lists a page with its events and clients in statements that do not grow with the page', async () => {
    const statements = async (first: number) => {
      const before = graph.subgraph.database.statementCount;
      const data = await graph.data<Page>(LIST, { first });
      expect(data.debtCases.edges).toHaveLength(first);
      return graph.subgraph.database.statementCount - before;
    };
    const small = await statements(5);
    const large = await statements(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });

  it('shows the curative debt-help organisation only the cases referred to it', async () => {
    const own = await graph.data<Page>(LIST, { first: 100 }, CURATIEF);
    const referred = new Set(
      graph.world.debt.rows.debtReferrals
        .filter((r) => r.organisationId === 'org-curatieve-schuldhulp')
        .map((r) => r.caseId),
    );
    expect(referred.size).toBeGreaterThan(0);
    expect(own.debtCases.totalCount).toBe(Math.round(referred.size / 5) * 5);
    for (const { node } of own.debtCases.edges) {
      expect(referred.has(node.id)).toBe(true);
      expect(node.referrals.some((r) => r.organisation.id === 'org-curatieve-schuldhulp')).toBe(true);
    }
    const none = await graph.data<Page>(LIST, { first: 10 }, WINDKRACHT);
    expect(none.debtCases.edges).toHaveLength(0);
  });

  it('filters by phase (derived from the dates) and openness', async () => {
    const data = await graph.data<Page>(LIST, { first: 100, phase: 'SOLUTION', open: true });
    const expected = graph.world.debt.rows.debtCases.filter(
      (c) => c.solutionOn && !c.aftercareOn && !c.outflowOn,
    ).length;
    expect(data.debtCases.totalCount).toBe(expected);
    for (const { node } of data.debtCases.edges) expect(node.phase).toBe('SOLUTION');
  });

  it('computes the four-week norm per case as the rule does (BR-DB15)', async () => {
    const [seeded] = graph.world.debt.rows.debtCases;
    const data = await graph.data<{ debtCase: { withinFourWeeks: string } }>(
      `query ($id: ID!) { debtCase(id: $id) { withinFourWeeks } }`,
      { id: seeded!.id },
    );
    expect(data.debtCase.withinFourWeeks).toBe(
      fourWeekNorm(seeded!.registeredOn, seeded!.intakeOn ?? null, new Date().toISOString().slice(0, 10)),
    );
  });
});

describe('the clients of a case are personal (BR-DB17)', () => {
  const CLIENTS = `query ($id: ID!) { debtCase(id: $id) { id clients { id } } }`;

  it('refuses them without personal-data, logging nothing', async () => {
    const [seeded] = graph.world.debt.cases;
    const before = graph.log.entries.length;
    const response = await graph.subgraph.query<{ debtCase: { clients: null } }>(CLIENTS, {
      variables: { id: seeded!.id },
      caller: { scopes: ['debt:read'] },
    });
    expect(response.body.data?.debtCase?.clients).toBeNull();
    expect(response.body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(graph.log.entries.length).toBe(before);
  });

  it('logs the read once per client of a joint case', async () => {
    const seeded = graph.world.debt.cases.find((c) => c.clientIds.length === 2)!;
    const before = graph.log.batches.length;
    const data = await graph.data<{ debtCase: { clients: { id: string }[] } }>(CLIENTS, { id: seeded.id });
    expect(data.debtCase.clients.map((c) => c.id).sort()).toEqual([...seeded.clientIds].sort());
    const entries = graph.log.batches.slice(before).flatMap((b) => b.entries);
    for (const clientId of seeded.clientIds) {
      const mine = entries.filter((e) => e.subjectId === clientId && e.action === 'READ');
      expect(mine).toHaveLength(1);
      expect(mine[0]!.fields).toContain('debtCases');
    }
  });

  it('answers Client.debtCases (logged) and Household.debtCases through the entities', async () => {
    const seeded = graph.world.debt.cases[0]!;
    const clientId = seeded.clientIds[0]!;
    const before = graph.log.entries.length;
    const data = await graph.data<{ _entities: { debtCases: { id: string }[] }[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Client { debtCases { id } } ... on Household { debtCases { id } } } }`,
      {
        reps: [
          { __typename: 'Client', id: clientId },
          { __typename: 'Household', id: seeded.householdId },
        ],
      },
    );
    expect(data._entities[0]!.debtCases.map((c) => c.id)).toContain(seeded.id);
    expect(data._entities[1]!.debtCases.map((c) => c.id)).toContain(seeded.id);
    expect(graph.log.entries.slice(before).some((e) => e.subjectId === clientId && e.action === 'READ')).toBe(
      true,
    );
  });
});

describe('the debt caseload clients asks for (BR-DB18)', () => {
  const CASELOAD = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on DebtCaseload { id householdIds } } }`;
  const reps = [{ __typename: 'DebtCaseload', id: 'org-curatieve-schuldhulp' }];

  it('gives a service and the organisation itself the households of its open referred cases', async () => {
    const { rows } = graph.world.debt;
    const open = new Set(rows.debtCases.filter((c) => !c.outflowOn).map((c) => c.id));
    const expected = new Set(
      rows.debtReferrals
        .filter((r) => r.organisationId === 'org-curatieve-schuldhulp' && open.has(r.caseId))
        .map((r) => rows.debtCases.find((c) => c.id === r.caseId)!.householdId),
    );
    for (const caller of [{ keyId: 'service:clients', scopes: ['debt:read' as const] }, CURATIEF]) {
      const data = await graph.data<{ _entities: { householdIds: string[] }[] }>(CASELOAD, { reps }, caller);
      const households = data._entities[0]!.householdIds;
      for (const id of expected) expect(households).toContain(id);
    }
    const other = await graph.data<{ _entities: (object | null)[] }>(CASELOAD, { reps }, AMARYLLIS);
    expect(other._entities[0]).toBeNull();
  });
});

describe('debt statistics (BR-DB16)', () => {
  const ISSUE = `{ debtStatistics(from: "2021-01-01", to: "2021-12-31") { casesByPhase { phase cases { value secret rounded } } withinFourWeeks { value secret rounded } crisesWithinThreeWorkingDays { value secret rounded } } }`;
  const FULL = `query ($from: Date!, $to: Date!) { debtStatistics(from: $from, to: $to) {
    casesByPhase { phase cases { value } }
    withinFourWeeks { value } fourWeekNormCases { value } stillInsideFourWeeks { value }
    crisesWithinThreeWorkingDays { value } crisesDecided { value } crisesPending { value }
    signalsByKind { kind signals { value } reached { value } }
    referralsByKind { kind referrals { value } averageDays }
    outflowByReason { reason cases { value } }
  } }`;
  type Count = { value: number | null; secret?: boolean; rounded?: boolean };
  type Full = {
    debtStatistics: {
      casesByPhase: { phase: string; cases: Count }[];
      withinFourWeeks: Count;
      fourWeekNormCases: Count;
      stillInsideFourWeeks: Count;
      crisesWithinThreeWorkingDays: Count;
      crisesDecided: Count;
      crisesPending: Count;
      signalsByKind: { kind: string; signals: Count; reached: Count }[];
      referralsByKind: { kind: string; referrals: Count; averageDays: number | null }[];
      outflowByReason: { reason: string; cases: Count }[];
    };
  };

  it('answers the issue’s query to a statistics-only key under the CBS rule, every phase listed', async () => {
    const data = await graph.data<{
      debtStatistics: {
        casesByPhase: { phase: string; cases: Count }[];
        withinFourWeeks: Count;
        crisesWithinThreeWorkingDays: Count;
      };
    }>(ISSUE, undefined, STATISTICS_ONLY);
    const stats = data.debtStatistics;
    expect(stats.casesByPhase.map((p) => p.phase)).toEqual([
      'REGISTRATION',
      'INTAKE',
      'STABILISATION',
      'SOLUTION',
      'AFTERCARE',
      'OUTFLOW',
    ]);
    for (const count of [
      ...stats.casesByPhase.map((p) => p.cases),
      stats.withinFourWeeks,
      stats.crisesWithinThreeWorkingDays,
    ])
      expect(count.secret ? count.value === null : count.rounded && count.value! % 5 === 0).toBe(true);
    expect(stats.withinFourWeeks.value).toBeGreaterThan(0);
  });

  it('counts exactly for personal-data what the seed holds: norms, signals, referrals and outflow', async () => {
    const { rows } = graph.world.debt;
    const data = await graph.data<Full>(FULL, { from: '2021-01-01', to: '2021-12-31' });
    const s = data.debtStatistics;
    const in2021 = rows.debtCases.filter(
      (c) => c.registeredOn >= '2021-01-01' && c.registeredOn <= '2021-12-31',
    );
    const today = new Date().toISOString().slice(0, 10);
    const norms = in2021.map((c) => fourWeekNorm(c.registeredOn, c.intakeOn ?? null, today));
    expect(s.withinFourWeeks.value).toBe(norms.filter((n) => n === 'MET').length);
    expect(s.fourWeekNormCases.value).toBe(norms.filter((n) => n !== 'PENDING').length);
    expect(s.stillInsideFourWeeks.value).toBe(0);
    const crises = rows.debtCrises.filter(
      (c) => c.reportedOn >= '2021-01-01' && c.reportedOn <= '2021-12-31',
    );
    expect(s.crisesDecided.value! + s.crisesPending.value!).toBe(crises.length);
    expect(s.crisesWithinThreeWorkingDays.value).toBeGreaterThan(0);
    expect(s.signalsByKind.map((k) => k.kind)).toEqual(['VROEG', 'LAAT']);
    const signals = graph.world.signals.debtSignals.filter(
      (x) => x.receivedOn >= '2021-01-01' && x.receivedOn <= '2021-12-31',
    );
    expect(s.signalsByKind.reduce((sum, k) => sum + k.signals.value!, 0)).toBe(signals.length);
    expect(s.referralsByKind).toHaveLength(4);
    const curative = rows.debtReferrals.filter(
      (r) =>
        r.kind === 'CURATIEVE_SCHULDHULPVERLENING' &&
        r.startedOn >= '2021-01-01' &&
        r.startedOn <= '2021-12-31',
    );
    expect(s.referralsByKind[0]!.referrals.value).toBe(curative.length);
    expect(s.outflowByReason).toHaveLength(9);
    const outflow = rows.debtCases.filter(
      (c) => c.outflowOn && c.outflowOn >= '2021-01-01' && c.outflowOn <= '2021-12-31',
    );
    expect(s.outflowByReason.reduce((sum, r) => sum + r.cases.value!, 0)).toBe(outflow.length);
    const running = rows.debtCases.filter(
      (c) => c.registeredOn <= '2021-12-31' && (!c.outflowOn || c.outflowOn >= '2021-01-01'),
    );
    expect(s.casesByPhase.reduce((sum, p) => sum + p.cases.value!, 0)).toBe(running.length);
  });

  it('counts for a third party only the cases referred to it (BR-DB9)', async () => {
    const { rows } = graph.world.debt;
    const data = await graph.data<Full>(
      FULL,
      { from: '2021-01-01', to: '2022-12-31' },
      { ...CURATIEF, scopes: ['statistics', 'personal-data'] },
    );
    const referred = new Set(
      rows.debtReferrals.filter((r) => r.organisationId === 'org-curatieve-schuldhulp').map((r) => r.caseId),
    );
    const running = rows.debtCases.filter((c) => referred.has(c.id));
    const counted = data.debtStatistics.casesByPhase.reduce((sum, p) => sum + p.cases.value!, 0);
    expect(counted).toBe(running.length);
    expect(data.debtStatistics.referralsByKind.find((k) => k.kind === 'BUDGETBEHEER')!.referrals.value).toBe(
      rows.debtReferrals.filter((r) => r.kind === 'BUDGETBEHEER' && referred.has(r.caseId)).length,
    );
  });

  it('refuses part of a month without personal-data, and a key without the statistics scope', async () => {
    const partial = await graph.subgraph.query(FULL, {
      variables: { from: '2021-01-05', to: '2021-12-31' },
      caller: STATISTICS_ONLY,
    });
    expect(partial.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forbidden = await graph.subgraph.query(FULL, {
      variables: { from: '2021-01-01', to: '2021-12-31' },
      caller: { scopes: ['debt:read'] },
    });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads in statements that do not grow with the period', async () => {
    const statements = async (to: string) => {
      const before = graph.subgraph.database.statementCount;
      await graph.data<Full>(FULL, { from: '2021-01-01', to }, MUNICIPALITY);
      return graph.subgraph.database.statementCount - before;
    };
    expect(await statements('2021-01-31')).toBe(await statements('2022-12-31'));
  });
});
