import {
  type AccessLogSink,
  type CallerOptions,
  type StandInOwner,
  startAccessLogSink,
  startStandInOwner,
  startTestSubgraph,
  type TestSubgraph,
} from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { debtCaseClients, debtCases } from '../../src/db/tables.ts';
import { debt } from '../../src/index.ts';

/** The basis provider of these tests: it handles the signals it registers (a provider key, every scope). */
export const BASIS: CallerOptions = { organisationId: 'org-test-basis', organisationKind: 'PROVIDER' };
/** The municipality: sees every signal and case. */
export const MUNICIPALITY: CallerOptions = {};
/** Another provider: not the basis, involved in nothing here. */
export const OTHER: CallerOptions = { organisationId: 'org-test-other', organisationKind: 'PROVIDER' };
/** A key of the basis without the personal-data scope. */
export const BASIS_WITHOUT_PERSONAL: CallerOptions = { ...BASIS, scopes: ['debt:read', 'debt:write'] };

/** The organisations budget knows in these tests. */
export const ORGANISATIONS = [
  { id: 'org-test-basis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] },
  { id: 'org-test-other', kind: 'PROVIDER', mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'] },
];

/** The clients clients knows in these tests: two households in two areas. */
export const CLIENTS = [
  { id: 'client-test-1', household: { id: 'household-test-1', area: { id: 'area-noord' } } },
  { id: 'client-test-2', household: { id: 'household-test-1', area: { id: 'area-noord' } } },
  { id: 'client-test-3', household: { id: 'household-test-2', area: { id: 'area-zuid' } } },
];

export const WORKER = 'worker-test-basis';
const WORKERS = [{ id: WORKER, role: 'SOCIAAL_WERKER', organisation: { id: 'org-test-basis' } }];

export interface SignalsUnderTest {
  subgraph: TestSubgraph;
  log: AccessLogSink;
  clients: StandInOwner;
  budget: StandInOwner;
  locations: StandInOwner;
  /** Runs an operation, fails the test on GraphQL errors, returns `data`. */
  data<T>(query: string, variables?: Record<string, unknown>, caller?: CallerOptions): Promise<T>;
  /** Inserts a debt case registered by the basis for these clients (F1's table, as its seed would). */
  insertCase(id: string, clientIds: string[], registeredOn: string, outflowOn?: string): Promise<void>;
  /** How many rows a debt table holds. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

/** The debt subgraph on a database of its own, with stand-ins for clients, budget and locations. */
export async function startSignals(): Promise<SignalsUnderTest> {
  const [log, clients, budget, locations] = await Promise.all([
    startAccessLogSink(),
    startStandInOwner({ owner: 'clients', entities: { Client: CLIENTS } }),
    startStandInOwner({ owner: 'budget', entities: { Organisation: ORGANISATIONS } }),
    startStandInOwner({
      owner: 'locations',
      entities: { Worker: WORKERS },
    }),
  ]);
  const subgraph = await startTestSubgraph(debt, {
    accessLogUrl: log.url,
    ownerUrls: { clients: clients.url, budget: budget.url, locations: locations.url },
  });
  const db = subgraph.database.db;
  return {
    subgraph,
    log,
    clients,
    budget,
    locations,
    async data<T>(query: string, variables?: Record<string, unknown>, caller: CallerOptions = MUNICIPALITY) {
      const response = await subgraph.query<T>(query, { ...(variables && { variables }), caller });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    },
    async insertCase(id, clientIds, registeredOn, outflowOn) {
      await db.insert(debtCases).values({
        id,
        householdId: 'household-test-1',
        areaId: 'area-noord',
        openedByOrganisationId: 'org-test-basis',
        registeredOn,
        ...(outflowOn && { intakeOn: registeredOn, outflowOn, outflowReason: 'INGETROKKEN' as const }),
      });
      await db
        .insert(debtCaseClients)
        .values(clientIds.map((clientId) => ({ caseId: id, clientId, open: !outflowOn })));
    },
    async count(table) {
      const result = (await db.execute(
        sql.raw(`select count(*)::int as n from debt.${table}`),
      )) as unknown as {
        rows: { n: number }[];
      };
      return result.rows[0]!.n;
    },
    close: async () => {
      await subgraph.close();
      await Promise.all([log.close(), clients.close(), budget.close(), locations.close()]);
    },
  };
}

/** The tables signals, outreach and crises write. */
export const SIGNAL_TABLES = ['debt_signals', 'outreach_attempts', 'debt_crises'] as const;

/** The row counts of those tables, and the sum of the versions of signals and crises (an update raises them). */
export async function counts(graph: SignalsUnderTest): Promise<Record<string, number>> {
  const entries = await Promise.all(
    SIGNAL_TABLES.map(async (table) => [table, await graph.count(table)] as const),
  );
  const db = graph.subgraph.database.db;
  const versions = (await db.execute(
    sql.raw(
      'select (select coalesce(sum(version), 0) from debt.debt_signals)::int + (select coalesce(sum(version), 0) from debt.debt_crises)::int as n',
    ),
  )) as unknown as { rows: { n: number }[] };
  return { ...Object.fromEntries(entries), versions: versions.rows[0]!.n };
}

/** A mutation's payload: its `__typename` and, for an error, its message and fields. */
export type Payload = { __typename: string; message?: string; id?: string; [field: string]: unknown };

/** Runs a mutation `name(input: $input)` with `selection`, returns its payload. */
export async function mutate(
  graph: SignalsUnderTest,
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  caller: CallerOptions = MUNICIPALITY,
  selection = '',
): Promise<Payload> {
  const data = await graph.data<Record<string, Payload>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { message } ${selection} } }`,
    { input },
    caller,
  );
  return data[name]!;
}
