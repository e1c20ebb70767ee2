import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['locations:read', 'locations:write', 'statistics', 'personal-data'] as const };
const council = {
  scopes: ['locations:read', 'statistics'] as const,
  organisationKind: 'MUNICIPALITY' as const,
};
type Gap = { date: string; from: string; to: string };
type Coverage = { weekStart: string; gapsWithoutBasis: Gap[] };

describe('coverage', () => {
  const COVERAGE = `query ($week: Date!) { rooms { id coverage(week: $week) { weekStart fullyReceived
    gapsWithoutReception { date weekday from to minutes } gapsWithoutBasis { date from to } } } }`;

  it('reads the shifts once per week asked, however many dates of that week', async () => {
    const before = subgraph.database.statementCount;
    const { body } = await subgraph.query<{
      rooms: { monday: Coverage; wednesday: Coverage; nextWeek: Coverage }[];
    }>(
      `{ rooms { monday: coverage(week: "2021-01-04") { weekStart gapsWithoutBasis { date from to } }
        wednesday: coverage(week: "2021-01-06") { weekStart gapsWithoutBasis { date from to } }
        nextWeek: coverage(week: "2021-01-11") { weekStart gapsWithoutBasis { date from to } } } }`,
      { caller: municipal },
    );
    expect(body.errors).toBeUndefined();
    // Rooms, opening hours, presence, and the shifts of two weeks.
    expect(subgraph.database.statementCount - before).toBe(5);
    for (const room of body.data!.rooms) {
      expect(room.wednesday).toEqual(room.monday);
      expect(room.monday.weekStart).toBe('2021-01-04');
      expect(room.nextWeek.weekStart).toBe('2021-01-11');
    }
  });

  it('gives every room its gaps for a week in one operation, with a constant number of statements', async () => {
    const before = subgraph.database.statementCount;
    const { body } = await subgraph.query<{
      rooms: {
        id: string;
        coverage: { weekStart: string; gapsWithoutReception: Gap[]; gapsWithoutBasis: Gap[] };
      }[];
    }>(COVERAGE, { caller: municipal, variables: { week: '2021-01-06' } });
    expect(body.errors).toBeUndefined();
    expect(subgraph.database.statementCount - before).toBe(4); // rooms, opening hours, presence, the week's shifts
    expect(body.data!.rooms).toHaveLength(9);
    const skalm = body.data!.rooms.find((room) => room.id === 'room-de-skalm')!.coverage;
    expect(skalm.weekStart).toBe('2021-01-04');
    // Volunteers receive every morning until 12:30 and Monday–Wednesday afternoons from 13:00; the
    // seeded volunteer shift covers Thursday 13:00–16:30. Lunch is unreceived every day.
    expect(skalm.gapsWithoutReception.map(({ date, from, to }) => ({ date, from, to }))).toEqual([
      { date: '2021-01-04', from: '12:30', to: '13:00' },
      { date: '2021-01-05', from: '12:30', to: '13:00' },
      { date: '2021-01-06', from: '12:30', to: '13:00' },
      { date: '2021-01-07', from: '12:30', to: '13:00' },
      { date: '2021-01-07', from: '16:30', to: '17:00' },
      { date: '2021-01-08', from: '12:30', to: '17:00' },
    ]);
    // Basis on Tuesday and Thursday 09:30–12:00 (presence) and Tuesday 13:00–16:00 (a sociaal werker's shift).
    expect(skalm.gapsWithoutBasis.filter((gap) => gap.date === '2021-01-05')).toEqual([
      { date: '2021-01-05', from: '09:00', to: '09:30' },
      { date: '2021-01-05', from: '12:00', to: '13:00' },
      { date: '2021-01-05', from: '16:00', to: '17:00' },
    ]);
  });

  it('shows a new presence slot closing a gap', async () => {
    await subgraph.query(
      'mutation { schedulePresence(input: { roomId: "room-de-skalm", weekday: FRIDAY, from: "12:30", to: "17:00", role: BEHEERDER }) { __typename } }',
      { caller: municipal },
    );
    const { body } = await subgraph.query<{
      room: { coverage: { gapsWithoutReception: Gap[]; fullyReceived: boolean } };
    }>(
      '{ room(id: "room-de-skalm") { coverage(week: "2021-01-08") { fullyReceived gapsWithoutReception { date from to } } } }',
      { caller: municipal },
    );
    expect(body.data!.room.coverage.gapsWithoutReception.map((gap) => gap.date)).toEqual([
      '2021-01-04',
      '2021-01-05',
      '2021-01-06',
      '2021-01-07',
      '2021-01-07',
    ]);
    expect(body.data!.room.coverage.fullyReceived).toBe(false);
  });
});

describe('visits and statistics', () => {
  const STATS = `{ areaStatistics(areaId: "area-stiens", from: "2021-01-01", to: "2021-01-31") {
    visitors { value secret rounded } supportRequests { value secret rounded }
    rooms { room { id } visitors { value secret } daysRecorded } } }`;

  type Count = { value: number | null; secret: boolean; rounded: boolean };

  it('adds recorded visits to the day count, concurrently without losing any', async () => {
    const record = (visitors: number) =>
      subgraph.query<{ recordVisits: { __typename: string } }>(
        `mutation { recordVisits(input: { roomId: "room-de-klomp", date: "2021-03-01", visitors: ${visitors}, supportRequests: 1 }) { __typename } }`,
        { caller: municipal },
      );
    await Promise.all([record(2), record(3), record(4)]);
    const { body } = await subgraph.query<{
      room: { visits: { visitors: Count; supportRequests: Count }[] };
    }>(
      '{ room(id: "room-de-klomp") { visits(from: "2021-03-01", to: "2021-03-01") { visitors { value } supportRequests { value } } } }',
      { caller: municipal },
    );
    expect(body.data!.room.visits).toEqual([{ visitors: { value: 9 }, supportRequests: { value: 3 } }]);
  });

  it('refuses negative, empty, future and unknown-room counts', async () => {
    const record = async (input: string) =>
      (
        await subgraph.query<{ recordVisits: Record<string, string> }>(
          `mutation { recordVisits(input: { ${input} }) { __typename ... on ValidationError { field } } }`,
          { caller: municipal },
        )
      ).body.data!.recordVisits;
    expect(
      await record('roomId: "room-de-klomp", date: "2021-03-01", visitors: -1, supportRequests: 0'),
    ).toEqual({
      __typename: 'ValidationError',
      field: 'visitors',
    });
    expect(
      await record('roomId: "room-de-klomp", date: "2021-03-01", visitors: 0, supportRequests: 0'),
    ).toMatchObject({
      __typename: 'ValidationError',
    });
    expect(
      await record('roomId: "room-de-klomp", date: "2999-01-01", visitors: 1, supportRequests: 0'),
    ).toEqual({
      __typename: 'ValidationError',
      field: 'date',
    });
    expect(
      (await record('roomId: "room-nope", date: "2021-03-01", visitors: 1, supportRequests: 0')).__typename,
    ).toBe('NotFoundError');
  });

  it('publishes exact counts with the personal-data scope and applies the CBS rule without it', async () => {
    const exact = await subgraph.query<{ areaStatistics: { visitors: Count; supportRequests: Count } }>(
      STATS,
      {
        caller: municipal,
      },
    );
    const published = await subgraph.query<{ areaStatistics: { visitors: Count; supportRequests: Count } }>(
      STATS,
      {
        caller: council,
      },
    );
    const visitors = exact.body.data!.areaStatistics.visitors.value!;
    expect(exact.body.data!.areaStatistics.visitors).toEqual({
      value: visitors,
      secret: false,
      rounded: false,
    });
    expect(published.body.data!.areaStatistics.visitors).toEqual(
      visitors <= 7
        ? { value: null, secret: true, rounded: false }
        : { value: Math.round(visitors / 5) * 5, secret: false, rounded: true },
    );
  });

  it('reports a small count as secret to a key without personal-data', async () => {
    await subgraph.query(
      'mutation { recordVisits(input: { roomId: "room-westenkwartier", date: "2020-12-01", visitors: 3, supportRequests: 1 }) { __typename } }',
      { caller: municipal },
    );
    const { body } = await subgraph.query<{ areaStatistics: { visitors: Count; supportRequests: Count } }>(
      '{ areaStatistics(areaId: "area-west", from: "2020-12-01", to: "2020-12-31") { visitors { value secret rounded } supportRequests { value secret } } }',
      { caller: council },
    );
    expect(body.data!.areaStatistics.visitors).toEqual({ value: null, secret: true, rounded: false });
    expect(body.data!.areaStatistics.supportRequests).toEqual({ value: null, secret: true });
  });

  it('suppresses a second room so that a secret room cannot be found from the area total (BR-KT5)', async () => {
    // Dorpen Zuid has two rooms; in October 2020 nothing is seeded.
    for (const [roomId, visitors] of [
      ['room-kringloopwinkel-grou', 3],
      ['room-de-wjukken', 20],
    ] as const) {
      await subgraph.query(
        `mutation { recordVisits(input: { roomId: "${roomId}", date: "2020-10-06", visitors: ${visitors}, supportRequests: 1 }) { __typename } }`,
        { caller: municipal },
      );
    }
    const query = `{ areaStatistics(areaId: "area-dorpen-zuid", from: "2020-10-01", to: "2020-10-31") {
      visitors { value secret suppressed } rooms { room { id } visitors { value secret suppressed } } } }`;
    type Table = { areaStatistics: { visitors: Count; rooms: { room: { id: string }; visitors: Count }[] } };
    const { body } = await subgraph.query<Table>(query, { caller: council });
    expect(body.errors).toBeUndefined();
    const byRoom = Object.fromEntries(body.data!.areaStatistics.rooms.map((r) => [r.room.id, r.visitors]));
    expect(body.data!.areaStatistics.visitors).toEqual({ value: 25, secret: false, suppressed: false });
    expect(byRoom).toEqual({
      'room-kringloopwinkel-grou': { value: null, secret: true, suppressed: false },
      'room-de-wjukken': { value: null, secret: false, suppressed: true },
    });
    const exact = await subgraph.query<Table>(query, { caller: municipal });
    expect(exact.body.data!.areaStatistics.rooms.map((r) => r.visitors.value)).toEqual([3, 20]);
  });

  it('takes whole calendar months only from a key without personal-data (BR-KT5)', async () => {
    const ask = (from: string, to: string, caller: typeof council | typeof municipal) =>
      subgraph.query(
        `{ areaStatistics(areaId: "area-stiens", from: "${from}", to: "${to}") { visitors { value } }
           room(id: "room-de-skalm") { visits(from: "${from}", to: "${to}") { date } } }`,
        { caller },
      );
    for (const [from, to] of [
      ['2021-01-04', '2021-01-08'],
      ['2021-01-01', '2021-01-30'],
      ['2021-01-02', '2021-03-31'],
    ]) {
      const refused = await ask(from!, to!, council);
      expect(refused.body.errors?.map((e) => [e.path?.at(-1), e.extensions?.code])).toEqual([
        ['areaStatistics', 'BAD_USER_INPUT'],
        ['visits', 'BAD_USER_INPUT'],
      ]);
      expect((await ask(from!, to!, municipal)).body.errors).toBeUndefined();
    }
    for (const [from, to] of [
      ['2021-02-01', '2021-02-28'],
      ['2021-01-01', '2021-03-31'],
    ]) {
      expect((await ask(from!, to!, council)).body.errors).toBeUndefined();
    }
  });

  it('answers null for an unknown area, refuses a reversed period and needs the statistics scope', async () => {
    const unknown = await subgraph.query(
      '{ areaStatistics(areaId: "area-x", from: "2021-01-01", to: "2021-01-31") { from } }',
      {
        caller: council,
      },
    );
    expect(unknown.body).toEqual({ data: { areaStatistics: null } });
    const reversed = await subgraph.query(
      '{ areaStatistics(areaId: "area-west", from: "2021-02-01", to: "2021-01-01") { from } }',
      {
        caller: council,
      },
    );
    expect(reversed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noScope = await subgraph.query(
      '{ areaStatistics(areaId: "area-west", from: "2021-01-01", to: "2021-01-02") { from } }',
      {
        caller: { scopes: ['locations:read'] },
      },
    );
    expect(noScope.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('aggregates in one statement whatever the number of rooms', async () => {
    const before = subgraph.database.statementCount;
    await subgraph.query(
      '{ areaStatistics(areaId: "area-dorpen-zuid", from: "2021-01-01", to: "2021-06-30") { visitors { value } rooms { visitors { value } } } }',
      {
        caller: council,
      },
    );
    expect(subgraph.database.statementCount - before).toBe(1);
  });
});

describe('workers', () => {
  const WORKERS = '{ room(id: "room-de-skalm") { workers { id name role organisation { id } } } }';
  type W = { id: string; name: string | null; role: string; organisation: { id: string } };

  it("shows names to municipal keys and to the worker's own organisation only", async () => {
    const asMunicipality = await subgraph.query<{ room: { workers: W[] } }>(WORKERS, { caller: municipal });
    expect(asMunicipality.body.errors).toBeUndefined();
    expect(asMunicipality.body.data!.room.workers.every((w) => typeof w.name === 'string')).toBe(true);

    const asAmaryllis = await subgraph.query<{ room: { workers: W[] } }>(WORKERS, {
      caller: { scopes: ['locations:read'], organisationKind: 'PROVIDER', organisationId: 'org-amaryllis' },
    });
    for (const worker of asAmaryllis.body.data!.room.workers) {
      expect(worker.name === null).toBe(worker.organisation.id !== 'org-amaryllis');
    }
    expect(asAmaryllis.body.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);

    const asPartner = await subgraph.query<{ room: { workers: W[] } }>(WORKERS, {
      caller: { scopes: ['locations:read'], organisationKind: 'PARTNER', organisationId: 'org-mindup' },
    });
    expect(asPartner.body.data!.room.workers.map((w) => w.name)).toEqual([null, null, null, null]);
    expect(asPartner.body.data!.room.workers.map((w) => w.role)).toEqual([
      'SOCIAAL_WERKER',
      'VRIJWILLIGER',
      'BEGELEIDER',
      'CONSULENT_SOCIALE_ZAKEN',
    ]);
  });

  it('lists the rooms a worker works in, in two statements for any number of workers', async () => {
    const one = await subgraph.query<{ worker: { rooms: { id: string }[] } }>(
      '{ worker(id: "worker-00022") { rooms { id } } }',
      {
        caller: municipal,
      },
    );
    expect(one.body.data!.worker.rooms).toEqual([{ id: 'room-de-skalm' }]);
    const before = subgraph.database.statementCount;
    const all = await subgraph.query('{ workers(first: 100) { edges { node { rooms { name } } } } }', {
      caller: municipal,
    });
    expect(all.body.errors).toBeUndefined();
    expect(subgraph.database.statementCount - before).toBe(3); // workers, their rooms' ids, the rooms
  });

  it('registers a worker linked to rooms, and refuses an unknown room or an empty name', async () => {
    const create = async (input: string) =>
      (
        await subgraph.query<{ createWorker: Record<string, unknown> }>(
          `mutation { createWorker(input: { ${input} }) { __typename ... on Worker { id role } ... on ValidationError { field } ... on NotFoundError { id } } }`,
          { caller: municipal },
        )
      ).body.data!.createWorker;
    const worker = await create(
      'name: "Test Worker", role: BEHEERDER, organisationId: "org-vol", roomIds: ["room-de-klomp"]',
    );
    expect(worker).toMatchObject({ __typename: 'Worker', role: 'BEHEERDER' });
    expect(await create('name: " ", role: BEHEERDER, organisationId: "org-vol"')).toMatchObject({
      __typename: 'ValidationError',
      field: 'name',
    });
    expect(
      await create('name: "X", role: BEHEERDER, organisationId: "org-vol", roomIds: ["room-nope"]'),
    ).toMatchObject({
      __typename: 'NotFoundError',
      id: 'room-nope',
    });
    const page = await subgraph.query<{ workers: { edges: { node: { id: string } }[] } }>(
      '{ workers(roomId: "room-de-klomp", first: 10) { edges { node { id } } } }',
      { caller: municipal },
    );
    expect(page.body.data!.workers.edges.map((e) => e.node.id)).toContain(worker.id);
  });

  it('seeds consulenten of Sociale Zaken and registers one, placed in Sociale Zaken (BR-R3)', async () => {
    const created = await subgraph.query<{ createWorker: Record<string, unknown> }>(
      `mutation { createWorker(input: { name: "Test Consulent", role: CONSULENT_SOCIALE_ZAKEN, organisationId: "org-sociale-zaken" }) {
        __typename ... on Worker { role presenceRole organisation { id } } } }`,
      { caller: municipal },
    );
    expect(created.body.data!.createWorker).toEqual({
      __typename: 'Worker',
      role: 'CONSULENT_SOCIALE_ZAKEN',
      presenceRole: 'SOCIALE_ZAKEN',
      organisation: { id: 'org-sociale-zaken' },
    });
    const seeded = await subgraph.query<{
      workers: { edges: { node: { id: string; presenceRole: string } }[] };
    }>('{ workers(organisationId: "org-sociale-zaken", first: 10) { edges { node { id presenceRole } } } }', {
      caller: municipal,
    });
    const ids = seeded.body.data!.workers.edges.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(['worker-sz-00001', 'worker-sz-00002', 'worker-sz-00003']));
    expect(seeded.body.data!.workers.edges.every((e) => e.node.presenceRole === 'SOCIALE_ZAKEN')).toBe(true);
  });
});
