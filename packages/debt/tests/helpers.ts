import {
  type AccessLogSink,
  type CallerOptions,
  type StandInOwner,
  startAccessLogSink,
  startStandInOwner,
  startTestSubgraph,
  type TestSubgraph,
} from '@mienskip/testing';
import { expect } from 'vitest';
import { seededWorld } from '../src/db/synthetic.ts';
import { BASIS_WORKER_IDS, VOLUNTEER_WORKER_IDS } from '../src/db/synthetic-references.ts';
import { debt } from '../src/index.ts';

/** The municipality's back office: sees and changes every case. */
export const MUNICIPALITY: CallerOptions = {};
/** The basis provider: registers and holds the cases. */
export const AMARYLLIS: CallerOptions = { organisationId: 'org-amaryllis', organisationKind: 'PROVIDER' };
/** The curative debt-help organisation: sees only the cases referred to it. */
export const CURATIEF: CallerOptions = {
  organisationId: 'org-curatieve-schuldhulp',
  organisationKind: 'PARTNER',
};
/** A provider of aanvullende ondersteuning: no debt case is its. */
export const WINDKRACHT: CallerOptions = {
  organisationId: 'org-windkracht058',
  organisationKind: 'PROVIDER',
};
/** A key with only the statistics scope (the council's reporting tool). */
export const STATISTICS_ONLY: CallerOptions = { scopes: ['statistics'] };

export const VOLUNTEER = VOLUNTEER_WORKER_IDS[0]!;
export const BASIS_WORKER = BASIS_WORKER_IDS[0]!;

/** Organisations as budget answers for them. */
const ORGANISATIONS: { id: string; kind: string; mainLots: string[] }[] = [
  { id: 'org-amaryllis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] },
  { id: 'org-windkracht058', kind: 'PROVIDER', mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'] },
  { id: 'org-curatieve-schuldhulp', kind: 'PARTNER', mainLots: [] },
  { id: 'org-budgetbeheer', kind: 'PARTNER', mainLots: [] },
  { id: 'org-beschermingsbewind', kind: 'PARTNER', mainLots: [] },
  { id: 'org-gemeente-leeuwarden', kind: 'MUNICIPALITY', mainLots: [] },
];

/** The world clients' seed makes at the scale the debt seed uses, and what debt makes of it. */
export type World = ReturnType<typeof seededWorld>;

/** Clients as clients answers for them: each with its household's area and members. */
export function clientsOf(clients: World['clients']) {
  const members = new Map<string, { role: string; client: { id: string } }[]>();
  for (const c of clients.clients)
    members.set(c.householdId, [
      ...(members.get(c.householdId) ?? []),
      { role: c.householdRole!, client: { id: c.id! } },
    ]);
  const areaOf = new Map(clients.households.map((h) => [h.id!, h.areaId]));
  return clients.clients.map((c) => ({
    id: c.id!,
    household: {
      id: c.householdId,
      area: { id: areaOf.get(c.householdId)! },
      members: members.get(c.householdId)!,
    },
  }));
}

export interface DebtUnderTest {
  subgraph: TestSubgraph;
  log: AccessLogSink;
  clients: StandInOwner;
  locations: StandInOwner;
  budget: StandInOwner;
  world: World;
  /** Runs an operation, fails the test on GraphQL errors, returns `data`. */
  data<T>(query: string, variables?: Record<string, unknown>, caller?: CallerOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * The debt subgraph on a database of its own (seeded), its access log in an in-memory sink, and
 * stand-ins for the owners it asks: clients (clients and their households), locations (workers),
 * budget (organisations).
 */
export async function startDebt(): Promise<DebtUnderTest> {
  const world = seededWorld();
  const worker = (id: string, role: string, organisation: string) => ({
    id,
    role,
    organisation: { id: organisation },
  });
  const [log, clients, locations, budget] = await Promise.all([
    startAccessLogSink(),
    startStandInOwner({ owner: 'clients', entities: { Client: clientsOf(world.clients) } }),
    startStandInOwner({
      owner: 'locations',
      entities: {
        Worker: [
          ...BASIS_WORKER_IDS.map((id) => worker(id, 'SOCIAAL_WERKER', 'org-amaryllis')),
          ...VOLUNTEER_WORKER_IDS.map((id) => worker(id, 'VRIJWILLIGER', 'org-vol')),
        ],
      },
    }),
    startStandInOwner({ owner: 'budget', entities: { Organisation: ORGANISATIONS } }),
  ]);
  const subgraph = await startTestSubgraph(debt, {
    accessLogUrl: log.url,
    ownerUrls: { clients: clients.url, locations: locations.url, budget: budget.url },
  });
  return {
    subgraph,
    log,
    clients,
    locations,
    budget,
    world,
    async data<T>(query: string, variables?: Record<string, unknown>, caller: CallerOptions = MUNICIPALITY) {
      const response = await subgraph.query<T>(query, { ...(variables && { variables }), caller });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    },
    close: async () => {
      await subgraph.close();
      await Promise.all([log.close(), clients.close(), locations.close(), budget.close()]);
    },
  };
}

/**
 * Adults of the seeded world with no debt case at all, living with another adult without one (for a
 * joint case), `skip` households on.
 */
export function freeAdults(world: World, skip = 0): { householdId: string; clientIds: [string, string] } {
  const taken = new Set(world.debt.rows.debtCaseClients.map((c) => c.clientId));
  const adults = new Map<string, string[]>();
  for (const c of world.clients.clients)
    if (c.householdRole !== 'YOUNG_PERSON' && !taken.has(c.id!))
      adults.set(c.householdId, [...(adults.get(c.householdId) ?? []), c.id!]);
  const pairs = [...adults.entries()].filter(([, ids]) => ids.length >= 2);
  const [householdId, ids] = pairs[skip]!;
  return { householdId, clientIds: [ids[0]!, ids[1]!] };
}

/** A client with an open seeded case (the check), and that case. */
export function clientWithOpenCase(world: World): { clientId: string; caseId: string } {
  const row = world.debt.rows.debtCaseClients.find((c) => c.open)!;
  return { clientId: row.clientId, caseId: row.caseId };
}
