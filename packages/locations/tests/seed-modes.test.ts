import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import { createLogger } from '@mienskip/kit/logger';
import { startSubgraph } from '@mienskip/kit/server';
import { createTestDatabase, testKeyMaterial, useTestDatabase } from '@mienskip/testing';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  areas,
  openingHours,
  presenceSlots,
  roomOrganisations,
  rooms,
  shifts,
  visitCounts,
  workers,
} from '../src/db/tables.ts';
import { locations } from '../src/index.ts';

// Issue 18, point 2: MIENSKIP_SEED=none|reference|synthetic.

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
const SYNTHETIC_TABLES = { openingHours, presenceSlots, workers, shifts, visitCounts };

describe('the reference seed, then the synthetic one', () => {
  const under = useTestDatabase();
  const rowsIn = async (table: PgTable) => (await under.database.db.select({ n: count() }).from(table))[0]!.n;
  const syntheticRows = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(SYNTHETIC_TABLES).map(async ([name, table]) => [name, await rowsIn(table)]),
      ),
    );

  it('reference writes the eight areas and the nine rooms of the council letter, and nothing generated', async () => {
    await migrateDatabase(under.database, 'locations', migrationsFolder);
    await locations.seed(under.database.db, 'reference');
    expect(await rowsIn(areas)).toBe(8);
    const seeded = await under.database.db.select({ provenance: rooms.provenance }).from(rooms);
    expect(seeded).toHaveLength(9);
    expect(new Set(seeded.map((room) => room.provenance))).toEqual(new Set(['SOURCE']));
    expect(await rowsIn(roomOrganisations)).toBe(9);
    expect(await syntheticRows()).toEqual({
      openingHours: 0,
      presenceSlots: 0,
      workers: 0,
      shifts: 0,
      visitCounts: 0,
    });
  });

  it('writes it once: a second reference seed changes nothing', async () => {
    await locations.seed(under.database.db, 'reference');
    expect([await rowsIn(areas), await rowsIn(rooms), await rowsIn(roomOrganisations)]).toEqual([8, 9, 9]);
  });

  it('synthetic adds the generated schedule to the same nine rooms', async () => {
    await locations.seed(under.database.db, 'synthetic');
    expect(await rowsIn(rooms)).toBe(9);
    for (const [name, rows] of Object.entries(await syntheticRows())) expect(rows, name).toBeGreaterThan(0);
    const before = await syntheticRows();
    await locations.seed(under.database.db, 'synthetic');
    expect(await syntheticRows()).toEqual(before);
  });
});

describe('MIENSKIP_SEED=none', () => {
  it('migrates and seeds nothing', async () => {
    const database = await createTestDatabase();
    const started = await startSubgraph(locations, {
      port: 0,
      database: database.options,
      publicJwks: (await testKeyMaterial()).publicJwks,
      logger: createLogger('locations', 'silent'),
      seed: 'none',
    });
    try {
      const [areaRows, roomRows] = await Promise.all(
        [areas, rooms].map(
          async (table) => (await started.database.db.select({ n: count() }).from(table))[0]!.n,
        ),
      );
      expect({ areaRows, roomRows }).toEqual({ areaRows: 0, roomRows: 0 });
    } finally {
      await started.close();
      await database.drop();
    }
  });
});
