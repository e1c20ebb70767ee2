import { requirePostgres, startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shifts } from '../src/db/tables.ts';
import { locations } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const writer = { scopes: ['locations:read', 'locations:write'] as const };

const ADD_SHIFT = `mutation ($input: AddShiftInput!) {
  addShift(input: $input) {
    __typename
    ... on Shift { id date from to version room { id } worker { id } }
    ... on Error { message }
    ... on ValidationError { field }
    ... on NotFoundError { entity id }
    ... on ShiftOverlapError { conflictingShift { id from to } }
    ... on OutsideOpeningHoursError { room { id } date }
  }
}`;

type Result = { __typename: string; id?: string; version?: number; message?: string; [key: string]: unknown };

async function addShift(input: Record<string, unknown>): Promise<Result> {
  const response = await subgraph.query<{ addShift: Result }>(ADD_SHIFT, {
    caller: writer,
    variables: { input },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.addShift;
}

async function shiftsOf(workerId: string, date: string): Promise<{ id: string; from: string; to: string }[]> {
  const response = await subgraph.query<{
    room: { shifts: { id: string; from: string; to: string; worker: { id: string } }[] };
  }>(
    `{ room(id: "room-de-skalm") { shifts(from: "${date}", to: "${date}") { id from to worker { id } } } }`,
    { caller: writer },
  );
  return response.body
    .data!.room.shifts.filter((s) => s.worker.id === workerId)
    .map(({ worker: _, ...s }) => s);
}

// De Skalm (seeded) is open Monday to Friday 09:00–17:00; worker-00022 is one of its seeded workers.
const WORKER = 'worker-00022';
const DAY = '2021-02-02'; // a Tuesday without seeded shifts

describe('addShift', () => {
  it('puts a shift on the roster', async () => {
    const shift = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: DAY,
      from: '09:00',
      to: '12:00',
    });
    expect(shift).toMatchObject({ __typename: 'Shift', date: DAY, from: '09:00', to: '12:00', version: 1 });
  });

  it('refuses a shift that overlaps another shift of the same worker, and changes nothing', async () => {
    const before = await shiftsOf(WORKER, DAY);
    const refused = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: DAY,
      from: '11:30',
      to: '13:00',
    });
    expect(refused.__typename).toBe('ShiftOverlapError');
    expect(refused.conflictingShift).toMatchObject({ from: '09:00', to: '12:00' });
    expect(refused.message).toMatch(/already has a shift on 2021-02-02 from 09:00 to 12:00/);
    expect(await shiftsOf(WORKER, DAY)).toEqual(before);
  });

  it('accepts a shift that only touches the previous one', async () => {
    const shift = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: DAY,
      from: '12:00',
      to: '13:00',
    });
    expect(shift.__typename).toBe('Shift');
  });

  it('refuses a shift whose end is not after its start', async () => {
    const refused = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: DAY,
      from: '14:00',
      to: '14:00',
    });
    expect(refused).toMatchObject({ __typename: 'ValidationError', field: 'to' });
  });

  it('refuses a shift outside the opening hours, also on a day the room is closed', async () => {
    const late = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: DAY,
      from: '16:00',
      to: '18:00',
    });
    expect(late).toMatchObject({
      __typename: 'OutsideOpeningHoursError',
      date: DAY,
      room: { id: 'room-de-skalm' },
    });
    const sunday = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: '2021-02-07',
      from: '10:00',
      to: '11:00',
    });
    expect(sunday.__typename).toBe('OutsideOpeningHoursError');
    // MFC Westenkwartier is open mornings only.
    const afternoon = await addShift({
      workerId: WORKER,
      roomId: 'room-westenkwartier',
      date: DAY,
      from: '13:00',
      to: '14:00',
    });
    expect(afternoon.__typename).toBe('OutsideOpeningHoursError');
  });

  it('refuses an unknown worker or room', async () => {
    expect(
      await addShift({
        workerId: 'worker-nobody',
        roomId: 'room-de-skalm',
        date: DAY,
        from: '09:00',
        to: '10:00',
      }),
    ).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Worker',
      id: 'worker-nobody',
    });
    expect(
      await addShift({ workerId: WORKER, roomId: 'room-nowhere', date: DAY, from: '09:00', to: '10:00' }),
    ).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Room',
    });
  });

  it('refuses a shift in another room that overlaps (a worker is in one place at a time)', async () => {
    const refused = await addShift({
      workerId: WORKER,
      roomId: 'room-bilgaard',
      date: DAY,
      from: '10:00',
      to: '11:00',
    });
    expect(refused.__typename).toBe('ShiftOverlapError');
  });

  it('lets only one of several overlapping shifts sent at once through', async () => {
    const date = '2021-02-03';
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        addShift({
          workerId: WORKER,
          roomId: 'room-de-skalm',
          date,
          from: `1${i % 2}:00`,
          to: `1${(i % 2) + 2}:00`,
        }),
      ),
    );
    expect(results.filter((r) => r.__typename === 'Shift')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'ShiftOverlapError')).toHaveLength(7);
    expect(await shiftsOf(WORKER, date)).toHaveLength(1);
  });

  // Deterministic on a server: hold the worker's lock, insert a shift, and only then let the mutation in.
  it.runIf(requirePostgres())('checks overlap after a concurrent writer commits (row lock)', async () => {
    const date = '2021-02-09';
    let pending: Promise<Result> | undefined;
    await subgraph.database.db.transaction(async (tx) => {
      await tx.execute(sql`select id from locations.workers where id = ${WORKER} for update`);
      pending = addShift({ workerId: WORKER, roomId: 'room-de-skalm', date, from: '10:00', to: '11:00' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.insert(shifts).values({
        id: 'shift-held',
        workerId: WORKER,
        roomId: 'room-de-skalm',
        date,
        fromMinute: 600,
        toMinute: 660,
      });
    });
    expect((await pending!).__typename).toBe('ShiftOverlapError');
    expect(await shiftsOf(WORKER, date)).toHaveLength(1);
  });

  it('refuses a malformed time as a whole (scalars check shape)', async () => {
    const response = await subgraph.query(ADD_SHIFT, {
      caller: writer,
      variables: {
        input: { workerId: WORKER, roomId: 'room-de-skalm', date: DAY, from: '9:00', to: '10:00' },
      },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs locations:write', async () => {
    const response = await subgraph.query(ADD_SHIFT, {
      caller: { scopes: ['locations:read'] },
      variables: {
        input: { workerId: WORKER, roomId: 'room-de-skalm', date: DAY, from: '15:00', to: '16:00' },
      },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await shiftsOf(WORKER, DAY)).map((s) => s.from)).not.toContain('15:00');
  });
});

describe('the roster', () => {
  it('is read for at most 31 days at once, and not backwards', async () => {
    for (const range of ['from: "2021-01-01", to: "2021-02-15"', 'from: "2021-02-01", to: "2021-01-01"']) {
      const response = await subgraph.query(`{ room(id: "room-de-skalm") { shifts(${range}) { id } } }`, {
        caller: writer,
      });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('cancelShift', () => {
  const CANCEL = `mutation ($input: CancelShiftInput!) {
    cancelShift(input: $input) {
      __typename
      ... on Shift { cancelled cancelReason version }
      ... on VersionConflictError { expectedVersion currentVersion }
      ... on Error { message }
    }
  }`;
  const cancel = async (input: Record<string, unknown>) =>
    (await subgraph.query<{ cancelShift: Result }>(CANCEL, { caller: writer, variables: { input } })).body
      .data!.cancelShift;

  it('cancels with the current version, then refuses a stale version and a second cancellation', async () => {
    const shift = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: '2021-02-04',
      from: '09:00',
      to: '10:00',
    });
    expect(await cancel({ id: shift.id, version: 1, reason: 'ill' })).toMatchObject({
      __typename: 'Shift',
      cancelled: true,
      cancelReason: 'ill',
      version: 2,
    });
    expect(await cancel({ id: shift.id, version: 1, reason: 'again' })).toMatchObject({
      __typename: 'VersionConflictError',
      expectedVersion: 1,
      currentVersion: 2,
    });
    expect(await cancel({ id: shift.id, version: 2, reason: 'again' })).toMatchObject({
      __typename: 'ValidationError',
    });
  });

  it('frees the time: a cancelled shift no longer blocks a new one', async () => {
    const shift = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: '2021-02-05',
      from: '09:00',
      to: '10:00',
    });
    await cancel({ id: shift.id, version: 1, reason: 'moved' });
    const again = await addShift({
      workerId: WORKER,
      roomId: 'room-de-skalm',
      date: '2021-02-05',
      from: '09:00',
      to: '10:00',
    });
    expect(again.__typename).toBe('Shift');
  });

  it('refuses an unknown shift and an empty reason', async () => {
    expect((await cancel({ id: 'shift-nope', version: 1, reason: 'x' })).__typename).toBe('NotFoundError');
    expect((await cancel({ id: 'shift-nope', version: 1, reason: '  ' })).__typename).toBe('ValidationError');
  });
});
