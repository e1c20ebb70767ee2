import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AMARYLLIS,
  BASIS_WORKER,
  freeHousehold,
  JET,
  JET_MEMBER,
  OTHER_JET_MEMBER,
  PROVIDER,
  startYouth,
  VOLUNTEER,
  WINDKRACHT,
  type YouthUnderTest,
} from './helpers.ts';
import {
  AGREE,
  APPOINT,
  CASE,
  type CaseView,
  CLOSE,
  CONSULT,
  DECIDE,
  END_LIGHT,
  END_REFERRAL,
  OPEN,
  type Payload,
  REFER,
  START_LIGHT,
} from './operations.ts';

let graph: YouthUnderTest;
beforeAll(async () => {
  graph = await startYouth();
});
afterAll(() => graph?.close());

const run = async (operation: string, input: Record<string, unknown>, caller = AMARYLLIS) =>
  Object.values(await graph.data<Record<string, Payload>>(operation, { input }, caller))[0]!;
const view = async (id: string) => (await graph.data<CaseView>(CASE, { id })).youthCase!;

describe('a youth case from opening to referral (P8)', () => {
  let caseId: string;
  let household: ReturnType<typeof freeHousehold>;

  beforeAll(() => {
    household = freeHousehold(graph.world, true);
  });

  it('opens a case for young persons of the household asked of clients, and refuses a parent (BR-Y1)', async () => {
    const parent = await run(OPEN, {
      householdId: household.id,
      childIds: [household.parent],
      route: 'BASIS',
      openedOn: '2022-03-01',
    });
    expect(parent.__typename).toBe('ChildNotInHouseholdError');
    const opened = await run(OPEN, {
      householdId: household.id,
      childIds: household.children.slice(0, 1),
      route: 'BASIS',
      openedOn: '2022-03-01',
    });
    expect(opened).toMatchObject({ __typename: 'YouthCase', route: 'BASIS', version: 1 });
    caseId = opened.id!;
    expect((await view(caseId)).openedBy).toEqual({ id: 'org-amaryllis' });
  });

  it('starts light parenting support at once, without beschikking, consultation or decision (R-004-12)', async () => {
    const started = await run(START_LIGHT, {
      caseId,
      goals: ['GEZINSCOMMUNICATIE', 'INFORMATIE_EN_ADVIES'],
      startedOn: '2022-03-01',
      workerId: BASIS_WORKER,
    });
    expect(started).toMatchObject({
      __typename: 'LightParentingSupport',
      goals: ['INFORMATIE_EN_ADVIES', 'GEZINSCOMMUNICATIE'],
      organisation: { id: 'org-amaryllis' },
    });
    const refused = await run(START_LIGHT, { caseId, goals: ['GEZINSCOMMUNICATIE'], workerId: VOLUNTEER });
    expect(refused.__typename).toBe('NotBasisWorkerError');
    expect((await view(caseId)).lightSupport).toHaveLength(1);
  });

  it('records the JET expert’s consultation, after which the JET sees the case (BR-Y3, BR-Y10)', async () => {
    expect((await graph.data<CaseView>(CASE, { id: caseId }, JET)).youthCase).toBeNull();
    const consulted = await run(CONSULT, {
      caseId,
      consultedOn: '2022-03-10',
      expertId: JET_MEMBER,
      advice: 'Jeugdhulp overwegen.',
    });
    expect(consulted).toMatchObject({ __typename: 'JetConsultation', expertOrganisation: { id: 'org-jet' } });
    expect((await graph.data<CaseView>(CASE, { id: caseId }, JET)).youthCase?.id).toBe(caseId);
  });

  it('lets only the municipality or the worker’s own organisation start light support (BR-Y17)', async () => {
    const before = await view(caseId);
    const refused = await run(
      START_LIGHT,
      { caseId, goals: ['GEZINSCOMMUNICATIE'], startedOn: '2022-03-10', workerId: BASIS_WORKER },
      JET,
    );
    expect(refused.__typename).toBe('NotCaseHolderError');
    expect(await view(caseId)).toEqual(before);
  });

  it('refuses a Jeugdwet decision by a non-JET key and one without a process director, changing nothing', async () => {
    const before = await view(caseId);
    const input = {
      caseId,
      decidedOn: '2022-03-20',
      decidedById: JET_MEMBER,
      route: 'JEUGDWET',
      support: 'Ambulante jeugdhulp',
      processDirectorId: OTHER_JET_MEMBER,
    };
    expect((await run(DECIDE, input, AMARYLLIS)).__typename).toBe('NotJetError');
    expect((await run(DECIDE, { ...input, processDirectorId: null }, JET)).__typename).toBe(
      'ProcessDirectorRequiredError',
    );
    expect((await run(DECIDE, { ...input, processDirectorId: BASIS_WORKER }, JET)).__typename).toBe(
      'NotJetMemberError',
    );
    expect((await run(DECIDE, { ...input, expectedVersion: before.version - 1 }, JET)).__typename).toBe(
      'VersionConflictError',
    );
    expect(await view(caseId)).toEqual(before);
  });

  it('refuses a referral before the JET put the case on the Jeugdwet route (BR-Y12)', async () => {
    const refused = await run(REFER, {
      caseId,
      organisationId: 'org-jeugdhulpaanbieder',
      referredOn: '2022-03-25',
    });
    expect(refused.__typename).toBe('NotJeugdwetCaseError');
  });

  it('lets the JET decide Jeugdwet support with a procesregisseur (BR-Y2, BR-Y4)', async () => {
    const decided = await run(
      DECIDE,
      {
        caseId,
        decidedOn: '2022-03-20',
        decidedById: JET_MEMBER,
        route: 'JEUGDWET',
        support: 'Ambulante jeugdhulp',
        processDirectorId: OTHER_JET_MEMBER,
      },
      JET,
    );
    expect(decided).toMatchObject({
      __typename: 'JetDecision',
      route: 'JEUGDWET',
      youthCase: { route: 'JEUGDWET', processDirector: { id: OTHER_JET_MEMBER } },
    });
  });

  it('refers only after a JET consultation on or before that day (R-004-13), to a provider, which then sees the case', async () => {
    const before = await view(caseId);
    const early = await run(REFER, {
      caseId,
      organisationId: 'org-jeugdhulpaanbieder',
      referredOn: '2022-03-05',
    });
    expect(early.__typename).toBe('ReferralWithoutConsultationError');
    const partner = await run(REFER, {
      caseId,
      organisationId: 'org-veilig-thuis',
      referredOn: '2022-03-25',
    });
    expect(partner.__typename).toBe('NotYouthCareProviderError');
    expect(await view(caseId)).toEqual(before);
    expect((await graph.data<CaseView>(CASE, { id: caseId }, PROVIDER)).youthCase).toBeNull();
    const referred = await run(REFER, {
      caseId,
      organisationId: 'org-jeugdhulpaanbieder',
      referredOn: '2022-03-25',
    });
    expect(referred).toMatchObject({
      __typename: 'YouthReferral',
      organisation: { id: 'org-jeugdhulpaanbieder' },
    });
    expect((await graph.data<CaseView>(CASE, { id: caseId }, PROVIDER)).youthCase?.id).toBe(caseId);
    expect((await graph.data<CaseView>(CASE, { id: caseId }, WINDKRACHT)).youthCase).toBeNull();
    // The provider sees the case now, but does not refer it on (BR-Y17).
    const seen = await view(caseId);
    const onward = await run(
      REFER,
      { caseId, organisationId: 'org-windkracht058', referredOn: '2022-03-26' },
      PROVIDER,
    );
    expect(onward.__typename).toBe('NotCaseHolderError');
    expect(await view(caseId)).toEqual(seen);
    expect((await graph.data<CaseView>(CASE, { id: caseId }, WINDKRACHT)).youthCase).toBeNull();
    const ended = await run(END_REFERRAL, { referralId: referred.id, endedOn: '2022-06-01' });
    expect(ended).toMatchObject({ __typename: 'YouthReferral', endedOn: '2022-06-01' });
  });

  it('agrees combined regie with the household’s Wmo regievoerder, replacing the agreement in force (BR-Y6)', async () => {
    const first = await run(AGREE, { caseId, lead: 'PROCESREGISSEUR', agreedOn: '2022-04-01' });
    expect(first).toMatchObject({
      __typename: 'CombinedRegieAgreement',
      processDirector: { id: OTHER_JET_MEMBER },
    });
    expect(first.wmoRegievoerder).not.toBeNull();
    const second = await run(AGREE, { caseId, lead: 'WMO_REGIEVOERDER', agreedOn: '2022-05-01' });
    expect(second.__typename).toBe('CombinedRegieAgreement');
    expect((await view(caseId)).combinedRegie).toEqual({ id: second.id, lead: 'WMO_REGIEVOERDER' });
  });

  it('lets only the JET appoint another of its members, on a stale version not at all', async () => {
    const { version } = await view(caseId);
    const input = { caseId, workerId: JET_MEMBER, expectedVersion: version };
    expect((await run(APPOINT, input, AMARYLLIS)).__typename).toBe('NotJetError');
    expect((await run(APPOINT, { ...input, expectedVersion: version - 1 }, JET)).__typename).toBe(
      'VersionConflictError',
    );
    expect(await run(APPOINT, input, JET)).toMatchObject({ processDirector: { id: JET_MEMBER } });
  });

  it('closes the case, ending what still runs, and then changes it no more (BR-Y13)', async () => {
    const { version } = await view(caseId);
    const closed = await run(CLOSE, {
      caseId,
      closedOn: '2022-09-30',
      reason: 'VOLGENS_PLAN',
      expectedVersion: version,
    });
    expect(closed).toMatchObject({
      __typename: 'YouthCase',
      closedOn: '2022-09-30',
      closeReason: 'VOLGENS_PLAN',
    });
    const after = await view(caseId);
    expect(after.lightSupport.every((s) => s.endedOn === '2022-09-30')).toBe(true);
    // Ending it on closing raises its version, as every change of a versioned row does.
    expect(after.lightSupport.map((s) => s.version)).toEqual([2]);
    expect(after.combinedRegie).toBeNull();
    const refused = await run(CONSULT, { caseId, expertId: JET_MEMBER, advice: 'Nog een gesprek.' });
    expect(refused.__typename).toBe('YouthCaseClosedError');
    expect(await view(caseId)).toEqual(after);
  });
});

describe('refusals that change nothing', () => {
  it('lets no other organisation than the basis, the JET or the municipality open a case (BR-Y16)', async () => {
    const household = freeHousehold(graph.world, false, 5);
    const input = { householdId: household.id, childIds: household.children, route: 'BASIS' };
    expect((await run(OPEN, input, WINDKRACHT)).__typename).toBe('NotCaseOpenerError');
    expect((await run(OPEN, input, PROVIDER)).__typename).toBe('NotCaseOpenerError');
    const list = await graph.data<{ youthCases: { totalCount: number } }>(
      'query ($h: ID) { youthCases(householdId: $h) { totalCount } }',
      { h: household.id },
    );
    expect(list.youthCases.totalCount).toBe(0);
    expect((await run(OPEN, input, JET)).__typename).toBe('YouthCase');
  });

  it('never opens a case on the Jeugdwet route (BR-Y2)', async () => {
    const household = freeHousehold(graph.world, false);
    const refused = await graph.subgraph.query<{ openYouthCase: Payload }>(OPEN, {
      variables: { input: { householdId: household.id, childIds: household.children, route: 'JEUGDWET' } },
      caller: AMARYLLIS,
    });
    // JEUGDWET is no value of the opening route at all.
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses combined regie for a household without a Wmo regievoerder', async () => {
    const household = freeHousehold(graph.world, false);
    const opened = await run(OPEN, {
      householdId: household.id,
      childIds: household.children,
      route: 'BASIS',
    });
    const caseId = opened.id!;
    await run(CONSULT, { caseId, expertId: JET_MEMBER, advice: 'Overleg.' });
    await run(
      DECIDE,
      {
        caseId,
        decidedById: JET_MEMBER,
        route: 'JEUGDWET',
        support: 'Jeugdhulp',
        processDirectorId: JET_MEMBER,
      },
      JET,
    );
    const before = await view(caseId);
    expect((await run(AGREE, { caseId, lead: 'PROCESREGISSEUR' })).__typename).toBe('NoWmoRegievoerderError');
    expect(await view(caseId)).toEqual(before);
  });

  it('answers a case the key may not see as absent on every write path', async () => {
    const { rows } = graph.world.youth;
    const [seeded] = graph.world.youth.cases;
    const referral = rows.youthReferrals[0]!;
    const support = rows.lightParentingSupport[0]!;
    const caseIds = [seeded!.id, referral.caseId, support.caseId];
    const before = await Promise.all(caseIds.map(view));
    const refusedAs = async (operation: string, input: Record<string, unknown>) =>
      expect((await run(operation, input, WINDKRACHT)).__typename).toBe('NotFoundError');
    const caseId = seeded!.id;
    await refusedAs(CONSULT, { caseId, expertId: JET_MEMBER, advice: 'X' });
    await refusedAs(START_LIGHT, { caseId, goals: ['GEZINSCOMMUNICATIE'], workerId: BASIS_WORKER });
    await refusedAs(CLOSE, { caseId, reason: 'VOLGENS_PLAN', expectedVersion: before[0]!.version });
    await refusedAs(DECIDE, { caseId, decidedById: JET_MEMBER, route: 'BASIS', support: 'X' });
    await refusedAs(REFER, { caseId: referral.caseId, organisationId: 'org-jeugdhulpaanbieder' });
    await refusedAs(AGREE, { caseId: referral.caseId, lead: 'PROCESREGISSEUR' });
    await refusedAs(APPOINT, {
      caseId: referral.caseId,
      workerId: JET_MEMBER,
      expectedVersion: before[1]!.version,
    });
    await refusedAs(END_REFERRAL, { referralId: referral.id });
    await refusedAs(END_LIGHT, { supportId: support.id, expectedVersion: 1 });
    expect(await Promise.all(caseIds.map(view))).toEqual(before);
  });

  it('ends light support once, refusing a stale version', async () => {
    const household = freeHousehold(graph.world, false, 1);
    const opened = await run(OPEN, {
      householdId: household.id,
      childIds: household.children,
      route: 'SOCIALE_BASIS',
    });
    const started = await run(START_LIGHT, {
      caseId: opened.id,
      goals: ['GEZINSCOMMUNICATIE'],
      workerId: BASIS_WORKER,
    });
    const stale = await run(END_LIGHT, { supportId: started.id, expectedVersion: 0 });
    expect(stale.__typename).toBe('VersionConflictError');
    const ended = await run(END_LIGHT, { supportId: started.id, expectedVersion: started.version });
    expect(ended).toMatchObject({ __typename: 'LightParentingSupport', version: 2 });
    const again = await run(END_LIGHT, { supportId: started.id, expectedVersion: 2 });
    expect(again.__typename).toBe('ValidationError');
  });

  it('answers OwnerUnavailableError and changes nothing when clients does not answer', async () => {
    const household = freeHousehold(graph.world, false, 2);
    graph.clients.failing = true;
    try {
      const refused = await run(OPEN, {
        householdId: household.id,
        childIds: household.children,
        route: 'BASIS',
      });
      expect(refused.__typename).toBe('OwnerUnavailableError');
    } finally {
      graph.clients.failing = false;
    }
    const list = await graph.data<{ youthCases: { totalCount: number } }>(
      'query ($h: ID) { youthCases(householdId: $h) { totalCount } }',
      { h: household.id },
    );
    expect(list.youthCases.totalCount).toBe(0);
  });
});

describe('writes of personal youth data (BR-Y11)', () => {
  it('are logged per child before the commit, and rolled back when the access log does not take them', async () => {
    const household = freeHousehold(graph.world, false, 3);
    const before = graph.log.batches.length;
    const opened = await run(OPEN, {
      householdId: household.id,
      childIds: household.children,
      route: 'BASIS',
    });
    const writes = graph.log.batches
      .slice(before)
      .flatMap((b) => b.entries.filter((e) => e.action === 'WRITE'));
    for (const childId of household.children)
      expect(writes.filter((e) => e.subjectId === childId && e.fields.includes('youthCases'))).toHaveLength(
        1,
      );
    const started = await run(START_LIGHT, {
      caseId: opened.id,
      goals: ['GEZINSCOMMUNICATIE'],
      workerId: BASIS_WORKER,
    });
    expect(
      graph.log.entries.some((e) => e.action === 'WRITE' && e.fields.includes('lightParentingSupport')),
    ).toBe(true);
    const { version } = await view(opened.id!);
    graph.log.failing = true;
    try {
      const refused = await graph.subgraph.query(CONSULT, {
        variables: { input: { caseId: opened.id, expertId: JET_MEMBER, advice: 'Niet gelogd.' } },
        caller: AMARYLLIS,
      });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('ACCESS_LOG_UNAVAILABLE');
    } finally {
      graph.log.failing = false;
    }
    const after = await view(opened.id!);
    expect(after.version).toBe(version);
    expect(after.consultations).toHaveLength(0);
    expect(after.lightSupport.map((s) => s.id)).toEqual([started.id]);
  });

  it('refuses to write them without a Jeugdwet purpose, in the payload, changing nothing', async () => {
    const household = freeHousehold(graph.world, false, 4);
    const refused = await run(
      OPEN,
      { householdId: household.id, childIds: household.children, route: 'BASIS' },
      {
        ...AMARYLLIS,
        purpose: 'even kijken',
      },
    );
    expect(refused.__typename).toBe('PurposeRequiredError');
    const list = await graph.data<{ youthCases: { totalCount: number } }>(
      'query ($h: ID) { youthCases(householdId: $h) { totalCount } }',
      { h: household.id },
    );
    expect(list.youthCases.totalCount).toBe(0);
  });
});
