import type { TestGateway } from '@mienskip/gateway/testing';
import type { TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// The locations issue's "done when", through the real gateway with a municipal (development-like) key.
let graph: TestGraph;
let subgraph: TestSubgraph;
let gateway: TestGateway;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway, locations: subgraph } = graph);
});
afterAll(() => graph?.close());

type Gap = { date: string; from: string; to: string };

describe('locations through the gateway', () => {
  it("gives each room's coverage gaps for a week in one operation", async () => {
    const before = subgraph.database.statementCount;
    const response = await gateway.query<{
      rooms: {
        id: string;
        coverage: { weekStart: string; gapsWithoutReception: Gap[]; gapsWithoutBasis: Gap[] };
      }[];
    }>(
      `query Coverage($week: Date!) { rooms { id name coverage(week: $week) { weekStart
        gapsWithoutReception { date weekday from to minutes } gapsWithoutBasis { date from to } } } }`,
      { variables: { week: '2021-01-04' } },
    );
    expect(response.body.errors).toBeUndefined();
    const rooms = response.body.data!.rooms;
    expect(rooms).toHaveLength(9);
    expect(rooms.every((room) => room.coverage.weekStart === '2021-01-04')).toBe(true);
    expect(rooms.find((room) => room.id === 'room-westenkwartier')!.coverage.gapsWithoutBasis[0]).toEqual({
      date: '2021-01-04',
      from: '09:00',
      to: '12:30',
    });
    expect(subgraph.database.statementCount - before).toBe(4);
  });

  it('refuses a shift that overlaps another shift of the same worker with a typed error, changing nothing', async () => {
    const roster = () =>
      gateway.query<{ room: { shifts: { id: string }[] } }>(
        '{ room(id: "room-de-skalm") { shifts(from: "2021-01-04", to: "2021-01-10") { id from to cancelled } } }',
      );
    const before = (await roster()).body.data!.room.shifts;
    // worker-00022 works in De Skalm on Tuesday 5 January 2021, 13:00–16:00 (seeded roster).
    const response = await gateway.query<{ addShift: Record<string, unknown> }>(
      `mutation { addShift(input: { workerId: "worker-00022", roomId: "room-de-skalm", date: "2021-01-05", from: "15:00", to: "16:30" }) {
        __typename ... on Error { message } ... on ShiftOverlapError { conflictingShift { from to } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.addShift).toEqual({
      __typename: 'ShiftOverlapError',
      message: 'The worker already has a shift on 2021-01-05 from 13:00 to 16:00',
      conflictingShift: { from: '13:00', to: '16:00' },
    });
    expect((await roster()).body.data!.room.shifts).toEqual(before);
  });

  it('reports small counts as secret for a key without the personal-data scope', async () => {
    const { secret } = await gateway.keys.create({
      name: 'council reporting',
      organisationId: 'org-gemeente-leeuwarden',
      organisationKind: 'MUNICIPALITY',
      scopes: ['statistics'],
    });
    // One quiet month in Stiens (nothing seeded before 2021): three visitors, one support request.
    await gateway.query(
      'mutation { recordVisits(input: { roomId: "room-de-skalm", date: "2020-12-14", visitors: 3, supportRequests: 1 }) { __typename } }',
    );
    const query = `{ areaStatistics(areaId: "area-stiens", from: "2020-12-01", to: "2020-12-31") {
      area { name } visitors { value secret rounded } supportRequests { value secret rounded } } }`;
    const council = await gateway.query<{ areaStatistics: Record<string, unknown> }>(query, { key: secret });
    expect(council.body.errors).toBeUndefined();
    expect(council.body.data!.areaStatistics).toEqual({
      area: { name: 'Stiens' },
      visitors: { value: null, secret: true, rounded: false },
      supportRequests: { value: null, secret: true, rounded: false },
    });
    const municipal = await gateway.query<{ areaStatistics: Record<string, unknown> }>(query);
    expect(municipal.body.data!.areaStatistics).toMatchObject({
      area: { name: 'Stiens' },
      visitors: { value: 3, secret: false },
    });
  });
});
