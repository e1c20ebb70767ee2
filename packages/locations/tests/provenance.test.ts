import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import {
  provenanceMarkers,
  rerunProvenanceMigration,
  startTestSubgraph,
  type TestSubgraph,
  useTestDatabase,
} from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/db/seed.ts';
import { locations } from '../src/index.ts';

// Issue 12, point 9: every type holding seeded rows says where the row comes from.

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const municipal = {
  scopes: ['locations:read', 'locations:write', 'statistics'] as const,
  organisationKind: 'MUNICIPALITY' as const,
  organisationId: 'org-gemeente-leeuwarden',
};

async function query<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await subgraph.query<T>(text, { caller: municipal, ...(variables && { variables }) });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const provenances = (rows: { provenance: string }[]) => [...new Set(rows.map((row) => row.provenance))];

describe('seeded rows', () => {
  it('marks the areas and the nine rooms of the council letter SOURCE', async () => {
    const data = await query<{ areas: { provenance: string }[]; rooms: { provenance: string }[] }>(
      '{ areas { provenance } rooms { provenance } }',
    );
    expect(data.areas).toHaveLength(8);
    expect(provenances(data.areas)).toEqual(['SOURCE']);
    expect(data.rooms).toHaveLength(9);
    expect(provenances(data.rooms)).toEqual(['SOURCE']);
  });

  it('marks everything generated about a room SYNTHETIC: opening hours, moments, facilities, presence, workers, shifts, activities, visits', async () => {
    const { room } = await query<{
      room: Record<string, { provenance: string }[]> & { area: { provenance: string } };
    }>(`{ room(id: "room-de-skalm") {
      area { provenance }
      openingHours { provenance } moments { provenance } facilityAgreements { provenance }
      presence { provenance } workers { provenance } activities { provenance }
      shifts(from: "2021-01-04", to: "2021-01-10") { provenance }
      visits(from: "2021-01-01", to: "2021-01-31") { provenance }
    } }`);
    expect(room.area.provenance).toBe('SOURCE');
    for (const list of [
      'openingHours',
      'moments',
      'facilityAgreements',
      'presence',
      'workers',
      'activities',
      'shifts',
      'visits',
    ]) {
      expect(room[list]!.length, list).toBeGreaterThan(0);
      expect(provenances(room[list]!), list).toEqual(['SYNTHETIC']);
    }
  });

  it('marks visit statistics over generated counts SYNTHETIC', async () => {
    const { areaStatistics } = await query<{
      areaStatistics: { provenance: string; rooms: { provenance: string }[] };
    }>(
      '{ areaStatistics(areaId: "area-stiens", from: "2021-01-01", to: "2021-03-31") { provenance rooms { provenance } } }',
    );
    expect(areaStatistics).toEqual({ provenance: 'SYNTHETIC', rooms: [{ provenance: 'SYNTHETIC' }] });
  });
});

describe('rows written through the API', () => {
  it('are RECORDED: a room, its opening hours, a worker, a shift, a presence slot and a day of visits', async () => {
    const { createRoom } = await query<{
      createRoom: { id: string; provenance: string; openingHours: { provenance: string }[] };
    }>(
      `mutation { createRoom(input: { name: "Provenance proef", areaId: "area-noord", buildingType: SHOP, status: OPEN,
        openingHours: [{ weekday: MONDAY, from: "09:00", to: "12:00" }] }) {
        ... on Room { id provenance openingHours { provenance } } } }`,
    );
    expect(createRoom).toMatchObject({ provenance: 'RECORDED', openingHours: [{ provenance: 'RECORDED' }] });

    const { createWorker } = await query<{ createWorker: { provenance: string } }>(
      `mutation { createWorker(input: { name: "Test Worker", role: VRIJWILLIGER, organisationId: "org-vol",
        roomIds: ["room-de-skalm"] }) { ... on Worker { provenance } } }`,
    );
    expect(createWorker).toEqual({ provenance: 'RECORDED' });

    const { addShift } = await query<{ addShift: { provenance: string } }>(
      `mutation { addShift(input: { workerId: "worker-00022", roomId: "room-de-skalm", date: "2021-01-12",
        from: "13:00", to: "14:00" }) { __typename ... on Shift { provenance } } }`,
    );
    expect(addShift).toEqual({ __typename: 'Shift', provenance: 'RECORDED' });

    const { schedulePresence } = await query<{ schedulePresence: { provenance: string } }>(
      `mutation { schedulePresence(input: { roomId: "room-de-skalm", weekday: FRIDAY, from: "13:00", to: "15:00",
        role: OPBOUWWERKER }) { ... on PresenceSlot { provenance } } }`,
    );
    expect(schedulePresence).toEqual({ provenance: 'RECORDED' });

    const { recordVisits } = await query<{ recordVisits: { provenance: string } }>(
      `mutation { recordVisits(input: { roomId: "room-de-klomp", date: "2021-09-01", visitors: 9,
        supportRequests: 1 }) { ... on DailyVisits { provenance } } }`,
    );
    expect(recordVisits).toEqual({ provenance: 'RECORDED' });
  });

  it('turn a changed source room RECORDED, and leave a changed synthetic row SYNTHETIC', async () => {
    const { room } = await query<{ room: { version: number } }>('{ room(id: "room-bilgaard") { version } }');
    const { updateRoom } = await query<{ updateRoom: { provenance: string } }>(
      `mutation { updateRoom(input: { id: "room-bilgaard", version: ${room.version}, status: AGREEMENTS_DONE }) {
        ... on Room { provenance } } }`,
    );
    expect(updateRoom).toEqual({ provenance: 'RECORDED' });

    const { room: skalm } = await query<{ room: { shifts: { id: string; version: number }[] } }>(
      '{ room(id: "room-de-skalm") { shifts(from: "2021-01-05", to: "2021-01-05") { id version } } }',
    );
    const seeded = skalm.shifts.find((shift) => shift.id.startsWith('shift-worker-'))!;
    const { cancelShift } = await query<{ cancelShift: { provenance: string } }>(
      `mutation { cancelShift(input: { id: "${seeded.id}", version: ${seeded.version}, reason: "ill" }) {
        ... on Shift { provenance } } }`,
    );
    expect(cancelShift).toEqual({ provenance: 'SYNTHETIC' });

    const { recordVisits } = await query<{ recordVisits: { provenance: string } }>(
      `mutation { recordVisits(input: { roomId: "room-de-skalm", date: "2021-01-04", visitors: 1,
        supportRequests: 0 }) { ... on DailyVisits { provenance } } }`,
    );
    expect(recordVisits).toEqual({ provenance: 'SYNTHETIC' });
  });
});

describe('migration 0001 on a database seeded before it', () => {
  const under = useTestDatabase();
  const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
  const TABLES = [
    'areas',
    'rooms',
    'opening_hours',
    'room_moments',
    'facility_agreements',
    'workers',
    'presence_slots',
    'shifts',
    'activities',
    'visit_counts',
  ];
  const markers = () => provenanceMarkers(under.database.db, 'locations', TABLES);

  it('marks the seeded rows as the seed marks them now, and leaves rows written through the API RECORDED', async () => {
    const { database } = under;
    await migrateDatabase(database, 'locations', migrationsFolder);
    await seed(database.db, { generatedRooms: 2 });
    // Rows as the API writes them (its ids), on days and in rooms the seed also uses.
    await database.db.execute(sql`
      insert into locations.workers (id, name, role, organisation_id) values
        ('worker-5f0c2a9e-0000-4000-8000-000000000001', 'A Worker', 'VRIJWILLIGER', 'org-vol')`);
    await database.db.execute(sql`
      insert into locations.opening_hours (id, room_id, weekday, from_minute, to_minute) values
        ('room-de-skalm-open-1a2b3c4d-1', 'room-de-skalm', 'SATURDAY', 600, 660)`);
    await database.db.execute(sql`
      insert into locations.visit_counts (room_id, date, visitors, support_requests) values
        ('room-de-skalm', '2021-01-09', 3, 0), ('room-de-klomp', '2021-01-05', 3, 0),
        ('room-de-skalm', '2021-07-05', 3, 0)`);
    const expected = await markers();
    // Three workers per room and the three consulenten of Sociale Zaken (migration 0002).
    expect(expected.workers).toEqual({ SYNTHETIC: 36, RECORDED: 1 });
    expect(expected.visit_counts!.RECORDED).toBe(3);

    // The database as it was before 0001: no markers, and 0001 (and what follows it) not yet applied.
    await rerunProvenanceMigration(
      database,
      'locations',
      TABLES,
      migrationsFolder,
      'all but the first migration',
    );
    expect(await markers()).toEqual(expected);
  });
});
