import { fileURLToPath } from 'node:url';
import { connectDatabase, type Database, migrateDatabase } from '@mienskip/kit/db';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/db/tables.ts';
import { seed } from '../../src/db/seed.ts';
import { type ClientsSeedRows, generateClients } from '../../src/db/synthetic.ts';

const migrationsFolder = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));

const TABLES: Record<keyof ClientsSeedRows, PgTable> = {
  households: schema.households,
  clients: schema.clients,
  caseworkers: schema.caseworkers,
  supportPlans: schema.supportPlans,
  coordinatorAssignments: schema.coordinatorAssignments,
  supportRequests: schema.supportRequests,
  referrals: schema.referrals,
  decisions: schema.decisions,
  objections: schema.objections,
  complaints: schema.complaints,
  engagements: schema.engagements,
  transitionInterviews: schema.transitionInterviews,
  housingLinks: schema.housingLinks,
};

let testDatabase: TestDatabase;
let database: Database;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await connectDatabase(testDatabase.options);
  await migrateDatabase(database, 'clients', migrationsFolder);
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

async function rowCounts() {
  const counts: Partial<Record<keyof ClientsSeedRows, number>> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    const [row] = await database.db.select({ n: count() }).from(table);
    counts[name as keyof ClientsSeedRows] = row!.n;
  }
  return counts;
}

describe('seed', () => {
  it('inserts every generated row on a fresh database, within the constraints, once', async () => {
    const expected = Object.fromEntries(
      Object.entries(generateClients({ transitionClients: 2000 })).map(([name, list]) => [name, list.length]),
    );
    // Two instances starting at once on an empty database, then a restart: one seed in all.
    await Promise.all([
      seed(database.db, { transitionClients: 2000 }),
      seed(database.db, { transitionClients: 2000 }),
    ]);
    expect(await rowCounts()).toEqual(expected);
    await seed(database.db, { transitionClients: 2000 });
    expect(await rowCounts()).toEqual(expected);
  });

  it('stores arrays, dates and decimals as generated', async () => {
    const [client] = await database.db.select().from(schema.clients).limit(1).orderBy(schema.clients.id);
    const generated = generateClients({ transitionClients: 2000 });
    expect(client).toEqual({ ...generated.clients[0], version: 1 });
    const [engagement] = await database.db
      .select({ hours: schema.engagements.hoursPerWeek, startedOn: schema.engagements.startedOn })
      .from(schema.engagements)
      .orderBy(schema.engagements.id)
      .limit(1);
    expect(engagement).toEqual({
      hours: generated.engagements[0]!.hoursPerWeek,
      startedOn: generated.engagements[0]!.startedOn,
    });
    const [request] = await database.db
      .select({ lifeDomains: schema.supportRequests.lifeDomains })
      .from(schema.supportRequests)
      .orderBy(schema.supportRequests.id)
      .limit(1);
    expect(request!.lifeDomains).toEqual(generated.supportRequests[0]!.lifeDomains);
  });
});
