import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { debtCrises } from '../../src/db/tables.ts';
import {
  BASIS,
  BASIS_WITHOUT_PERSONAL,
  counts,
  MUNICIPALITY,
  mutate,
  OTHER,
  type Payload,
  type SignalsUnderTest,
  startSignals,
} from './helpers.ts';

let graph: SignalsUnderTest;
let before: Record<string, number>;

const OPEN = 'debt-case-test-open';
const CLOSED = 'debt-case-test-closed';

beforeAll(async () => {
  graph = await startSignals();
  await graph.insertCase(OPEN, ['client-test-1'], '2021-03-01');
  await graph.insertCase(CLOSED, ['client-test-3'], '2021-01-04', '2021-02-01');
});
afterAll(() => graph?.close());
beforeEach(async () => {
  before = await counts(graph);
});

async function refused(payload: Payload, typename: string): Promise<Payload> {
  expect(payload.__typename).toBe(typename);
  expect(payload.message).toEqual(expect.any(String));
  expect(await counts(graph)).toEqual(before);
  return payload;
}

const CRISIS =
  '... on DebtCrisis { id kind reportedOn firstConversationOn handledOn deadline withinThreeWorkingDays version case { id } }';
const report = (input: Record<string, unknown>, caller = BASIS) =>
  mutate(
    graph,
    'reportDebtCrisis',
    'ReportDebtCrisisInput',
    { caseId: OPEN, kind: 'AFSLUITING_GAS', ...input },
    caller,
    CRISIS,
  );
const talk = (input: Record<string, unknown>, caller = BASIS) =>
  mutate(graph, 'recordCrisisConversation', 'RecordCrisisConversationInput', input, caller, CRISIS);
const resolve = (input: Record<string, unknown>, caller = BASIS) =>
  mutate(graph, 'resolveDebtCrisis', 'ResolveDebtCrisisInput', input, caller, CRISIS);

describe('a crisis and the Wgs norm of 3 werkdagen (BR-DB20, BR-DB21, BR-DB33–BR-DB35)', () => {
  it('over Easter 2021: reported Thursday 1 April, the deadline is Wednesday 7 April (Goede Vrijdag counts, tweede paasdag not)', async () => {
    const crisis = await report({ reportedOn: '2021-04-01' });
    expect(crisis).toMatchObject({
      __typename: 'DebtCrisis',
      deadline: '2021-04-07',
      withinThreeWorkingDays: 'MISSED', // long past, no conversation
      case: { id: OPEN },
    });
    const talked = await talk({ crisisId: crisis.id, on: '2021-04-07', expectedVersion: crisis.version });
    expect(talked).toMatchObject({ firstConversationOn: '2021-04-07', withinThreeWorkingDays: 'MET' });
  });

  it('over Koningsdag 2021: reported Friday 23 April, a conversation on Thursday 29 April is in time', async () => {
    const crisis = await report({ kind: 'DREIGENDE_WONINGONTRUIMING', reportedOn: '2021-04-23' });
    expect(crisis.deadline).toBe('2021-04-29');
    const late = await report({ kind: 'AFSLUITING_WATER', reportedOn: '2021-04-23' });
    const talked = await talk({ crisisId: late.id, on: '2021-04-30', expectedVersion: late.version });
    expect(talked.withinThreeWorkingDays).toBe('MISSED');
  });

  it('a crisis reported today is PENDING', async () => {
    const crisis = await report({ kind: 'OPZEGGING_ZORGVERZEKERING' });
    expect(crisis.withinThreeWorkingDays).toBe('PENDING');
  });

  it('refuses a case that flowed out, a day before registration, a case the key may not see — storing nothing', async () => {
    await refused(await report({ caseId: CLOSED, reportedOn: '2021-03-01' }), 'CrisisOnClosedCaseError');
    await refused(await report({ reportedOn: '2021-02-28' }), 'SignalDateError');
    await refused(await report({ reportedOn: '2021-04-01' }, OTHER), 'NotFoundError');
  });

  it('one first conversation, not before the report; a stale version refused; handled only after it, once', async () => {
    const crisis = await report({ kind: 'AFSLUITING_ELEKTRICITEIT', reportedOn: '2021-12-23' });
    // Thursday 23 December 2021: Fri 24 (1), the Christmas days fall on the weekend, Mon 27 (2), Tue 28 (3).
    expect(crisis.deadline).toBe('2021-12-28');
    before = await counts(graph);
    await refused(
      await resolve({ crisisId: crisis.id, handledOn: '2021-12-30', expectedVersion: crisis.version }),
      'CrisisWithoutConversationError',
    );
    await refused(
      await talk({ crisisId: crisis.id, on: '2021-12-22', expectedVersion: crisis.version }),
      'SignalDateError',
    );
    await refused(
      await talk({ crisisId: crisis.id, on: '2021-12-24', expectedVersion: 99 }),
      'VersionConflictError',
    );
    await refused(
      await talk({ crisisId: crisis.id, on: '2021-12-24', expectedVersion: crisis.version }, OTHER),
      'NotFoundError',
    );
    const talked = await talk({ crisisId: crisis.id, on: '2021-12-24', expectedVersion: crisis.version });
    before = await counts(graph);
    await refused(
      await talk({ crisisId: crisis.id, on: '2021-12-27', expectedVersion: talked.version }),
      'CrisisStepRecordedError',
    );
    await refused(
      await resolve({ crisisId: crisis.id, handledOn: '2021-12-23', expectedVersion: talked.version }),
      'SignalDateError',
    );
    const handled = await resolve({
      crisisId: crisis.id,
      handledOn: '2022-01-03',
      expectedVersion: talked.version,
    });
    expect(handled).toMatchObject({ handledOn: '2022-01-03', withinThreeWorkingDays: 'MET' });
    before = await counts(graph);
    await refused(
      await resolve({ crisisId: crisis.id, handledOn: '2022-01-04', expectedVersion: handled.version }),
      'CrisisStepRecordedError',
    );
  });

  it('the case lists its crises; another organisation does not see the case', async () => {
    const query = `query ($id: ID!) { debtCase(id: $id) { id crises { kind reportedOn withinThreeWorkingDays } } }`;
    const own = await graph.data<{ debtCase: { crises: { kind: string }[] } }>(query, { id: OPEN }, BASIS);
    expect(own.debtCase.crises.length).toBeGreaterThanOrEqual(5);
    expect(
      (await graph.data<{ debtCase: unknown }>(query, { id: OPEN }, MUNICIPALITY)).debtCase,
    ).not.toBeNull();
    expect((await graph.data<{ debtCase: unknown }>(query, { id: OPEN }, OTHER)).debtCase).toBeNull();
  });

  it('reads the crises of a page of cases in statements that do not grow with the page', async () => {
    const db = graph.subgraph.database.db;
    for (let i = 0; i < 60; i += 1) {
      const id = `debt-case-test-page-${String(i).padStart(2, '0')}`;
      await graph.insertCase(id, [`client-test-page-${i}`], '2021-05-03');
      await db.insert(debtCrises).values([
        { id: `${id}-crisis-1`, caseId: id, kind: 'AFSLUITING_GAS', reportedOn: '2021-05-04' },
        {
          id: `${id}-crisis-2`,
          caseId: id,
          kind: 'AFSLUITING_WATER',
          reportedOn: '2021-05-10',
          firstConversationOn: '2021-05-11',
        },
      ]);
    }
    const statements = async (first: number) => {
      const start = graph.subgraph.database.statementCount;
      const { debtCases } = await graph.data<{ debtCases: { edges: { node: { crises: unknown[] } }[] } }>(
        'query ($first: Int) { debtCases(first: $first) { edges { node { id crises { id deadline withinThreeWorkingDays case { id } } } } } }',
        { first },
        BASIS,
      );
      expect(debtCases.edges.length).toBe(first);
      return graph.subgraph.database.statementCount - start;
    };
    expect(await statements(50)).toBe(await statements(5));
  });
});

describe('a crisis is personal data of the case’s clients (BR-DB17)', () => {
  it('needs personal-data to report, logs the write once per client, and raises the case’s version', async () => {
    const version = async () =>
      (
        await graph.data<{ debtCase: { version: number } }>(
          'query ($id: ID!) { debtCase(id: $id) { version } }',
          { id: OPEN },
        )
      ).debtCase.version;
    const refusedWithout = await graph.subgraph.query<{ reportDebtCrisis: Payload | null }>(
      `mutation ($input: ReportDebtCrisisInput!) { reportDebtCrisis(input: $input) { __typename } }`,
      { variables: { input: { caseId: OPEN, kind: 'AFSLUITING_GAS' } }, caller: BASIS_WITHOUT_PERSONAL },
    );
    expect(refusedWithout.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts(graph)).toEqual(before);
    const was = await version();
    const batches = graph.log.batches.length;
    const crisis = await report({ kind: 'AFSLUITING_ELEKTRICITEIT', reportedOn: '2021-05-03' });
    expect(crisis.__typename).toBe('DebtCrisis');
    expect(await version()).toBe(was + 1);
    const writes = graph.log.batches
      .slice(batches)
      .flatMap((batch) => batch.entries)
      .filter((entry) => entry.action === 'WRITE');
    expect(writes.map((entry) => entry.subjectId)).toEqual(['client-test-1']);
    expect(writes[0]!.fields).toEqual(['debtCrises']);
  });
});
