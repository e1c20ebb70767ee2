import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['locations:read', 'locations:write'] as const };
const amaryllis = {
  scopes: ['locations:read'] as const,
  organisationKind: 'PROVIDER' as const,
  organisationId: 'org-amaryllis',
};

interface Slot {
  id: string;
  weekday: string;
  from: string;
  to: string;
  role: string;
  organisation: { id: string } | null;
  note: string | null;
  provenance: string;
  receivesVisitors: boolean;
  isBasisPresence: boolean;
}
type Rooms = { rooms: { id: string; presence: Slot[] }[] };

const PRESENCE = `{ rooms { id presence { id weekday from to role organisation { id } note provenance
  receivesVisitors isBasisPresence } } }`;
const NOTE = 'Synthetic example data, not from the sources.';

describe('presence of rooms', () => {
  it('gives every room its weekly presence by weekday and time, in one statement for all rooms', async () => {
    const before = subgraph.database.statementCount;
    const { body } = await subgraph.query<Rooms>(PRESENCE, { caller: municipal });
    expect(body.errors).toBeUndefined();
    expect(subgraph.database.statementCount - before).toBe(2); // the rooms, then all their presence
    expect(body.data!.rooms).toHaveLength(9);
    const skalm = body.data!.rooms.find((room) => room.id === 'room-de-skalm')!.presence;
    const volunteers = { role: 'VRIJWILLIGER', organisation: { id: 'org-vol' }, receivesVisitors: true };
    const basis = { role: 'BASIS', organisation: { id: 'org-amaryllis' }, isBasisPresence: true };
    expect(skalm).toMatchObject([
      { weekday: 'MONDAY', from: '09:00', to: '12:30', ...volunteers },
      { weekday: 'MONDAY', from: '13:00', to: '17:00', ...volunteers },
      { weekday: 'TUESDAY', from: '09:00', to: '12:30', ...volunteers },
      { weekday: 'TUESDAY', from: '09:30', to: '12:00', ...basis },
      { weekday: 'TUESDAY', from: '13:00', to: '17:00', ...volunteers },
      { weekday: 'WEDNESDAY', from: '09:00', to: '12:30', ...volunteers },
      { weekday: 'WEDNESDAY', from: '13:00', to: '17:00', ...volunteers },
      { weekday: 'THURSDAY', from: '09:00', to: '12:30', ...volunteers },
      { weekday: 'THURSDAY', from: '09:30', to: '12:00', ...basis },
      { weekday: 'FRIDAY', from: '09:00', to: '12:30', ...volunteers },
    ]);
    expect(skalm[0]).toEqual({
      id: 'room-de-skalm-presence-1',
      weekday: 'MONDAY',
      from: '09:00',
      to: '12:30',
      role: 'VRIJWILLIGER',
      organisation: { id: 'org-vol' },
      note: NOTE,
      provenance: 'SYNTHETIC',
      receivesVisitors: true,
      isBasisPresence: false,
    });
    // Open in the mornings only: no volunteers in the afternoons.
    const westenkwartier = body.data!.rooms.find((room) => room.id === 'room-westenkwartier')!.presence;
    expect(westenkwartier.map((slot) => `${slot.weekday} ${slot.from}`)).toEqual([
      'MONDAY 09:00',
      'TUESDAY 09:00',
      'TUESDAY 09:30',
      'WEDNESDAY 09:00',
      'THURSDAY 09:00',
      'THURSDAY 09:30',
      'FRIDAY 09:00',
    ]);
  });

  it('shows a slot as it was planned, without organisation or note, among the seeded ones', async () => {
    const { body: planned } = await subgraph.query<{ schedulePresence: { id: string } }>(
      'mutation { schedulePresence(input: { roomId: "room-de-klomp", weekday: MONDAY, from: "10:15", to: "11:00", role: BEHEERDER }) { ... on PresenceSlot { id } } }',
      { caller: municipal },
    );
    const { body } = await subgraph.query<{ room: { presence: Slot[] } }>(
      '{ room(id: "room-de-klomp") { presence { id weekday from to role organisation { id } note provenance } } }',
      { caller: municipal },
    );
    const presence = body.data!.room.presence;
    expect(presence.map((slot) => `${slot.weekday} ${slot.from}`).slice(0, 3)).toEqual([
      'MONDAY 09:00',
      'MONDAY 10:15',
      'MONDAY 13:00',
    ]);
    expect(presence[1]).toEqual({
      id: planned.data!.schedulePresence.id,
      weekday: 'MONDAY',
      from: '10:15',
      to: '11:00',
      role: 'BEHEERDER',
      organisation: null,
      note: null,
      provenance: 'RECORDED',
    });
  });

  it("shows a key of another organisation its own organisation's presence only, and an empty list where it has none", async () => {
    const { body } = await subgraph.query<Rooms>(PRESENCE, { caller: amaryllis });
    expect(body.errors).toBeUndefined();
    const rooms = body.data!.rooms;
    expect(rooms).toHaveLength(9);
    for (const room of rooms)
      for (const slot of room.presence) expect(slot.organisation, room.id).toEqual({ id: 'org-amaryllis' });
    const skalm = rooms.find((room) => room.id === 'room-de-skalm')!.presence;
    expect(skalm.map((slot) => `${slot.weekday} ${slot.from}`)).toEqual(['TUESDAY 09:30', 'THURSDAY 09:30']);

    const { body: other } = await subgraph.query<Rooms>('{ rooms { id presence { id } } }', {
      caller: { ...amaryllis, organisationId: 'org-jet' },
    });
    expect(other.data!.rooms.map((room) => room.presence)).toEqual(rooms.map(() => []));
  });
});
