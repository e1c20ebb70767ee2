import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const writer = { scopes: ['locations:read', 'locations:write'] as const };
type Result = { __typename: string; [key: string]: unknown };

const ROOM_FIELDS =
  'id name status version address area { id } openingHours { weekday from to } moments { kind weekday from to } facilityAgreements { item amount period }';

async function mutate(
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  fields = ROOM_FIELDS,
): Promise<Result> {
  const response = await subgraph.query<Record<string, Result>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Room { ${fields} } ... on Error { message } ... on ValidationError { field } ... on NotFoundError { entity id } ${name === 'updateRoom' ? '... on VersionConflictError { expectedVersion currentVersion }' : ''} } }`,
    { caller: writer, variables: { input } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data![name]!;
}

const readRoom = async (id: string) =>
  (
    await subgraph.query<{ room: Result | null }>(`{ room(id: "${id}") { ${ROOM_FIELDS} } }`, {
      caller: writer,
    })
  ).body.data!.room;

describe('createRoom', () => {
  it('adds a room with a readable id, planned by default, with its opening hours', async () => {
    const room = await mutate('createRoom', 'CreateRoomInput', {
      name: 'Dorpshuis Wirdum',
      areaId: 'area-dorpen-zuid',
      buildingType: 'COMMUNITY_CENTRE',
      openingHours: [{ weekday: 'MONDAY', from: '09:00', to: '12:00' }],
    });
    expect(room).toMatchObject({
      __typename: 'Room',
      id: 'room-dorpshuis-wirdum',
      status: 'PLANNED',
      version: 1,
      area: { id: 'area-dorpen-zuid' },
      openingHours: [{ weekday: 'MONDAY', from: '09:00', to: '12:00' }],
    });
  });

  it('refuses a second room with the same name, an unknown area and overlapping opening hours, creating nothing', async () => {
    expect(
      await mutate('createRoom', 'CreateRoomInput', {
        name: 'Dorpshuis Wirdum',
        areaId: 'area-zuid',
        buildingType: 'OTHER',
      }),
    ).toMatchObject({ __typename: 'ValidationError', field: 'name' });
    expect(
      await mutate('createRoom', 'CreateRoomInput', {
        name: 'Nowhere room',
        areaId: 'area-atlantis',
        buildingType: 'OTHER',
      }),
    ).toMatchObject({ __typename: 'NotFoundError', entity: 'Area', id: 'area-atlantis' });
    expect(
      await mutate('createRoom', 'CreateRoomInput', {
        name: 'Overlap room',
        areaId: 'area-zuid',
        buildingType: 'OTHER',
        openingHours: [
          { weekday: 'MONDAY', from: '09:00', to: '12:00' },
          { weekday: 'MONDAY', from: '11:00', to: '13:00' },
        ],
      }),
    ).toMatchObject({ __typename: 'ValidationError', field: 'openingHours.1' });
    expect(await readRoom('room-nowhere-room')).toBeNull();
    expect(await readRoom('room-overlap-room')).toBeNull();
  });
});

describe('updateRoom', () => {
  it('changes what is given, replaces lists whole and bumps the version', async () => {
    const room = await mutate('updateRoom', 'UpdateRoomInput', {
      id: 'room-bilgaard',
      version: 1,
      status: 'AGREEMENTS_DONE',
      openingHours: [
        { weekday: 'TUESDAY', from: '09:00', to: '12:00' },
        { weekday: 'TUESDAY', from: '13:00', to: '17:00' },
      ],
      moments: [{ kind: 'SPREEKUUR', weekday: 'TUESDAY', from: '13:00', to: '14:00' }],
      facilityAgreements: [{ item: 'COFFEE_TEA', amount: '30.50', period: 'PER_MONTH' }],
    });
    expect(room).toMatchObject({
      __typename: 'Room',
      status: 'AGREEMENTS_DONE',
      name: 'Wijkcentrum Bilgaard',
      version: 2,
      openingHours: [
        { weekday: 'TUESDAY', from: '09:00', to: '12:00' },
        { weekday: 'TUESDAY', from: '13:00', to: '17:00' },
      ],
      moments: [{ kind: 'SPREEKUUR', weekday: 'TUESDAY', from: '13:00', to: '14:00' }],
      facilityAgreements: [{ item: 'COFFEE_TEA', amount: '30.50', period: 'PER_MONTH' }],
    });
  });

  it('refuses a stale version and changes nothing (no lost update)', async () => {
    const before = await readRoom('room-bilgaard');
    const refused = await mutate('updateRoom', 'UpdateRoomInput', {
      id: 'room-bilgaard',
      version: 1,
      status: 'OPEN',
    });
    expect(refused).toMatchObject({
      __typename: 'VersionConflictError',
      expectedVersion: 1,
      currentVersion: 2,
    });
    expect(await readRoom('room-bilgaard')).toEqual(before);
  });

  it('refuses bad input before writing anything', async () => {
    const before = await readRoom('room-bilgaard');
    expect(
      await mutate('updateRoom', 'UpdateRoomInput', {
        id: 'room-bilgaard',
        version: 2,
        status: 'OPEN',
        facilityAgreements: [{ item: 'ROOM', amount: '-1.00', period: 'PER_MONTH' }],
      }),
    ).toMatchObject({ __typename: 'ValidationError', field: 'facilityAgreements.0.amount' });
    expect(
      await mutate('updateRoom', 'UpdateRoomInput', {
        id: 'room-bilgaard',
        version: 2,
        moments: [{ kind: 'INLOOP', weekday: 'MONDAY', from: '12:00', to: '11:00' }],
      }),
    ).toMatchObject({ __typename: 'ValidationError', field: 'moments.0.to' });
    expect(
      await mutate('updateRoom', 'UpdateRoomInput', { id: 'room-bilgaard', version: 2, name: '   ' }),
    ).toMatchObject({
      __typename: 'ValidationError',
      field: 'name',
    });
    expect(await readRoom('room-bilgaard')).toEqual(before);
  });

  it('refuses an unknown room', async () => {
    expect(
      await mutate('updateRoom', 'UpdateRoomInput', { id: 'room-nope', version: 1, status: 'OPEN' }),
    ).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Room',
    });
  });

  it('refuses a money amount that is not a two-decimal string as a whole', async () => {
    const response = await subgraph.query(
      'mutation { updateRoom(input: { id: "room-bilgaard", version: 2, facilityAgreements: [{ item: ROOM, amount: "12.5", period: PER_MONTH }] }) { __typename } }',
      { caller: writer },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('presence', () => {
  const SCHEDULE = `mutation ($input: SchedulePresenceInput!) { schedulePresence(input: $input) { __typename
    ... on PresenceSlot { id weekday from to role receivesVisitors isBasisPresence organisation { id } }
    ... on ValidationError { field } ... on NotFoundError { entity } } }`;

  it('schedules and removes a weekly presence slot', async () => {
    const { body } = await subgraph.query<{ schedulePresence: Result }>(SCHEDULE, {
      caller: writer,
      variables: {
        input: {
          roomId: 'room-de-klomp',
          weekday: 'FRIDAY',
          from: '13:00',
          to: '15:00',
          role: 'JET',
          organisationId: 'org-jet',
        },
      },
    });
    expect(body.data!.schedulePresence).toMatchObject({
      __typename: 'PresenceSlot',
      role: 'JET',
      receivesVisitors: false,
      isBasisPresence: false,
      organisation: { id: 'org-jet' },
    });
    const removed = await subgraph.query<{ removePresence: Result }>(
      `mutation { removePresence(input: { id: "${body.data!.schedulePresence.id}" }) { __typename } }`,
      { caller: writer },
    );
    expect(removed.body.data!.removePresence.__typename).toBe('PresenceSlot');
    const again = await subgraph.query<{ removePresence: Result }>(
      `mutation { removePresence(input: { id: "${body.data!.schedulePresence.id}" }) { __typename } }`,
      { caller: writer },
    );
    expect(again.body.data!.removePresence.__typename).toBe('NotFoundError');
  });

  it('refuses an empty period and an unknown room', async () => {
    const empty = await subgraph.query<{ schedulePresence: Result }>(SCHEDULE, {
      caller: writer,
      variables: {
        input: { roomId: 'room-de-klomp', weekday: 'FRIDAY', from: '15:00', to: '13:00', role: 'BASIS' },
      },
    });
    expect(empty.body.data!.schedulePresence).toMatchObject({ __typename: 'ValidationError', field: 'to' });
    const unknown = await subgraph.query<{ schedulePresence: Result }>(SCHEDULE, {
      caller: writer,
      variables: {
        input: { roomId: 'room-nope', weekday: 'FRIDAY', from: '13:00', to: '15:00', role: 'BASIS' },
      },
    });
    expect(unknown.body.data!.schedulePresence).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Room',
    });
  });
});
