import { errorCodes, startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const reader = {
  scopes: ['locations:read'] as const,
  organisationKind: 'PARTNER' as const,
  organisationId: 'org-mindup',
};

describe('rooms and areas', () => {
  it('seeds the nine rooms of the council letter, each with its area and status, by name in any collation', async () => {
    const { body } = await subgraph.query<{ rooms: { id: string; status: string; area: { id: string } }[] }>(
      '{ rooms { id status area { id } } }',
      { caller: reader },
    );
    expect(body.data!.rooms.map((room) => [room.id, room.area.id, room.status])).toEqual([
      ['room-de-skalm', 'area-stiens', 'OPEN'],
      ['room-kringloopwinkel-grou', 'area-dorpen-zuid', 'IN_NEGOTIATION'],
      ['room-de-wjukken', 'area-dorpen-zuid', 'IN_NEGOTIATION'],
      ['room-westenkwartier', 'area-west', 'OPEN_MORNINGS_ONLY'],
      ['room-de-klomp', 'area-oud-oost', 'IN_NEGOTIATION'],
      ['room-oude-ambachtsschool', 'area-zuid', 'IN_NEGOTIATION'],
      ['room-bilgaard', 'area-noord', 'IN_NEGOTIATION'],
      ['room-heechterp-schieringen', 'area-noord-oost', 'IN_NEGOTIATION'],
      ['room-het-knooppunt', 'area-centrum-oost', 'IN_NEGOTIATION'],
    ]);
  });

  it('filters rooms by area and by status', async () => {
    const { body } = await subgraph.query<{ south: { name: string }[]; open: { name: string }[] }>(
      '{ south: rooms(areaId: "area-dorpen-zuid") { name } open: rooms(status: OPEN) { name } }',
      { caller: reader },
    );
    expect(body.data).toEqual({
      south: [{ name: 'Kringloopwinkel Grou' }, { name: 'MFC de Wjukken' }],
      open: [{ name: 'De Skalm' }],
    });
  });

  it('answers null for a room or area that does not exist', async () => {
    const { body } = await subgraph.query('{ room(id: "room-nope") { id } area(id: "area-nope") { id } }', {
      caller: reader,
    });
    expect(body).toEqual({ data: { room: null, area: null } });
  });

  it('refuses a caller without locations:read with FORBIDDEN', async () => {
    const response = await subgraph.query('{ rooms { id } }', { caller: { scopes: ['budget:read'] } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('refers to organisations by key only', async () => {
    const { body } = await subgraph.query<{ room: { organisations: { id: string }[] } }>(
      '{ room(id: "room-de-skalm") { organisations { id } } }',
      { caller: reader },
    );
    expect(body.data!.room.organisations).toEqual([{ id: 'org-amaryllis' }]);
  });

  it('lists the same organisations of every room as the room itself does', async () => {
    type Listed = { id: string; organisations: { id: string }[] };
    const { body } = await subgraph.query<{ rooms: Listed[] }>('{ rooms { id organisations { id } } }', {
      caller: reader,
    });
    expect(body.data!.rooms.some((room) => room.organisations.length > 0)).toBe(true);
    for (const listed of body.data!.rooms) {
      const { body: one } = await subgraph.query<{ room: Listed }>(
        `{ room(id: "${listed.id}") { id organisations { id } } }`,
        { caller: reader },
      );
      expect(one.data!.room).toEqual(listed);
    }
    // The rooms of an area read theirs through the loader, as a room does.
    const { body: byArea } = await subgraph.query<{ areas: { rooms: Listed[] }[] }>(
      '{ areas { rooms { id organisations { id } } } }',
      { caller: reader },
    );
    const throughAreas = byArea.data!.areas.flatMap((area) => area.rooms);
    expect(throughAreas.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...body.data!.rooms].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

describe('no N+1', () => {
  const statements = async (query: string, variables?: Record<string, unknown>) => {
    const before = subgraph.database.statementCount;
    const response = await subgraph.query(query, { caller: reader, ...(variables && { variables }) });
    expect(response.body.errors).toBeUndefined();
    return subgraph.database.statementCount - before;
  };

  it('reads rooms with their areas and organisations in one statement per level', async () => {
    // The rooms come with their areas and organisation ids in one statement; listed areas need none when asked again.
    expect(await statements('{ rooms { id area { name } organisations { id } } }')).toBe(1);
    expect(await statements('{ rooms { id ... on Room { organisations { id } } } }')).toBe(1);
    expect(await statements('{ rooms(status: OPEN) { id area { id name kind } } }')).toBe(1);
    expect(await statements('{ areas { name rooms { name area { name } } } }')).toBe(2);
  });

  it('resolves entity references in one batched statement, with null for a dangling one', async () => {
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Room { id name } ... on Area { id } } }';
    const representations = [
      { __typename: 'Room', id: 'room-de-skalm' },
      { __typename: 'Room', id: 'room-bilgaard' },
      { __typename: 'Room', id: 'room-does-not-exist' },
      { __typename: 'Area', id: 'area-west' },
    ];
    const before = subgraph.database.statementCount;
    const response = await subgraph.query<{ _entities: unknown[] }>(query, {
      caller: reader,
      variables: { r: representations },
    });
    expect(response.body.data!._entities).toEqual([
      { id: 'room-de-skalm', name: 'De Skalm' },
      { id: 'room-bilgaard', name: 'Wijkcentrum Bilgaard' },
      null,
      { id: 'area-west' },
    ]);
    expect(subgraph.database.statementCount - before).toBe(2); // one for rooms, one for areas
  });
});
