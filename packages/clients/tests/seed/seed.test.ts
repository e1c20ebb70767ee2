import { fileURLToPath } from 'node:url';
import { connectDatabase, type Database, migrateDatabase } from '@mienskip/kit/db';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/db/seed.ts';
import {
  type ClientsSeedRows,
  generateClients,
  splitForDebt,
  splitForOwners,
  splitForYouth,
} from '../../src/db/synthetic.ts';
import * as tables from '../../src/db/tables.ts';

const migrationsFolder = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));

const TABLES: Record<keyof ClientsSeedRows, PgTable> = {
  households: tables.households,
  clients: tables.clients,
  supportPlans: tables.supportPlans,
  coordinatorAssignments: tables.coordinatorAssignments,
  supportRequests: tables.supportRequests,
  referrals: tables.referrals,
  decisions: tables.decisions,
  objections: tables.objections,
  complaints: tables.complaints,
  engagements: tables.engagements,
  transitionInterviews: tables.transitionInterviews,
  housingLinks: tables.housingLinks,
};

/** In the default seed's generated rows (`transitionClients: 2000`). */
const JEUGDWET_ASSIGNMENTS = 85;
const LIGHT_SUPPORT_ENGAGEMENTS = 14;
const DEBT_HELP_ENGAGEMENTS = 284;
const DEBT_SIGNAL_REQUESTS = 116;

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
  it('inserts every generated row but what youth and debt own on a fresh database, within the constraints, once', async () => {
    const { kept } = splitForOwners(generateClients({ transitionClients: 2000 }));
    const expected = Object.fromEntries(Object.entries(kept).map(([name, list]) => [name, list.length]));
    // Two instances starting at once on an empty database, then a restart: one seed in all.
    await Promise.all([
      seed(database.db, { transitionClients: 2000 }),
      seed(database.db, { transitionClients: 2000 }),
    ]);
    expect(await rowCounts()).toEqual(expected);
    await seed(database.db, { transitionClients: 2000 });
    expect(await rowCounts()).toEqual(expected);
  });

  it('writes no Jeugdwet procesregie and no light parenting support, which the generator still makes for youth (BR-CL15, BR-CL16)', async () => {
    const generated = generateClients({ transitionClients: 2000 });
    const { handedOver } = splitForYouth(generated);
    // The figures of the default seed: what the youth seed makes its cases and light support from.
    expect(handedOver.jeugdwetRegie).toHaveLength(
      generated.coordinatorAssignments.filter((a) => a.domain === 'JEUGDWET').length,
    );
    expect(handedOver.jeugdwetRegie.length).toBe(JEUGDWET_ASSIGNMENTS);
    expect(handedOver.lightParentingSupport.length).toBe(LIGHT_SUPPORT_ENGAGEMENTS);
    const { coordinatorAssignments: regie, engagements } = tables;
    expect(await database.db.select().from(regie).where(eq(regie.domain, 'JEUGDWET'))).toEqual([]);
    expect(
      await database.db.select().from(engagements).where(eq(engagements.kind, 'LICHTE_OPVOEDONDERSTEUNING')),
    ).toEqual([]);
    // Everything else of them is written, under its generated id (debt help aside: debt's, below).
    const written = new Set(
      (await database.db.select({ id: engagements.id }).from(engagements)).map((row) => row.id),
    );
    for (const e of generated.engagements)
      expect(written.has(e.id!), e.id).toBe(
        e.kind !== 'LICHTE_OPVOEDONDERSTEUNING' && e.kind !== 'SCHULDHULPVERLENING',
      );
  });

  it('writes no debt help and no debt signal, which the generator still makes for debt (BR-CL17, BR-CL18)', async () => {
    const generated = generateClients({ transitionClients: 2000 });
    const { handedOver } = splitForDebt(generated);
    // The figures of the default seed: what the debt seed makes its cases and signals from.
    expect(handedOver.debtHelp.length).toBe(DEBT_HELP_ENGAGEMENTS);
    expect(handedOver.debtSignals.length).toBe(DEBT_SIGNAL_REQUESTS);
    expect(handedOver.debtReferrals).toEqual([]);
    expect(handedOver.debtHelp.every((e) => e.kind === 'SCHULDHULPVERLENING')).toBe(true);
    expect(handedOver.debtSignals.every((r) => r.channel === 'DEBT_SIGNAL')).toBe(true);
    // Every signal's resident has debt help to become a case, and no referral names a signal.
    const helped = new Set(handedOver.debtHelp.map((e) => e.clientId));
    expect(handedOver.debtSignals.filter((r) => !helped.has(r.clientId))).toEqual([]);
    const signals = new Set(handedOver.debtSignals.map((r) => r.id));
    expect(generated.referrals.filter((r) => r.supportRequestId && signals.has(r.supportRequestId))).toEqual(
      [],
    );
    // Youth's cut and debt's touch different rows: together they leave what the seed writes.
    const both = splitForOwners(generated);
    expect(both.debt).toEqual(handedOver);
    expect(both.youth).toEqual(splitForYouth(generated).handedOver);
    const { engagements, supportRequests, referrals } = tables;
    expect(
      await database.db.select().from(engagements).where(eq(engagements.kind, 'SCHULDHULPVERLENING')),
    ).toEqual([]);
    expect(
      await database.db.select().from(referrals).where(eq(referrals.kind, 'SCHULDHULPVERLENING')),
    ).toEqual([]);
    expect(
      await database.db.select().from(supportRequests).where(eq(supportRequests.channel, 'DEBT_SIGNAL')),
    ).toEqual([]);
    // Everything else is written, under its generated id.
    const written = new Set(
      (await database.db.select({ id: supportRequests.id }).from(supportRequests)).map((row) => row.id),
    );
    for (const r of generated.supportRequests)
      expect(written.has(r.id!), r.id).toBe(r.channel !== 'DEBT_SIGNAL');
  });

  it('stores arrays, dates and decimals as generated', async () => {
    const [client] = await database.db.select().from(tables.clients).limit(1).orderBy(tables.clients.id);
    const generated = generateClients({ transitionClients: 2000 });
    expect(client).toEqual({ ...generated.clients[0], version: 1, provenance: 'SYNTHETIC' });
    const [engagement] = await database.db
      .select({ hours: tables.engagements.hoursPerWeek, startedOn: tables.engagements.startedOn })
      .from(tables.engagements)
      .orderBy(tables.engagements.id)
      .limit(1);
    expect(engagement).toEqual({
      hours: generated.engagements[0]!.hoursPerWeek,
      startedOn: generated.engagements[0]!.startedOn,
    });
    const [request] = await database.db
      .select({ lifeDomains: tables.supportRequests.lifeDomains })
      .from(tables.supportRequests)
      .orderBy(tables.supportRequests.id)
      .limit(1);
    // The first request written: the generator's first may be a debt signal, which is debt's (BR-CL18).
    const [first] = splitForOwners(generated).kept.supportRequests;
    expect(request!.lifeDomains).toEqual(first!.lifeDomains);
  });
});
