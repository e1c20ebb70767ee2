import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import { createLogger } from '@mienskip/kit/logger';
import { startSubgraph } from '@mienskip/kit/server';
import { createTestDatabase, testKeyMaterial, useTestDatabase } from '@mienskip/testing';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { CONTRACTS, LUMPSUMS_2021, ORGANISATIONS, SAVINGS_MEASURES } from '../src/db/reference-data.ts';
import { contracts, lumpsums, organisations, realisations, savingsMeasures } from '../src/db/tables.ts';
import { budget } from '../src/index.ts';

// Issue 18, point 2: MIENSKIP_SEED=none|reference|synthetic.

const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

describe('the reference seed, then the synthetic one', () => {
  const under = useTestDatabase();
  const rowsIn = async (table: PgTable) => (await under.database.db.select({ n: count() }).from(table))[0]!.n;

  it('reference writes the sources’ organisations, contracts, 2021 lumpsums and savings plan, and no realisation', async () => {
    await migrateDatabase(under.database, 'budget', migrationsFolder);
    await budget.seed(under.database.db, 'reference');
    const seeded = await under.database.db
      .select({ provenance: organisations.provenance })
      .from(organisations);
    expect(seeded).toHaveLength(ORGANISATIONS.length);
    expect(new Set(seeded.map((row) => row.provenance))).toEqual(new Set(['SOURCE']));
    expect(await rowsIn(contracts)).toBe(CONTRACTS.length);
    expect(await rowsIn(lumpsums)).toBe(LUMPSUMS_2021.length);
    expect(await rowsIn(savingsMeasures)).toBe(SAVINGS_MEASURES.length);
    expect(await rowsIn(realisations)).toBe(0);
  });

  it('synthetic adds the generated realisation, and the reference data stays as it was', async () => {
    await budget.seed(under.database.db, 'synthetic');
    expect(await rowsIn(realisations)).toBeGreaterThan(0);
    expect(await rowsIn(organisations)).toBe(ORGANISATIONS.length);
    expect(await rowsIn(lumpsums)).toBe(LUMPSUMS_2021.length);
  });
});

describe('MIENSKIP_SEED=none', () => {
  it('migrates and seeds nothing', async () => {
    const database = await createTestDatabase();
    const started = await startSubgraph(budget, {
      port: 0,
      database: database.options,
      publicJwks: (await testKeyMaterial()).publicJwks,
      logger: createLogger('budget', 'silent'),
      seed: 'none',
    });
    try {
      const rows = async (table: PgTable) =>
        (await started.database.db.select({ n: count() }).from(table))[0]!.n;
      expect([await rows(organisations), await rows(lumpsums), await rows(realisations)]).toEqual([0, 0, 0]);
    } finally {
      await started.close();
      await database.drop();
    }
  });
});
