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
import { budget } from '../src/index.ts';

// Issue 12, point 9: every type holding seeded rows says where the row comes from.

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const municipal = {
  scopes: ['budget:read', 'budget:write', 'statistics'] as const,
  organisationKind: 'MUNICIPALITY' as const,
  organisationId: 'org-gemeente-leeuwarden',
};

async function query<T>(text: string): Promise<T> {
  const response = await subgraph.query<T>(text, { caller: municipal });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const provenances = (rows: { provenance: string }[]) => [...new Set(rows.map((row) => row.provenance))];

describe('seeded rows', () => {
  it('marks the organisations, contracts, 2021 lumpsums with lines and shares, and savings measures SOURCE', async () => {
    const data = await query<{
      organisations: { provenance: string }[];
      contracts: { provenance: string }[];
      lumpsums: {
        provenance: string;
        mutations: { provenance: string }[];
        shares: { provenance: string }[];
      }[];
      savingsPlan: { measures: { provenance: string }[] };
    }>(`{ organisations { provenance } contracts { provenance }
      lumpsums(year: 2021) { provenance mutations { provenance } shares { provenance } }
      savingsPlan(year: 2021) { measures { provenance } } }`);
    expect(provenances(data.organisations)).toEqual(['SOURCE']);
    expect(provenances(data.contracts)).toEqual(['SOURCE']);
    expect(data.lumpsums).toHaveLength(2);
    expect(provenances(data.lumpsums)).toEqual(['SOURCE']);
    expect(provenances(data.lumpsums.flatMap((l) => l.mutations))).toEqual(['SOURCE']);
    expect(provenances(data.lumpsums.flatMap((l) => l.shares))).toEqual(['SOURCE']);
    expect(provenances(data.savingsPlan.measures)).toEqual(['SOURCE']);
  });
});

describe('rows written through the API', () => {
  it('are RECORDED: an organisation registered and a realisation entry recorded', async () => {
    const { registerOrganisation } = await query<{ registerOrganisation: { provenance: string } }>(
      'mutation { registerOrganisation(input: { name: "Provenance proef", kind: PARTNER }) { ... on Organisation { provenance } } }',
    );
    expect(registerOrganisation).toEqual({ provenance: 'RECORDED' });
    const { recordRealisation } = await query<{ recordRealisation: { provenance: string } }>(
      `mutation { recordRealisation(input: { organisationId: "org-amaryllis", lot: BASISONDERSTEUNING, year: 2021,
        month: 3, amount: "10.00" }) { ... on RealisationEntry { provenance } } }`,
    );
    expect(recordRealisation).toEqual({ provenance: 'RECORDED' });
  });

  it('turn a changed source row RECORDED: a lumpsum updated, a savings realisation recorded, an organisation updated', async () => {
    const { lumpsum } = await query<{ lumpsum: { version: number } }>(
      '{ lumpsum(id: "lumpsum-2021-hbh") { version } }',
    );
    const { updateLumpsum } = await query<{ updateLumpsum: { provenance: string } }>(
      `mutation { updateLumpsum(input: { id: "lumpsum-2021-hbh", version: ${lumpsum.version}, status: DEFINITIVE }) {
        __typename ... on Lumpsum { provenance } } }`,
    );
    expect(updateLumpsum).toEqual({ __typename: 'Lumpsum', provenance: 'RECORDED' });

    const { savingsPlan } = await query<{ savingsPlan: { measures: { id: string; version: number }[] } }>(
      '{ savingsPlan(year: 2021) { measures { id version } } }',
    );
    const measure = savingsPlan.measures[1]!;
    const { recordSavingsRealisation } = await query<{ recordSavingsRealisation: { provenance: string } }>(
      `mutation { recordSavingsRealisation(input: { id: "${measure.id}", version: ${measure.version}, realised: "1.00" }) {
        ... on SavingsMeasure { provenance } } }`,
    );
    expect(recordSavingsRealisation).toEqual({ provenance: 'RECORDED' });

    const { organisation } = await query<{ organisation: { version: number } }>(
      '{ organisation(id: "org-mindup") { version } }',
    );
    const { updateOrganisation } = await query<{ updateOrganisation: { provenance: string } }>(
      `mutation { updateOrganisation(input: { id: "org-mindup", version: ${organisation.version}, agbCode: "12345678" }) {
        ... on Organisation { provenance } } }`,
    );
    expect(updateOrganisation).toEqual({ provenance: 'RECORDED' });
  });
});

const ADDED_AFTER_0008 = [
  'org-curatieve-schuldhulp',
  'org-budgetbeheer',
  'org-beschermingsbewind',
  'org-raad-kinderbescherming',
  'org-gecertificeerde-instelling',
  'org-ggd-opvoedpunt',
  'org-steunstructuur',
  'org-jeugdhulpaanbieder',
  'org-sociaal-domein-fryslan',
];

describe('migration 0008 on a database seeded before it', () => {
  const under = useTestDatabase();
  const migrationsFolder = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
  const TABLES = [
    'organisations',
    'contracts',
    'lumpsums',
    'lumpsum_mutations',
    'lumpsum_shares',
    'savings_measures',
    'realisations',
  ];
  const markers = () => provenanceMarkers(under.database.db, 'budget', TABLES);

  it('marks the seeded rows as the seed marks them now, and leaves rows written through the API RECORDED', async () => {
    const { database } = under;
    await migrateDatabase(database, 'budget', migrationsFolder);
    await seed(database.db, { generatedOrganisations: 2 });
    // The youth and debt partners joined the seed after 0008: a database seeded before it did not have them.
    await database.db.execute(
      sql`delete from budget.organisations where id in (${sql.join(
        ADDED_AFTER_0008.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
    await database.db.execute(sql`
      insert into budget.realisations (id, year, month, lot, organisation_id, amount_cents) values
        ('realisation-4b1c0e2a-0000-4000-8000-000000000001', 2021, 3, 'BASISONDERSTEUNING', 'org-amaryllis', 700)`);
    await database.db.execute(sql`
      insert into budget.organisations (id, name, kind) values ('org-nieuw', 'Nieuw', 'PARTNER')`);
    const expected = await markers();
    expect(expected.organisations).toEqual({ SOURCE: 13, SYNTHETIC: 2, RECORDED: 1 });
    expect(expected.realisations).toEqual({ SYNTHETIC: 48 + 24, RECORDED: 1 });

    // The database as it was before 0008: no markers, and 0008 not yet applied.
    await rerunProvenanceMigration(database, 'budget', TABLES, migrationsFolder, 'last migration');
    expect(await markers()).toEqual(expected);
  });
});
