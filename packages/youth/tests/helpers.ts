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
import { BASIS_WORKER_IDS, JET_WORKER_IDS } from '../src/db/synthetic-references.ts';
import { youth } from '../src/index.ts';

/** A Jeugdwet purpose (art. 7.4.0) that passes doelbinding. */
export const PURPOSE = 'TOELEIDING: gesprek met het gezin';

/** The municipality's back office: sees every case. */
export const MUNICIPALITY: CallerOptions = { purpose: PURPOSE };
/** The basis provider: opens cases and gives light parenting support. */
export const AMARYLLIS: CallerOptions = {
  organisationId: 'org-amaryllis',
  organisationKind: 'PROVIDER',
  purpose: PURPOSE,
};
/** The Jeugd Expert Team. */
export const JET: CallerOptions = {
  organisationId: 'org-jet',
  organisationKind: 'MUNICIPAL_TEAM',
  purpose: PURPOSE,
};
/** The youth-care provider of the seed. */
export const PROVIDER: CallerOptions = {
  organisationId: 'org-jeugdhulpaanbieder',
  organisationKind: 'PROVIDER',
  purpose: PURPOSE,
};
/** A provider involved in no youth case. */
export const WINDKRACHT: CallerOptions = {
  organisationId: 'org-windkracht058',
  organisationKind: 'PROVIDER',
  purpose: PURPOSE,
};

export const [JET_MEMBER, OTHER_JET_MEMBER] = JET_WORKER_IDS as [string, string, string];
export const BASIS_WORKER = BASIS_WORKER_IDS[0]!;
export const VOLUNTEER = 'worker-00002';

/** Organisations as budget answers for them. */
const ORGANISATIONS: { id: string; kind: string; mainLots: string[] }[] = [
  { id: 'org-jeugdhulpaanbieder', kind: 'PROVIDER', mainLots: [] },
  { id: 'org-amaryllis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] },
  { id: 'org-windkracht058', kind: 'PROVIDER', mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'] },
  { id: 'org-veilig-thuis', kind: 'PARTNER', mainLots: [] },
  { id: 'org-jet', kind: 'MUNICIPAL_TEAM', mainLots: [] },
];

/** The world clients' seed makes at the scale the youth seed uses, and what youth makes of it. */
type World = ReturnType<typeof seededWorld>;

const worker = (id: string, role: string, presenceRole: string, organisation: string) => ({
  id,
  role,
  presenceRole,
  organisation: { id: organisation },
});

/** Households as clients answers for them: area, members and roles, the Wmo regievoerder now. */
export function householdsOf(clients: World['clients']) {
  const members = new Map<string, { role: string; client: { id: string } }[]>();
  for (const c of clients.clients)
    members.set(c.householdId, [
      ...(members.get(c.householdId) ?? []),
      { role: c.householdRole!, client: { id: c.id! } },
    ]);
  const wmo = new Map(
    clients.coordinatorAssignments
      .filter((a) => a.domain === 'WMO' && !a.endedOn)
      .map((a) => [a.householdId, { worker: { id: a.workerId } }]),
  );
  return clients.households.map((h) => ({
    id: h.id!,
    area: { id: h.areaId },
    members: members.get(h.id!) ?? [],
    coordinator: wmo.get(h.id!) ?? null,
  }));
}

/**
 * Households as debt answers for them (its internal `hasOpenDebtCase`): a fixture, since youth's seed
 * knows no debt cases. Of the households of open Jeugdwet cases, every third without a Wmo regievoerder
 * and every second with one has an open debt case; every other household has none.
 */
export function debtSupportOf(world: World): Set<string> {
  const wmo = new Set(
    world.clients.coordinatorAssignments
      .filter((a) => a.domain === 'WMO' && !a.endedOn)
      .map((a) => a.householdId),
  );
  const jeugdwet = [
    ...new Set(
      world.youth.cases.filter((c) => c.route === 'JEUGDWET' && !c.closedOn).map((c) => c.householdId),
    ),
  ].sort();
  const without = jeugdwet.filter((id) => !wmo.has(id)).filter((_id, i) => i % 3 === 0);
  const withWmo = jeugdwet.filter((id) => wmo.has(id)).filter((_id, i) => i % 2 === 0);
  return new Set([...without, ...withWmo]);
}

export interface YouthUnderTest {
  subgraph: TestSubgraph;
  log: AccessLogSink;
  clients: StandInOwner;
  /** Debt, answering `hasOpenDebtCase` for the households of `debtSupportOf(world)`. */
  debt: StandInOwner;
  locations: StandInOwner;
  budget: StandInOwner;
  world: World;
  /** Runs an operation, fails the test on GraphQL errors, returns `data`. */
  data<T>(query: string, variables?: Record<string, unknown>, caller?: CallerOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * The youth subgraph on a database of its own (seeded), its access log in an in-memory sink, and
 * stand-ins for the owners it asks: clients (households), debt (open debt cases), locations (workers),
 * budget (organisations).
 */
export async function startYouth(): Promise<YouthUnderTest> {
  const world = seededWorld();
  const debtSupport = debtSupportOf(world);
  const [log, clients, debt, locations, budget] = await Promise.all([
    startAccessLogSink(),
    startStandInOwner({ owner: 'clients', entities: { Household: householdsOf(world.clients) } }),
    startStandInOwner({
      owner: 'debt',
      entities: {
        Household: world.clients.households.map((h) => ({
          id: h.id!,
          hasOpenDebtCase: debtSupport.has(h.id!),
        })),
      },
    }),
    startStandInOwner({
      owner: 'locations',
      entities: {
        Worker: [
          ...JET_WORKER_IDS.map((id) => worker(id, 'JET_LID', 'JET', 'org-jet')),
          ...BASIS_WORKER_IDS.map((id) => worker(id, 'SOCIAAL_WERKER', 'BASIS', 'org-amaryllis')),
          worker(VOLUNTEER, 'VRIJWILLIGER', 'VRIJWILLIGER', 'org-vol'),
        ],
      },
    }),
    startStandInOwner({
      owner: 'budget',
      entities: {
        Organisation: ORGANISATIONS,
      },
    }),
  ]);
  const subgraph = await startTestSubgraph(youth, {
    accessLogUrl: log.url,
    ownerUrls: { clients: clients.url, debt: debt.url, locations: locations.url, budget: budget.url },
  });
  return {
    subgraph,
    log,
    clients,
    debt,
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
      await Promise.all([log.close(), clients.close(), debt.close(), locations.close(), budget.close()]);
    },
  };
}

/** A household of the seeded world with young persons and no youth case, with or without a Wmo regievoerder. */
export function freeHousehold(world: World, withWmo: boolean, skip = 0) {
  const taken = new Set(world.youth.cases.map((c) => c.householdId));
  const households = householdsOf(world.clients).filter(
    (h) =>
      !taken.has(h.id) &&
      h.members.some((m) => m.role === 'YOUNG_PERSON') &&
      (h.coordinator !== null) === withWmo,
  );
  const household = households[skip]!;
  return {
    id: household.id,
    children: household.members.filter((m) => m.role === 'YOUNG_PERSON').map((m) => m.client.id),
    parent: household.members.find((m) => m.role !== 'YOUNG_PERSON')?.client.id,
  };
}
