import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AMARYLLIS,
  BASIS_WORKER,
  CURATIEF,
  clientWithOpenCase,
  type DebtUnderTest,
  freeAdults,
  MUNICIPALITY,
  startDebt,
  VOLUNTEER,
  WINDKRACHT,
} from './helpers.ts';
import {
  ADVANCE,
  ADVISE,
  AFTERCARE,
  ASSESS,
  CASE,
  type CaseView,
  CLOSE,
  END_REFERRAL,
  FIRST_CONVERSATION,
  OPEN,
  type Payload,
  REFER,
  REVIEW,
  VOLUNTEER_ON,
} from './operations.ts';

let graph: DebtUnderTest;
beforeAll(async () => {
  graph = await startDebt();
});
afterAll(() => graph?.close());

const run = async (operation: string, input: Record<string, unknown>, caller = AMARYLLIS) =>
  Object.values(await graph.data<Record<string, Payload>>(operation, { input }, caller))[0]!;
const view = async (id: string) => (await graph.data<CaseView>(CASE, { id })).debtCase!;
const caseCount = async () => {
  const rows = (await graph.subgraph.database.db.execute(
    sql`select count(*)::int as n from debt.debt_cases`,
  )) as unknown;
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows) as { n: number }[];
  return list[0]!.n;
};

describe('the issue’s check: a client with an open case (BR-DB1)', () => {
  it('answers OpenDebtCaseExistsError naming the case and changes nothing', async () => {
    const { clientId, caseId } = clientWithOpenCase(graph.world);
    const before = await caseCount();
    const response = await graph.subgraph.query<{ openDebtCase: Payload }>(
      `mutation { openDebtCase(input: { clientIds: ["${clientId}"], registeredOn: "2021-03-01" }) { __typename ... on Error { message } } }`,
      { caller: AMARYLLIS },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.openDebtCase.__typename).toBe('OpenDebtCaseExistsError');
    expect(response.body.data!.openDebtCase.message).toContain(caseId);
    expect(await caseCount()).toBe(before);
  });

  it('holds when two requests race: one case, the other the typed error', async () => {
    const { clientIds } = freeAdults(graph.world, 5);
    const before = await caseCount();
    const input = { clientIds: [clientIds[0]], registeredOn: '2022-06-01' };
    const answers = await Promise.all([run(OPEN, input), run(OPEN, input), run(OPEN, input)]);
    const types = answers.map((a) => a.__typename).sort();
    expect(types).toEqual(['DebtCase', 'OpenDebtCaseExistsError', 'OpenDebtCaseExistsError']);
    const opened = answers.find((a) => a.__typename === 'DebtCase')!;
    for (const refused of answers.filter((a) => a.__typename !== 'DebtCase'))
      expect(refused).toMatchObject({ clientId: clientIds[0], caseId: opened.id });
    expect(await caseCount()).toBe(before + 1);
  });
});

describe('a case from a signal (BR-DB30)', () => {
  it('refuses a signal that already led to a case, and one about another client', async () => {
    const linked = graph.world.debt.rows.debtCases.find((c) => c.signalId)!;
    const signal = graph.world.signals.debtSignals.find((s) => s.id === linked.signalId)!;
    const again = await run(OPEN, {
      clientIds: [signal.clientId],
      registeredOn: '2022-12-01',
      signalId: signal.id,
    });
    expect(again.__typename).toBe('SignalAlreadyLinkedError');
    const other = freeAdults(graph.world, 7);
    const used = new Set(graph.world.debt.rows.debtCases.map((c) => c.signalId));
    const unlinked = graph.world.signals.debtSignals.find(
      (s) => !used.has(s.id) && s.clientId !== other.clientIds[0],
    )!;
    const foreign = await run(OPEN, {
      clientIds: [other.clientIds[0]],
      registeredOn: '2022-12-01',
      signalId: unlinked.id,
    });
    expect(foreign.__typename).toBe('SignalOfOtherClientError');
  });

  it('opens a case from a signal of its client that led to none', async () => {
    const linked = new Set(graph.world.debt.rows.debtCases.map((c) => c.signalId));
    const taken = new Set(graph.world.debt.rows.debtCaseClients.map((c) => c.clientId));
    const signal = graph.world.signals.debtSignals.find((s) => !linked.has(s.id) && !taken.has(s.clientId))!;
    const opened = await run(OPEN, {
      clientIds: [signal.clientId],
      registeredOn: signal.receivedOn,
      signalId: signal.id,
    });
    expect(opened.__typename).toBe('DebtCase');
  });
});

describe('who the case is for and who registers it (BR-DB2, BR-DB3)', () => {
  it('registers two jointly liable partners of one household, refuses three and partners of two households', async () => {
    const pair = freeAdults(graph.world, 0);
    const other = freeAdults(graph.world, 1);
    const apart = await run(OPEN, {
      clientIds: [pair.clientIds[0], other.clientIds[0]],
      registeredOn: '2022-05-02',
    });
    expect(apart.__typename).toBe('DebtorsNotOneHouseholdError');
    const three = await run(OPEN, {
      clientIds: [...pair.clientIds, other.clientIds[1]],
      registeredOn: '2022-05-02',
    });
    expect(three.__typename).toBe('TooManyDebtorsError');
    const joint = await run(OPEN, { clientIds: pair.clientIds, registeredOn: '2022-05-02' });
    expect(joint).toMatchObject({
      __typename: 'DebtCase',
      phase: 'REGISTRATION',
      household: { id: pair.householdId },
      registeredBy: { id: 'org-amaryllis' },
    });
  });

  it('refuses a provider that is not the basis and a third party; the municipality registers', async () => {
    const pair = freeAdults(graph.world, 2);
    for (const caller of [WINDKRACHT, CURATIEF]) {
      const refused = await run(OPEN, { clientIds: [pair.clientIds[0]], registeredOn: '2022-05-02' }, caller);
      expect(refused.__typename).toBe('NotDebtCaseOpenerError');
    }
    const opened = await run(
      OPEN,
      { clientIds: [pair.clientIds[0]], registeredOn: '2022-05-02' },
      MUNICIPALITY,
    );
    expect(opened.__typename).toBe('DebtCase');
  });

  it('logs the write once per client before it commits, and rolls back when the log is down (BR-DB17)', async () => {
    const pair = freeAdults(graph.world, 3);
    const before = graph.log.batches.length;
    const opened = await run(OPEN, { clientIds: pair.clientIds, registeredOn: '2022-05-02' });
    expect(opened.__typename).toBe('DebtCase');
    const writes = graph.log.batches.slice(before).flatMap((b) => b.entries);
    for (const clientId of pair.clientIds)
      expect(writes.filter((e) => e.subjectId === clientId && e.action === 'WRITE')).toHaveLength(1);
    const next = freeAdults(graph.world, 4);
    const count = await caseCount();
    graph.log.failing = true;
    try {
      const response = await graph.subgraph.query(OPEN, {
        variables: { input: { clientIds: [next.clientIds[0]], registeredOn: '2022-05-02' } },
        caller: AMARYLLIS,
      });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('ACCESS_LOG_UNAVAILABLE');
    } finally {
      graph.log.failing = false;
    }
    expect(await caseCount()).toBe(count);
  });
});

describe('facts of other subgraphs, asked before the transaction', () => {
  it('asks clients once for both partners, and answers OwnerUnavailableError changing nothing when it is down', async () => {
    const pair = freeAdults(graph.world, 8);
    graph.clients.failing = true;
    const count = await caseCount();
    try {
      const refused = await run(OPEN, { clientIds: pair.clientIds, registeredOn: '2022-05-02' });
      expect(refused.__typename).toBe('OwnerUnavailableError');
    } finally {
      graph.clients.failing = false;
    }
    expect(await caseCount()).toBe(count);
    const before = graph.clients.lookups.length;
    expect((await run(OPEN, { clientIds: pair.clientIds, registeredOn: '2022-05-02' })).__typename).toBe(
      'DebtCase',
    );
    const calls = graph.clients.lookups.slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.representations.map((r) => r.id).sort()).toEqual([...pair.clientIds].sort());
  });
});

describe('a case through its phases (P9)', () => {
  let caseId: string;
  let version: number;
  const step = async (operation: string, input: Record<string, unknown>, caller = AMARYLLIS) => {
    const answer = await run(operation, { caseId, ...input }, caller);
    if (typeof answer.version === 'number') version = answer.version;
    return answer;
  };

  beforeAll(async () => {
    const pair = freeAdults(graph.world, 6);
    const opened = await run(OPEN, { clientIds: [pair.clientIds[0]], registeredOn: '2022-01-03' });
    caseId = opened.id!;
    version = opened.version!;
  });

  it('needs the intake before anything else (BR-DB6) and assesses only after it (BR-DB7)', async () => {
    expect(
      await step(ADVANCE, { phase: 'STABILISATION', on: '2022-01-20', expectedVersion: version }),
    ).toMatchObject({
      __typename: 'DebtPhaseSkippedError',
      missingPhase: 'INTAKE',
    });
    expect((await step(ASSESS, { severity: 'PROBLEMATISCH', complexity: 'PROBLEMATIC' })).__typename).toBe(
      'DebtIntakeRequiredError',
    );
  });

  it('records the first conversation within four weeks: the norm is MET (BR-DB15)', async () => {
    const answer = await step(FIRST_CONVERSATION, { on: '2022-01-20', expectedVersion: version });
    expect(answer).toMatchObject({ __typename: 'DebtCase', phase: 'INTAKE', withinFourWeeks: 'MET' });
  });

  it('refuses a stale version and a third party’s change (BR-DB4)', async () => {
    expect(
      (await step(ADVANCE, { phase: 'STABILISATION', on: '2022-02-01', expectedVersion: version - 1 }))
        .__typename,
    ).toBe('VersionConflictError');
    const assessed = await step(ASSESS, {
      severity: 'PROBLEMATISCH',
      complexity: 'PROBLEMATIC',
      expectedVersion: version,
    });
    expect(assessed).toMatchObject({ severity: 'PROBLEMATISCH', complexity: 'PROBLEMATIC' });
    // Changing an assessment without the version read is refused, so two cannot overwrite each other.
    expect(await step(ASSESS, { severity: 'BEGINNEND', complexity: 'SIMPLE' })).toMatchObject({
      __typename: 'ValidationError',
    });
    const { debtCase } = await graph.data<{ debtCase: { severity: string } }>(
      'query ($id: ID!) { debtCase(id: $id) { severity } }',
      { id: caseId },
    );
    expect(debtCase.severity).toBe('PROBLEMATISCH');
  });

  it('moves forward only (BR-DB5) and a solution names its kind', async () => {
    expect(
      (await step(ADVANCE, { phase: 'STABILISATION', on: '2022-02-01', expectedVersion: version })).phase,
    ).toBe('STABILISATION');
    expect(
      await step(ADVANCE, { phase: 'INTAKE', on: '2022-02-02', expectedVersion: version }),
    ).toMatchObject({
      __typename: 'DebtPhaseBackwardsError',
      phase: 'INTAKE',
      currentPhase: 'STABILISATION',
    });
    expect(
      (await step(ADVANCE, { phase: 'SOLUTION', on: '2022-05-01', expectedVersion: version })).__typename,
    ).toBe('ValidationError');
  });

  it('refers to curative debt help with a review day, and not to the basis itself (BR-DB10, BR-DB11)', async () => {
    const basis = await step(REFER, {
      kind: 'CURATIEVE_SCHULDHULPVERLENING',
      organisationId: 'org-amaryllis',
      startedOn: '2022-03-01',
      reviewOn: '2022-09-01',
    });
    expect(basis.__typename).toBe('NotDebtThirdPartyError');
    const tooLate = await step(REFER, {
      kind: 'CURATIEVE_SCHULDHULPVERLENING',
      organisationId: 'org-curatieve-schuldhulp',
      startedOn: '2022-03-01',
      reviewOn: '2023-06-01',
    });
    expect(tooLate.__typename).toBe('ValidationError');
    const referred = await step(REFER, {
      kind: 'CURATIEVE_SCHULDHULPVERLENING',
      organisationId: 'org-curatieve-schuldhulp',
      startedOn: '2022-03-01',
      reviewOn: '2022-09-01',
    });
    // Its review day has passed without a review: overdue.
    expect(referred).toMatchObject({
      __typename: 'DebtReferral',
      overdue: true,
      organisation: { id: 'org-curatieve-schuldhulp' },
    });
    const reviewed = await run(
      REVIEW,
      {
        referralId: referred.id,
        reviewedOn: '2022-08-15',
        nextReviewOn: '2023-08-01',
        expectedVersion: referred.version,
      },
      CURATIEF,
    );
    expect(reviewed).toMatchObject({ __typename: 'DebtReferral', reviewOn: '2023-08-01' });
  });

  it('lets the referred third party see the case but not steer it (BR-DB4, BR-DB9)', async () => {
    const seen = await graph.data<CaseView>(CASE, { id: caseId }, CURATIEF);
    expect(seen.debtCase?.id).toBe(caseId);
    version = seen.debtCase!.version;
    const refused = await step(
      ADVANCE,
      { phase: 'SOLUTION', on: '2022-05-01', solutionKind: 'SCHULDBEMIDDELING', expectedVersion: version },
      CURATIEF,
    );
    expect(refused.__typename).toBe('DebtCaseNotHeldError');
    const other = await graph.data<CaseView>(CASE, { id: caseId }, WINDKRACHT);
    expect(other.debtCase).toBeNull();
  });

  it('records a volunteer (the Jelle example) and refuses a worker who is none (BR-DB14)', async () => {
    expect(
      (await step(VOLUNTEER_ON, { workerId: BASIS_WORKER, task: 'ADMINISTRATIE', startedOn: '2022-02-01' }))
        .__typename,
    ).toBe('NotDebtVolunteerError');
    const assigned = await step(VOLUNTEER_ON, {
      workerId: VOLUNTEER,
      task: 'SCHULDREGELING_VOORBEREIDEN',
      startedOn: '2022-02-01',
    });
    expect(assigned).toMatchObject({ __typename: 'DebtCaseVolunteer', worker: { id: VOLUNTEER } });
  });

  it('records the municipality’s advice on beschermingsbewind (BR-DB13)', async () => {
    const advice = await step(ADVISE, { advisedOn: '2022-04-01', advice: 'POSITIEF' });
    expect(advice).toMatchObject({ __typename: 'GuardianshipAdvice', advice: 'POSITIEF' });
  });

  it('refuses outflow while a referral runs, then flows out after it ended (BR-DB8, BR-DB11)', async () => {
    version = (await view(caseId)).version;
    await step(ADVANCE, {
      phase: 'SOLUTION',
      on: '2022-05-01',
      solutionKind: 'SCHULDBEMIDDELING',
      expectedVersion: version,
    });
    await step(ADVANCE, { phase: 'AFTERCARE', on: '2022-10-01', expectedVersion: version });
    const outcome = await step(AFTERCARE, { outcome: 'STABIEL', expectedVersion: version });
    expect(outcome).toMatchObject({ __typename: 'DebtCase', aftercareOutcome: 'STABIEL' });
    const blocked = await step(CLOSE, {
      outflowOn: '2022-12-01',
      reason: 'AFGEROND',
      expectedVersion: version,
    });
    expect(blocked.__typename).toBe('DebtReferralOpenError');
    const [referral] = (await view(caseId)).referrals;
    const ended = await run(END_REFERRAL, {
      referralId: referral!.id,
      endedOn: '2022-11-15',
      expectedVersion: 2,
    });
    expect(ended).toMatchObject({ __typename: 'DebtReferral', endedOn: '2022-11-15' });
    const closed = await step(CLOSE, {
      outflowOn: '2022-12-01',
      reason: 'AFGEROND',
      expectedVersion: version,
    });
    expect(closed).toMatchObject({ __typename: 'DebtCase', phase: 'OUTFLOW', outflowReason: 'AFGEROND' });
    expect(
      (await step(ADVANCE, { phase: 'AFTERCARE', on: '2022-12-02', expectedVersion: version })).__typename,
    ).toBe('DebtCaseClosedError');
  });

  it('frees the client for a new case after outflow (debt_case_clients.open)', async () => {
    const pair = freeAdults(graph.world, 6);
    const again = await run(OPEN, { clientIds: [pair.clientIds[0]], registeredOn: '2022-12-05' });
    expect(again.__typename).toBe('DebtCase');
  });
});
