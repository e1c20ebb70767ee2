import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '@mienskip/kit/db';
import { provenanceMarkers, rerunProvenanceMigration, useTestDatabase } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/db/seed.ts';
import { type ClientsUnderTest, freshBsn, REGISTER, startClients } from './helpers.ts';

// Issue 12, point 9: every clients type holding seeded rows says where the row comes from. The clients
// seed is wholly invented, so its rows are SYNTHETIC; rows written through the API are RECORDED.

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

type Marked = { provenance: string };

describe('seeded rows', () => {
  it('marks every seeded resident, household and case SYNTHETIC', async () => {
    const { clients } = await graph.data<{
      clients: { edges: { node: Record<string, unknown> & Marked }[] };
    }>(`{ clients(first: 100) { edges { node {
      provenance
      household { provenance plan { provenance } coordinatorAssignments { provenance } }
      engagements { provenance }
      supportRequests { provenance }
      referrals { provenance }
      decisions { provenance objections { provenance } }
      complaints { provenance }
      transitionInterview { provenance }
      housingLinks { provenance }
    } } } }`);
    const seen = new Map<string, Set<string>>();
    const mark = (type: string, row: Marked | null | undefined) => {
      if (!row) return;
      seen.set(type, (seen.get(type) ?? new Set()).add(row.provenance));
    };
    for (const { node } of clients.edges) {
      const client = node as unknown as {
        provenance: string;
        household: Marked & { plan: Marked | null; coordinatorAssignments: Marked[] };
        engagements: Marked[];
        supportRequests: Marked[];
        referrals: Marked[];
        decisions: (Marked & { objections: Marked[] })[] | null;
        complaints: Marked[];
        transitionInterview: Marked | null;
        housingLinks: Marked[];
      };
      mark('Client', client);
      mark('Household', client.household);
      mark('SupportPlan', client.household.plan);
      for (const row of client.household.coordinatorAssignments) mark('CoordinatorAssignment', row);
      for (const row of client.engagements) mark('SupportEngagement', row);
      for (const row of client.supportRequests) mark('SupportRequest', row);
      for (const row of client.referrals) mark('Referral', row);
      for (const row of client.decisions ?? []) {
        mark('Decision', row);
        for (const objection of row.objections) mark('Objection', objection);
      }
      for (const row of client.complaints) mark('Complaint', row);
      mark('TransitionInterview', client.transitionInterview);
      for (const row of client.housingLinks) mark('HousingLink', row);
    }
    expect(clients.edges).toHaveLength(100);
    for (const type of ['Client', 'Household', 'SupportPlan', 'CoordinatorAssignment', 'SupportEngagement'])
      expect(seen.has(type), type).toBe(true);
    for (const [type, markers] of seen) expect([...markers], type).toEqual(['SYNTHETIC']);
  });
});

describe('rows written through the API', () => {
  it('are RECORDED: a registered resident, its new household, its request and its plan', async () => {
    const { registerClient } = await graph.data<{
      registerClient: { id: string; household: { id: string } };
    }>(REGISTER, {
      input: { bsn: freshBsn(40), name: 'Test Persoon 40', dateOfBirth: '1980-01-01', areaId: 'area-noord' },
    });
    const { recordSupportRequest } = await graph.data<{
      recordSupportRequest: Marked & { __typename: string };
    }>(
      `mutation ($input: RecordSupportRequestInput!) {
        recordSupportRequest(input: $input) { __typename ... on SupportRequest { provenance } }
      }`,
      {
        input: {
          clientId: registerClient.id,
          channel: 'WALK_IN_ROOM',
          roomId: 'room-de-klomp',
          lifeDomains: ['WONEN'],
        },
      },
    );
    expect(recordSupportRequest).toEqual({ __typename: 'SupportRequest', provenance: 'RECORDED' });
    const { createSupportPlan } = await graph.data<{ createSupportPlan: Marked & { __typename: string } }>(
      `mutation ($input: CreateSupportPlanInput!) {
        createSupportPlan(input: $input) { __typename ... on SupportPlan { provenance } }
      }`,
      {
        input: {
          householdId: registerClient.household.id,
          createdByWorkerId: 'worker-00001',
          goals: ['Wonen op orde'],
        },
      },
    );
    expect(createSupportPlan).toEqual({ __typename: 'SupportPlan', provenance: 'RECORDED' });
    const { client } = await graph.data<{
      client: Marked & { household: Marked & { plan: Marked }; supportRequests: Marked[] };
    }>(
      `query ($id: ID!) { client(id: $id) {
        provenance household { provenance plan { provenance } } supportRequests { provenance }
      } }`,
      { id: registerClient.id },
    );
    expect(client).toEqual({
      provenance: 'RECORDED',
      household: { provenance: 'RECORDED', plan: { provenance: 'RECORDED' } },
      supportRequests: [{ provenance: 'RECORDED' }],
    });
  });
});

describe('migration 0007 on a database seeded before it', () => {
  const under = useTestDatabase(fileURLToPath(new URL('../src/db/migrations', import.meta.url)));
  const TABLES = [
    'households',
    'clients',
    'support_plans',
    'coordinator_assignments',
    'support_requests',
    'referrals',
    'decisions',
    'objections',
    'complaints',
    'engagements',
    'transition_interviews',
    'housing_links',
  ];
  const markers = () => provenanceMarkers(under.database.db, 'clients', TABLES);

  it('marks the seeded rows SYNTHETIC, as the seed marks them now, and leaves rows written through the API RECORDED', async () => {
    const { database } = under;
    // Up to 0007 and no further: 0008's archive tables use the provenance type too.
    const migrationsFolder = under.migrationsUpTo(8);
    await migrateDatabase(database, 'clients', migrationsFolder);
    await seed(database.db, { transitionClients: 100 });
    // Rows as the API writes them (UUID ids).
    await database.db.execute(sql`
      insert into clients.households (id, area_id) values ('household-5f0c2a9e-0000-4000-8000-000000000001', 'area-noord')`);
    await database.db.execute(sql`
      insert into clients.clients (id, name, date_of_birth, household_id, household_role) values
        ('client-5f0c2a9e-0000-4000-8000-000000000001', 'Test', '1980-01-01',
         'household-5f0c2a9e-0000-4000-8000-000000000001', 'PARENT')`);
    const expected = await markers();
    for (const table of ['households', 'clients', 'support_plans', 'coordinator_assignments', 'engagements'])
      expect(expected[table]!.SYNTHETIC, table).toBeGreaterThan(0);
    expect(expected.households!.RECORDED).toBe(1);
    expect(expected.clients!.RECORDED).toBe(1);

    // The database as it was before 0007: no markers, and 0007 not yet applied.
    await rerunProvenanceMigration(database, 'clients', TABLES, migrationsFolder, 'last migration');
    expect(await markers()).toEqual(expected);
  });
});
