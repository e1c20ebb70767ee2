import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, freshBsn, REGISTER, startClients } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

// Seeded caseworkers: worker-00001 and worker-00004 work for the basis provider, worker-00009 for the JET.
const BASIS_WORKER = 'worker-00001';
const OTHER_BASIS_WORKER = 'worker-00004';
const JET_WORKER = 'worker-00009';

type Payload = { __typename: string; message?: string; field?: string; id?: string; [key: string]: unknown };

async function newHousehold(n: number): Promise<string> {
  const { registerClient } = await graph.data<{ registerClient: Payload & { household: { id: string } } }>(
    REGISTER,
    {
      input: { bsn: freshBsn(n), name: `Test Persoon ${n}`, dateOfBirth: '1980-01-01', areaId: 'area-noord' },
    },
  );
  expect(registerClient.__typename).toBe('Client');
  return registerClient.household.id;
}

const ASSIGN = `mutation ($input: AssignCoordinatorInput!) {
  assignCoordinator(input: $input) {
    __typename
    ... on Household { id version coordinator { worker { id } startedOn endedOn } }
    ... on Error { message }
    ... on RuleViolationError { field }
    ... on CoordinatorAlreadyAssignedError { currentWorkerId }
  }
}`;

async function assign(input: Record<string, unknown>): Promise<Payload> {
  return (await graph.data<{ assignCoordinator: Payload }>(ASSIGN, { input })).assignCoordinator;
}

async function assignments(householdId: string) {
  const { household } = await graph.data<{
    household: {
      version: number;
      coordinatorAssignments: {
        domain: string;
        worker: { id: string };
        startedOn: string;
        endedOn: string | null;
      }[];
    };
  }>(
    `query ($id: ID!) { household(id: $id) { version coordinatorAssignments { domain worker { id } startedOn endedOn } } }`,
    {
      id: householdId,
    },
  );
  return household;
}

describe('registerClient', () => {
  it('refuses a BSN that fails the 11-proef with a typed error, and registers nothing', async () => {
    const before = await graph.data<{ clients: { totalCount: number } }>(
      '{ clients(first: 1) { totalCount } }',
    );
    const { registerClient } = await graph.data<{ registerClient: Payload }>(
      'mutation { registerClient(input: { bsn: "123456789", name: "Test Persoon", dateOfBirth: "1980-01-01" }) { __typename ... on Error { message } } }',
    );
    expect(registerClient).toEqual({
      __typename: 'InvalidBsnError',
      message: expect.stringMatching(/11-proef/),
    });
    const after = await graph.data<{ clients: { totalCount: number } }>(
      '{ clients(first: 1) { totalCount } }',
    );
    expect(after.clients.totalCount).toBe(before.clients.totalCount);
  });

  it('refuses a BSN that is already registered', async () => {
    const input = { bsn: freshBsn(1), name: 'Aukje Postma', dateOfBirth: '1975-05-05', areaId: 'area-west' };
    expect(
      (await graph.data<{ registerClient: Payload }>(REGISTER, { input })).registerClient.__typename,
    ).toBe('Client');
    const again = (await graph.data<{ registerClient: Payload }>(REGISTER, { input })).registerClient;
    expect(again).toMatchObject({ __typename: 'DuplicateBsnError', field: 'bsn' });
  });

  it('refuses a date of birth in the future and a household without an area', async () => {
    const future = await graph.data<{ registerClient: Payload }>(REGISTER, {
      input: { bsn: freshBsn(2), name: 'X', dateOfBirth: '2999-01-01', areaId: 'area-west' },
    });
    expect(future.registerClient).toMatchObject({ __typename: 'ValidationError', field: 'dateOfBirth' });
    const noArea = await graph.data<{ registerClient: Payload }>(REGISTER, {
      input: { bsn: freshBsn(2), name: 'X', dateOfBirth: '1990-01-01' },
    });
    expect(noArea.registerClient).toMatchObject({ __typename: 'ValidationError', field: 'areaId' });
  });

  it('logs the write of personal data before commit', async () => {
    const { registerClient } = await graph.data<{ registerClient: Payload }>(REGISTER, {
      input: { bsn: freshBsn(3), name: 'Wytze Bosma', dateOfBirth: '1960-02-02', areaId: 'area-zuid' },
    });
    const entry = graph.log.entries.find((e) => e.subjectId === registerClient.id);
    expect(entry).toMatchObject({
      action: 'WRITE',
      fields: ['address', 'bsn', 'dateOfBirth', 'name', 'postcode'],
    });
  });

  it('registers nothing when the access log is down', async () => {
    graph.log.failing = true;
    try {
      const response = await graph.subgraph.query<{ registerClient: Payload }>(REGISTER, {
        variables: {
          input: {
            bsn: freshBsn(4),
            name: 'Sjoerd Dijkstra',
            dateOfBirth: '1970-03-03',
            areaId: 'area-zuid',
          },
        },
      });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('ACCESS_LOG_UNAVAILABLE');
    } finally {
      graph.log.failing = false;
    }
    // The rolled-back write is not logged afterwards either.
    const bsnTried = graph.log.entries.filter((e) => e.action === 'WRITE').length;
    const retry = await graph.data<{ registerClient: Payload }>(REGISTER, {
      input: { bsn: freshBsn(4), name: 'Sjoerd Dijkstra', dateOfBirth: '1970-03-03', areaId: 'area-zuid' },
    });
    expect(retry.registerClient.__typename).toBe('Client');
    expect(graph.log.entries.filter((e) => e.action === 'WRITE').length).toBe(bsnTried + 1);
  });
});

describe('one household, one regievoerder (BR-R1)', () => {
  it('assigns a basis worker, and refuses a second active Wmo coordinator, changing nothing', async () => {
    const householdId = await newHousehold(10);
    const first = await assign({ householdId, workerId: BASIS_WORKER, startedOn: '2021-01-04' });
    expect(first).toMatchObject({
      __typename: 'Household',
      coordinator: { worker: { id: BASIS_WORKER }, endedOn: null },
    });
    const before = await assignments(householdId);

    const second = await assign({ householdId, workerId: OTHER_BASIS_WORKER });
    expect(second).toMatchObject({
      __typename: 'CoordinatorAlreadyAssignedError',
      currentWorkerId: BASIS_WORKER,
    });
    expect(second.message).toMatch(/one household, one regievoerder/);
    expect(await assignments(householdId)).toEqual(before);
  });

  it('holds under concurrency: of two simultaneous assignments exactly one wins', async () => {
    const householdId = await newHousehold(11);
    const results = await Promise.all([
      assign({ householdId, workerId: BASIS_WORKER }),
      assign({ householdId, workerId: OTHER_BASIS_WORKER }),
    ]);
    expect(results.map((r) => r.__typename).sort()).toEqual(['CoordinatorAlreadyAssignedError', 'Household']);
    const open = (await assignments(householdId)).coordinatorAssignments.filter((a) => a.endedOn === null);
    expect(open).toHaveLength(1);
  });

  it('lets only a basis worker hold Wmo regie: a JET worker is refused', async () => {
    const householdId = await newHousehold(12);
    await assign({ householdId, workerId: BASIS_WORKER });
    expect(await assign({ householdId, workerId: JET_WORKER })).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'workerId',
    });
    expect(await assign({ householdId: 'household-missing', workerId: BASIS_WORKER })).toMatchObject({
      __typename: 'NotFoundError',
    });
  });

  it('reassigns by closing the previous assignment on the handover date', async () => {
    const householdId = await newHousehold(13);
    const assigned = await assign({ householdId, workerId: BASIS_WORKER, startedOn: '2021-01-04' });
    const REASSIGN = `mutation ($input: ReassignCoordinatorInput!) {
      reassignCoordinator(input: $input) { __typename ... on Error { message } ... on Household { version } }
    }`;
    const stale = await graph.data<{ reassignCoordinator: Payload }>(REASSIGN, {
      input: {
        householdId,
        workerId: OTHER_BASIS_WORKER,
        on: '2021-06-01',
        version: (assigned.version as number) - 1,
      },
    });
    expect(stale.reassignCoordinator.__typename).toBe('VersionConflictError');
    const done = await graph.data<{ reassignCoordinator: Payload }>(REASSIGN, {
      input: { householdId, workerId: OTHER_BASIS_WORKER, on: '2021-06-01', version: assigned.version },
    });
    expect(done.reassignCoordinator.__typename).toBe('Household');
    expect((await assignments(householdId)).coordinatorAssignments).toEqual([
      { domain: 'WMO', worker: { id: BASIS_WORKER }, startedOn: '2021-01-04', endedOn: '2021-06-01' },
      { domain: 'WMO', worker: { id: OTHER_BASIS_WORKER }, startedOn: '2021-06-01', endedOn: null },
    ]);
  });

  it('keeps regie over debt help with the Wmo regievoerder: no regie domain of its own, while debt records the cases (BR-R1, BR-CL17)', async () => {
    const { __type } = await graph.data<{
      __type: { enumValues: { name: string; description: string; isDeprecated: boolean }[] };
    }>(
      '{ __type(name: "RegieDomain") { enumValues(includeDeprecated: true) { name description isDeprecated } } }',
    );
    const returned = __type.enumValues.filter((value) => !value.isDeprecated);
    expect(returned.map((value) => value.name).sort()).toEqual(['WERK_PARTICIPATIE', 'WMO']);
    const wmo = returned.find((value) => value.name === 'WMO')!;
    expect(wmo.description).toMatch(/regie over the debt help of the household/);
    expect(wmo.description).toMatch(
      /De medewerker van de basisondersteuning heeft de regie bij Wmo en schuldhulpverlening/,
    );
  });
});

describe('Jeugdwet procesregie is the youth subgraph’s (BR-CL15)', () => {
  const MOVED =
    'Jeugdwet procesregie is the process director of a youth case ' +
    '(youth subgraph: YouthCase.processDirector, recordJetDecision/appointProcessDirector)';
  const REASSIGN = `mutation ($input: ReassignCoordinatorInput!) {
    reassignCoordinator(input: $input) { __typename ... on Error { message } ... on JeugdwetRegieMovedError { field } }
  }`;

  it('refuses to assign it or hand it over, storing nothing and asking nobody', async () => {
    const householdId = await newHousehold(30);
    const asked = () => graph.locations.lookups.length + graph.youth.lookups.length;
    const before = asked();
    expect(await assign({ householdId, workerId: JET_WORKER, domain: 'JEUGDWET' })).toEqual({
      __typename: 'JeugdwetRegieMovedError',
      message: MOVED,
    });
    expect((await assignments(householdId)).coordinatorAssignments).toEqual([]);
    expect(asked()).toBe(before);
    // Also beside a Wmo regievoerder, and for a worker of any team.
    await assign({ householdId, workerId: BASIS_WORKER });
    const withWmo = await assignments(householdId);
    const beforeRefusals = asked();
    expect(await assign({ householdId, workerId: BASIS_WORKER, domain: 'JEUGDWET' })).toMatchObject({
      __typename: 'JeugdwetRegieMovedError',
    });
    const { reassignCoordinator } = await graph.data<{ reassignCoordinator: Payload }>(REASSIGN, {
      input: { householdId, workerId: JET_WORKER, domain: 'JEUGDWET', version: withWmo.version },
    });
    expect(reassignCoordinator).toEqual({
      __typename: 'JeugdwetRegieMovedError',
      message: MOVED,
      field: 'domain',
    });
    expect(asked()).toBe(beforeRefusals);
    expect(await assignments(householdId)).toEqual(withWmo);
    expect(withWmo.coordinatorAssignments.map((a) => a.domain)).toEqual(['WMO']);
  });

  it('keeps JEUGDWET in the enum, deprecated with where it lives now, so that older questions still parse', async () => {
    const { __type } = await graph.data<{
      __type: { enumValues: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] };
    }>(
      '{ __type(name: "RegieDomain") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    );
    expect(__type.enumValues.map((value) => value.name).sort()).toEqual([
      'JEUGDWET',
      'WERK_PARTICIPATIE',
      'WMO',
    ]);
    expect(__type.enumValues.filter((value) => value.isDeprecated)).toEqual([
      { name: 'JEUGDWET', isDeprecated: true, deprecationReason: MOVED },
    ]);
  });

  it('never returns it: the database refuses a Jeugdwet assignment whatever path writes', async () => {
    const householdId = await newHousehold(31);
    await expect(
      graph.subgraph.database.db.execute(
        sql`insert into clients.coordinator_assignments (id, household_id, worker_id, organisation_id, domain, started_on)
          values ('regie-direct', ${householdId}, ${JET_WORKER}, 'org-jet', 'JEUGDWET', '2021-01-04')`,
      ),
    ).rejects.toThrow();
    expect((await assignments(householdId)).coordinatorAssignments).toEqual([]);
  });
});

describe('one household, one plan (BR-K3)', () => {
  const CREATE = `mutation ($input: CreateSupportPlanInput!) {
    createSupportPlan(input: $input) { __typename ... on SupportPlan { id version goals } ... on Error { message } }
  }`;

  it('writes a plan by a basis worker and refuses a second active one', async () => {
    const householdId = await newHousehold(20);
    const input = {
      householdId,
      createdByWorkerId: BASIS_WORKER,
      goals: ['Schulden op orde'],
      startedOn: '2021-02-01',
    };
    const first = await graph.data<{ createSupportPlan: Payload }>(CREATE, { input });
    expect(first.createSupportPlan).toMatchObject({ __typename: 'SupportPlan', goals: ['Schulden op orde'] });
    const second = await graph.data<{ createSupportPlan: Payload }>(CREATE, { input });
    expect(second.createSupportPlan.__typename).toBe('ActivePlanExistsError');
    const byJet = await graph.data<{ createSupportPlan: Payload }>(CREATE, {
      input: { ...input, createdByWorkerId: JET_WORKER },
    });
    expect(byJet.createSupportPlan.__typename).toBe('RuleViolationError');

    const UPDATE = `mutation ($input: UpdateSupportPlanInput!) {
      updateSupportPlan(input: $input) { __typename ... on SupportPlan { closedOn version } ... on Error { message } }
    }`;
    const planId = first.createSupportPlan.id;
    const stale = await graph.data<{ updateSupportPlan: Payload }>(UPDATE, {
      input: { id: planId, version: 0, closedOn: '2021-12-31' },
    });
    expect(stale.updateSupportPlan.__typename).toBe('VersionConflictError');
    const closed = await graph.data<{ updateSupportPlan: Payload }>(UPDATE, {
      input: { id: planId, version: 1, closedOn: '2021-12-31' },
    });
    expect(closed.updateSupportPlan).toMatchObject({ __typename: 'SupportPlan', closedOn: '2021-12-31' });
    const next = await graph.data<{ createSupportPlan: Payload }>(CREATE, {
      input: { ...input, startedOn: '2022-01-01' },
    });
    expect(next.createSupportPlan.__typename).toBe('SupportPlan');
  });

  it('keeps a plan whose closing date lies ahead active until that date', async () => {
    const householdId = await newHousehold(21);
    const UPDATE = `mutation ($input: UpdateSupportPlanInput!) {
      updateSupportPlan(input: $input) {
        __typename ... on SupportPlan { goals closedOn version } ... on Error { message } ... on RuleViolationError { field }
      }
    }`;
    const PLAN = `query ($id: ID!) { household(id: $id) { plan { id closedOn } } }`;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const closing = day(90);
    const input = {
      householdId,
      createdByWorkerId: BASIS_WORKER,
      goals: ['Werk vinden'],
      startedOn: day(-30),
    };
    const first = await graph.data<{ createSupportPlan: Payload }>(CREATE, { input });
    const planId = first.createSupportPlan.id;
    const closed = await graph.data<{ updateSupportPlan: Payload }>(UPDATE, {
      input: { id: planId, version: 1, closedOn: closing },
    });
    expect(closed.updateSupportPlan).toMatchObject({ __typename: 'SupportPlan', closedOn: closing });

    // Still the household's plan, still changeable, and a second plan may not start before it closes.
    const { household } = await graph.data<{ household: { plan: { id: string } | null } }>(PLAN, {
      id: householdId,
    });
    expect(household.plan).toEqual({ id: planId, closedOn: closing });
    const changed = await graph.data<{ updateSupportPlan: Payload }>(UPDATE, {
      input: { id: planId, version: 2, goals: ['Werk vinden', 'Schulden op orde'] },
    });
    expect(changed.updateSupportPlan).toMatchObject({
      __typename: 'SupportPlan',
      goals: ['Werk vinden', 'Schulden op orde'],
    });
    const overlapping = await graph.data<{ createSupportPlan: Payload }>(CREATE, {
      input: { ...input, startedOn: day(0) },
    });
    expect(overlapping.createSupportPlan.__typename).toBe('ActivePlanExistsError');

    // The closing date once set does not move.
    const moved = await graph.data<{ updateSupportPlan: Payload }>(UPDATE, {
      input: { id: planId, version: 3, closedOn: day(200) },
    });
    expect(moved.updateSupportPlan).toMatchObject({ __typename: 'RuleViolationError', field: 'closedOn' });

    // A plan may be written ahead to take effect on the closing date; the current one stays the plan.
    const next = await graph.data<{ createSupportPlan: Payload }>(CREATE, {
      input: { ...input, startedOn: closing },
    });
    expect(next.createSupportPlan.__typename).toBe('SupportPlan');
    const after = await graph.data<{ household: { plan: { id: string } | null } }>(PLAN, { id: householdId });
    expect(after.household.plan).toEqual({ id: planId, closedOn: closing });
  });
});
