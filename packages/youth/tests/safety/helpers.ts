import {
  type AccessLogSink,
  type CallerOptions,
  type StandInOwner,
  startAccessLogSink,
  startStandInOwner,
  startTestSubgraph,
  type TestSubgraph,
} from '@mienskip/testing';
import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { jetDecisions, youthCaseChildren, youthCases } from '../../src/db/tables.ts';
import { youth } from '../../src/index.ts';

/** A purpose that passes doelbinding (Jeugdwet art. 7.4.0). */
export const PURPOSE = 'KINDERBESCHERMING: veiligheid van het kind';

/** The basis organisation that opens the test cases (a provider key, every scope). */
export const BASIS: CallerOptions = {
  organisationId: 'org-test-basis',
  organisationKind: 'PROVIDER',
  purpose: PURPOSE,
};
/** The JET of the test cases: it decided on them. */
export const JET: CallerOptions = {
  organisationId: 'org-test-jet',
  organisationKind: 'MUNICIPAL_TEAM',
  purpose: PURPOSE,
};
/** The municipality: sees every case. */
export const MUNICIPALITY: CallerOptions = { purpose: PURPOSE };
/** Another provider, involved in none of the test cases. */
export const OTHER: CallerOptions = {
  organisationId: 'org-test-other',
  organisationKind: 'PROVIDER',
  purpose: PURPOSE,
};

/** The organisations budget knows in these tests: the GI is a partner, the basis a provider. */
export const ORGANISATIONS = [
  { id: 'org-test-gi', kind: 'PARTNER', mainLots: [] },
  { id: 'org-test-basis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] },
  { id: 'org-test-jet', kind: 'MUNICIPAL_TEAM', mainLots: [] },
];

export interface SafetyUnderTest {
  subgraph: TestSubgraph;
  log: AccessLogSink;
  /** Answers youth's look-ups of organisations, as budget would. */
  budget: StandInOwner;
  /** Runs an operation, fails the test on GraphQL errors, returns `data`. */
  data<T>(query: string, variables?: Record<string, unknown>, caller?: CallerOptions): Promise<T>;
  /** Inserts an open case opened by BASIS, decided on by the JET, with these children. */
  openCase(id: string, childIds: string[], openedOn?: string): Promise<void>;
  /** Closes a case on a date. */
  closeCase(id: string, closedOn: string): Promise<void>;
  /** How many rows a safety table holds. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

/** The youth subgraph on a database of its own, appending its access log to an in-memory sink. */
export async function startSafety(): Promise<SafetyUnderTest> {
  const [log, budget] = await Promise.all([
    startAccessLogSink(),
    startStandInOwner({ owner: 'budget', entities: { Organisation: ORGANISATIONS } }),
  ]);
  const subgraph = await startTestSubgraph(youth, {
    accessLogUrl: log.url,
    ownerUrls: { budget: budget.url },
  });
  const db = subgraph.database.db;
  return {
    subgraph,
    log,
    budget,
    async data<T>(query: string, variables?: Record<string, unknown>, caller: CallerOptions = MUNICIPALITY) {
      const response = await subgraph.query<T>(query, { ...(variables && { variables }), caller });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    },
    async openCase(id, childIds, openedOn = '2021-02-01') {
      await db.insert(youthCases).values({
        id,
        householdId: `household-${id}`,
        areaId: 'area-noord',
        route: 'BASIS',
        openedOn,
        openedByOrganisationId: 'org-test-basis',
      });
      await db.insert(youthCaseChildren).values(childIds.map((clientId) => ({ caseId: id, clientId })));
      await db.insert(jetDecisions).values({
        id: `jet-decision-${id}`,
        caseId: id,
        decidedOn: openedOn,
        decidedById: 'worker-test-jet',
        organisationId: 'org-test-jet',
        route: 'BASIS',
        support: 'Basisondersteuning met zicht op veiligheid',
      });
    },
    async closeCase(id, closedOn) {
      await db.update(youthCases).set({ closedOn, closeReason: 'VOLGENS_PLAN' }).where(eq(youthCases.id, id));
    },
    async count(table) {
      const result = (await db.execute(
        sql.raw(`select count(*)::int as n from youth.${table}`),
      )) as unknown as {
        rows: { n: number }[];
      };
      return result.rows[0]!.n;
    },
    close: async () => {
      await subgraph.close();
      await Promise.all([log.close(), budget.close()]);
    },
  };
}

/** Every safety table, for "a refusal stores nothing". */
export const SAFETY_TABLES = [
  'safety_signals',
  'risk_assessments',
  'safety_plans',
  'meldcode_weighings',
  'veilig_thuis_events',
  'verwijsindex_registrations',
  'verwijsindex_matches',
  'case_conferences',
  'gi_cooperations',
  'investigation_requests',
  'safety_task_allocations',
] as const;

/** The row counts of every safety table. */
export async function counts(graph: SafetyUnderTest): Promise<Record<string, number>> {
  const entries = await Promise.all(
    SAFETY_TABLES.map(async (table) => [table, await graph.count(table)] as const),
  );
  return Object.fromEntries(entries);
}

/** A mutation's payload: its `__typename` and, for an error, its message and fields. */
export type Payload = { __typename: string; message?: string; id?: string; [field: string]: unknown };

/** Runs a mutation `name(input: $input)` with `selection`, returns its payload. */
export async function mutate(
  graph: SafetyUnderTest,
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
