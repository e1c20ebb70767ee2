import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['locations:read', 'locations:write', 'statistics', 'personal-data'] as const };
const council = { scopes: ['statistics'] as const, organisationKind: 'MUNICIPALITY' as const };
type Caller = typeof municipal | typeof council;

const TABLE = `from to visitors { value secret rounded suppressed } supportRequests { value secret suppressed }
  provenance rooms { room { id } visitors { value secret suppressed } supportRequests { value secret suppressed } daysRecorded provenance }`;
type Table = Record<string, unknown> & { from: string; to: string };

const QUARTERS = [
  ['2021-01-01', '2021-03-31'],
  ['2021-04-01', '2021-06-30'],
  ['2021-07-01', '2021-09-30'],
] as const;

async function areaStatistics(caller: Caller, areaId: string, from: string, to: string) {
  const { body } = await subgraph.query<{ areaStatistics: Table }>(
    `{ areaStatistics(areaId: "${areaId}", from: "${from}", to: "${to}") { ${TABLE} } }`,
    { caller },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.areaStatistics;
}

describe('Area.visitStatisticsSeries (BR-LO7)', () => {
  it('gives every area per quarter what areaStatistics gives for that quarter, exact and published', async () => {
    for (const caller of [municipal, council]) {
      const { body } = await subgraph.query<{ areas: { id: string; visitStatisticsSeries: Table[] }[] }>(
        `{ areas { id visitStatisticsSeries(from: "2021-01-01", to: "2021-09-30", grain: QUARTER) { ${TABLE} } } }`,
        { caller },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.areas.length).toBeGreaterThan(2);
      for (const area of body.data!.areas) {
        const expected = [];
        for (const [from, to] of QUARTERS) expected.push(await areaStatistics(caller, area.id, from, to));
        expect(area.visitStatisticsSeries).toEqual(expected);
      }
    }
  });

  it('counts the seeded first half of 2021 and nothing in the last quarter', async () => {
    const { body } = await subgraph.query<{
      area: { visitStatisticsSeries: { visitors: { value: number }; provenance: string }[] };
    }>(
      '{ area(id: "area-stiens") { visitStatisticsSeries(from: "2021-01-01", to: "2021-12-31", grain: QUARTER) { visitors { value } provenance } } }',
      { caller: municipal },
    );
    const [q1, q2, , q4] = body.data!.area.visitStatisticsSeries;
    expect(q1!.visitors.value).toBeGreaterThan(0);
    expect(q2!.visitors.value).toBeGreaterThan(0);
    expect(q1!.provenance).toBe('SYNTHETIC');
    expect(q4).toEqual({ visitors: { value: 0 }, provenance: 'RECORDED' });
  });

  it('answers the series of two areas in one _entities call with one statement for the visits', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Area { id
      visitStatisticsSeries(from: "2021-01-01", to: "2021-12-31", grain: MONTH) { from visitors { value } } } } }`;
    const statements = async (areaIds: string[]) => {
      const before = subgraph.database.statementCount;
      const { body } = await subgraph.query<{ _entities: { visitStatisticsSeries: unknown[] }[] }>(query, {
        caller: council,
        variables: { r: areaIds.map((id) => ({ __typename: 'Area', id })) },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities.map((area) => area.visitStatisticsSeries.length)).toEqual(
        areaIds.map(() => 12),
      );
      return subgraph.database.statementCount - before;
    };
    expect(await statements(['area-stiens', 'area-west'])).toBe(2); // the areas, then the visits
    expect(await statements(['area-stiens', 'area-west', 'area-noord', 'area-dorpen-zuid'])).toBe(2);
  });

  it('suppresses per period: a secret room and its complement in one month, not in the next (BR-KT5)', async () => {
    for (const [roomId, visitors] of [
      ['room-kringloopwinkel-grou', 3],
      ['room-de-wjukken', 20],
    ] as const) {
      const { body } = await subgraph.query(
        `mutation { recordVisits(input: { roomId: "${roomId}", date: "2020-10-06", visitors: ${visitors}, supportRequests: 1 }) { __typename } }`,
        { caller: municipal },
      );
      expect(body.errors).toBeUndefined();
    }
    await subgraph.query(
      'mutation { recordVisits(input: { roomId: "room-de-wjukken", date: "2020-11-03", visitors: 40, supportRequests: 9 }) { __typename } }',
      { caller: municipal },
    );
    type Cell = { visitors: unknown; rooms: { room: { id: string }; visitors: unknown }[] };
    const { body } = await subgraph.query<{ area: { visitStatisticsSeries: Cell[] } }>(
      `{ area(id: "area-dorpen-zuid") { visitStatisticsSeries(from: "2020-10-01", to: "2020-11-30", grain: MONTH) {
        visitors { value secret suppressed } rooms { room { id } visitors { value secret suppressed } } } } }`,
      { caller: council },
    );
    expect(body.errors).toBeUndefined();
    const [october, november] = body.data!.area.visitStatisticsSeries;
    expect(october!.visitors).toEqual({ value: 25, secret: false, suppressed: false });
    expect(october!.rooms).toEqual([
      {
        room: { id: 'room-kringloopwinkel-grou' },
        visitors: { value: null, secret: true, suppressed: false },
      },
      { room: { id: 'room-de-wjukken' }, visitors: { value: null, secret: false, suppressed: true } },
    ]);
    // November is a table of its own: the total is shown, and the room with 0 (secret, 7 or less) hides the other.
    expect(november!.visitors).toEqual({ value: 40, secret: false, suppressed: false });
    expect(november!.rooms.map((room) => room.visitors)).toEqual([
      { value: null, secret: true, suppressed: false },
      { value: null, secret: false, suppressed: true },
    ]);
  });

  it('refuses a bad period as BAD_USER_INPUT and needs the statistics scope', async () => {
    const ask = (args: string, caller: Caller | { scopes: readonly ['locations:read'] } = council) =>
      subgraph.query(`{ area(id: "area-west") { visitStatisticsSeries(${args}) { from } } }`, { caller });
    for (const args of [
      'from: "2021-01-04", to: "2021-03-31"', // not whole months without personal-data
      'from: "2021-03-01", to: "2021-01-31"', // ends before it starts
      'from: "2010-01-01", to: "2021-12-31", grain: YEAR', // longer than ten years
      'from: "2012-01-01", to: "2021-12-31", grain: MONTH', // ten years of months is 120 periods…
    ]) {
      const { body } = await ask(args);
      if (args.includes('2012-01-01')) {
        expect(body.errors).toBeUndefined(); // …which is still allowed
        continue;
      }
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    // A series may be longer than the 366 days of areaStatistics.
    expect((await ask('from: "2020-01-01", to: "2021-12-31", grain: YEAR')).body.errors).toBeUndefined();
    const noScope = await ask('from: "2021-01-01", to: "2021-01-31"', { scopes: ['locations:read'] });
    expect(noScope.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
