import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import { startTestSubgraph, type TestSubgraph, useTestDatabase } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/db/seed.ts';
import { locations } from '../src/index.ts';

// Council reporting: the reference data a report needs (areas with their inhabitants, rooms, coverage)
// is readable with a statistics-only key; presence and workers are not.

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(locations);
});
afterAll(() => subgraph?.close());

const council = { scopes: ['statistics'] as const };

type Area = { id: string; kind: string; population: number | null; populationProvenance: string | null };

describe('inhabitants', () => {
  it('gives every seeded area a population marked SYNTHETIC, together no more than the municipality', async () => {
    const response = await subgraph.query<{
      areas: Area[];
      municipality: { name: string; population: number; provenance: string };
    }>('{ areas { id kind population populationProvenance } municipality { name population provenance } }', {
      caller: council,
    });
    expect(response.body.errors).toBeUndefined();
    const { areas, municipality } = response.body.data!;
    expect(areas).toHaveLength(8);
    for (const area of areas) {
      expect(area.population, area.id).toBeGreaterThan(0);
      expect(area.populationProvenance, area.id).toBe('SYNTHETIC');
    }
    expect(municipality).toEqual({ name: 'Leeuwarden', population: 124000, provenance: 'SYNTHETIC' });
    const total = areas.reduce((sum, area) => sum + area.population!, 0);
    expect(total).toBeLessThanOrEqual(municipality.population);
  });
});

describe('a statistics-only key', () => {
  it('reads areas, an area, rooms and a room with their coverage', async () => {
    const response = await subgraph.query<{
      area: { id: string; name: string; population: number; rooms: { id: string }[] };
      rooms: { id: string; name: string; status: string; area: { id: string } }[];
      room: { id: string; coverage: { fullyReceived: boolean; gapsWithoutReception: { minutes: number }[] } };
    }>(
      `{ area(id: "area-west") { id name population rooms { id } }
         rooms { id name status area { id } }
         room(id: "room-de-skalm") { id coverage(week: "2021-01-04") { fullyReceived gapsWithoutReception { minutes } } } }`,
      { caller: council },
    );
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data!;
    expect(data.area).toMatchObject({ id: 'area-west', population: 13500 });
    expect(data.area.rooms.length).toBeGreaterThan(0);
    expect(data.rooms).toHaveLength(9);
    expect(data.room.id).toBe('room-de-skalm');
    expect(typeof data.room.coverage.fullyReceived).toBe('boolean');
  });

  it('is refused presence and workers (who is there), with FORBIDDEN', async () => {
    for (const field of ['presence { id }', 'workers { id }']) {
      const response = await subgraph.query<{ room: unknown }>(
        `{ room(id: "room-de-skalm") { id ${field} } }`,
        {
          caller: council,
        },
      );
      expect(response.body.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
      expect(JSON.stringify(response.body.data), field).not.toContain('worker-');
    }
  });

  it('is refused without any scope', async () => {
    const response = await subgraph.query('{ areas { id } }', { caller: { scopes: [] } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('migration 0003 on a database seeded before it', () => {
  const under = useTestDatabase();
  const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

  it('sets the seeded populations where none is set, and keeps a population set since', async () => {
    const { database } = under;
    await migrateDatabase(database, 'locations', migrationsFolder);
    await seed(database.db);
    const populations = async () =>
      Object.fromEntries(
        (
          (await database.db.execute(
            sql`select id, population from locations.areas order by id`,
          )) as unknown as {
            rows: { id: string; population: number | null }[];
          }
        ).rows.map((row) => [row.id, row.population]),
      );
    const seeded = await populations();
    // As before 0003: no populations, and 0003 not yet applied; one area's population set meanwhile.
    await database.db.execute(sql`update locations.areas set population = null`);
    await database.db.execute(sql`update locations.areas set population = 77 where id = 'area-noord'`);
    await database.db.execute(
      sql.raw(
        'delete from drizzle.locations_migrations where created_at = (select max(created_at) from drizzle.locations_migrations)',
      ),
    );
    await migrateDatabase(database, 'locations', migrationsFolder);
    expect(await populations()).toEqual({ ...seeded, 'area-noord': 77 });
    expect(Object.values(seeded).every((n) => typeof n === 'number' && n > 0)).toBe(true);
  });
});
