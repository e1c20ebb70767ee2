import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debtCases, debtCrises } from '../src/db/tables.ts';
import { MUNICIPALITY, type SignalsUnderTest, startSignals } from './signals/helpers.ts';

/**
 * The Wgs norms and the phase at the end of each period of a table (BR-DB15, BR-DB21, BR-DB49), on
 * cases of an area of their own so that the seed does not count.
 */

const AREA = 'area-test-norms';
let graph: SignalsUnderTest;

beforeAll(async () => {
  graph = await startSignals();
  const db = graph.subgraph.database.db;
  const base = {
    householdId: 'household-test-norms',
    areaId: AREA,
    openedByOrganisationId: 'org-test-basis',
  };
  await db.insert(debtCases).values([
    // Registered Monday 1 February, first conversation on day 32: MISSED; stabilised in Q2.
    {
      ...base,
      id: 'case-norms-late',
      registeredOn: '2021-02-01',
      intakeOn: '2021-03-05',
      stabilisationOn: '2021-04-15',
    },
    // Day 28 exactly: MET.
    { ...base, id: 'case-norms-day-28', registeredOn: '2021-03-01', intakeOn: '2021-03-29' },
    { ...base, id: 'case-norms-q2', registeredOn: '2021-05-03', intakeOn: '2021-05-10' },
  ]);
  await db.insert(debtCrises).values([
    // Friday 26 March, no holiday: the third working day is Wednesday 31 March; Thursday 1 April misses.
    {
      id: 'crisis-norms-q1',
      caseId: 'case-norms-late',
      kind: 'AFSLUITING_GAS',
      reportedOn: '2021-03-26',
      firstConversationOn: '2021-04-01',
    },
    // Friday 21 May, before tweede pinksterdag (Monday 24 May): the third working day is Thursday 27 May.
    {
      id: 'crisis-norms-met',
      caseId: 'case-norms-q2',
      kind: 'AFSLUITING_WATER',
      reportedOn: '2021-05-21',
      firstConversationOn: '2021-05-27',
    },
    {
      id: 'crisis-norms-missed',
      caseId: 'case-norms-q2',
      kind: 'DREIGENDE_WONINGONTRUIMING',
      reportedOn: '2021-05-21',
      firstConversationOn: '2021-05-28',
    },
  ]);
});
afterAll(() => graph?.close());

const SERIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area {
  debtStatisticsSeries(from: "2021-01-01", to: "2021-12-31", grain: QUARTER) {
    from casesByPhase { phase cases { value } }
    withinFourWeeks { value } fourWeekNormCases { value } stillInsideFourWeeks { value }
    crisesWithinThreeWorkingDays { value } crisesDecided { value } crisesPending { value }
  } } } }`;

type Row = {
  from: string;
  casesByPhase: { phase: string; cases: { value: number } }[];
} & Record<string, { value: number } | unknown>;

async function quarters(): Promise<Row[]> {
  const data = await graph.data<{ _entities: { debtStatisticsSeries: Row[] }[] }>(
    SERIES,
    { reps: [{ __typename: 'Area', id: AREA }] },
    MUNICIPALITY,
  );
  return data._entities[0]!.debtStatisticsSeries;
}

const value = (row: Row, field: string) => (row[field] as { value: number }).value;
const norms = (row: Row) => ({
  met: value(row, 'withinFourWeeks'),
  decided: value(row, 'fourWeekNormCases'),
  pending: value(row, 'stillInsideFourWeeks'),
});
const crises = (row: Row) => ({
  met: value(row, 'crisesWithinThreeWorkingDays'),
  decided: value(row, 'crisesDecided'),
  pending: value(row, 'crisesPending'),
});
const phases = (row: Row) =>
  Object.fromEntries(row.casesByPhase.filter((p) => p.cases.value > 0).map((p) => [p.phase, p.cases.value]));

describe('the norms and phases per quarter of an area (BR-DB49, BR-DB50)', () => {
  it('counts a case registered in Q1 whose first conversation came after 28 days as MISSED in Q1’s row', async () => {
    const [q1, q2, q3, q4] = await quarters();
    expect(norms(q1!)).toEqual({ met: 1, decided: 2, pending: 0 });
    expect(norms(q2!)).toEqual({ met: 1, decided: 1, pending: 0 });
    expect(norms(q3!)).toEqual({ met: 0, decided: 0, pending: 0 });
    expect(norms(q4!)).toEqual({ met: 0, decided: 0, pending: 0 });
  });

  it('decides a crisis reported on a Friday before a holiday by working days, in the quarter it was reported', async () => {
    const [q1, q2, q3] = await quarters();
    // Q1's crisis had its conversation in Q2, and still counts (missed) in Q1.
    expect(crises(q1!)).toEqual({ met: 0, decided: 1, pending: 0 });
    // 27 May is in time only because tweede pinksterdag is no working day.
    expect(crises(q2!)).toEqual({ met: 1, decided: 2, pending: 0 });
    expect(crises(q3!)).toEqual({ met: 0, decided: 0, pending: 0 });
  });

  it('counts each case in the phase it was in at the end of each quarter', async () => {
    const [q1, q2, q3] = await quarters();
    expect(phases(q1!)).toEqual({ INTAKE: 2 });
    expect(phases(q2!)).toEqual({ INTAKE: 2, STABILISATION: 1 });
    expect(phases(q3!)).toEqual({ INTAKE: 2, STABILISATION: 1 });
  });
});
