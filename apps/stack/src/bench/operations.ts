import type { SubgraphName } from '@mienskip/kit/catalogue';

/**
 * The fixed operation mix of `pnpm bench`: what room planners, finance and case workers ask most;
 * `subgraph` answers it alone.
 */
export interface BenchOperation {
  name: string;
  subgraph: SubgraphName;
  query: string;
  variables?: Record<string, unknown>;
  /**
   * A large answer: at the large scale it is also measured with one connection (what one user
   * waits, issue 19), with the size of its answer.
   */
  singleClient?: true;
}

const today = new Date().toISOString().slice(0, 10);

export const OPERATIONS: readonly BenchOperation[] = [
  { name: 'roomsWithArea', subgraph: 'locations', query: '{ rooms { id name status area { id name } } }' },
  {
    name: 'presenceSlots',
    subgraph: 'locations',
    query: '{ rooms { id presence { weekday from to role organisation { id } } } }',
    singleClient: true,
  },
  {
    name: 'roomWorkers',
    subgraph: 'locations',
    query: '{ rooms { id workers { id role organisation { id } } } }',
  },
  {
    name: 'coverageThisWeek',
    subgraph: 'locations',
    query: `query Coverage($week: Date!) { rooms { id coverage(week: $week) {
      weekStart gapsWithoutReception { date from to } gapsWithoutBasis { date from to } } } }`,
    variables: { week: today },
  },
  {
    name: 'lumpsumOverview',
    subgraph: 'budget',
    query: `{ lumpsums(year: 2021) { title status decidedAmount baseAmount mutationsTotal unexplainedDifference
      shares { organisation { name } amount } realised realisationByMonth { month amount } } }`,
  },
  {
    name: 'householdList',
    subgraph: 'clients',
    query: `{ households(first: 100) { totalCount edges { node { id area { id }
      members { role client { id engagements { pillar kind deliveryForm startedOn provider { id } } } }
      plan { goals parties { id } } coordinator { startedOn worker { id } } } } } }`,
  },
  {
    // The JET's case list: youth answers the case, its household and process director by key alone.
    name: 'youthCaseList',
    subgraph: 'youth',
    query: `{ youthCases(first: 50) { totalCount edges { node { id route
      household { id } processDirector { id } } } } }`,
  },
  {
    // The basis's debt case list: debt answers the case, its phase, the four-week norm and the household by key alone.
    name: 'debtCaseList',
    subgraph: 'debt',
    query: `{ debtCases(first: 50) { totalCount edges { node { id phase registeredOn withinFourWeeks
      household { id } } } } }`,
  },
];

/**
 * Cross-subgraph joins, for the side-by-side of the two gateways (issue 19): `subgraph` answers the
 * root field, `joins` the fields the gateway fetches from other subgraphs by key. They are not
 * measured straight at a subgraph, which cannot answer the joined fields alone.
 */
export interface JoinOperation extends BenchOperation {
  joins: readonly SubgraphName[];
}

export const JOIN_OPERATIONS: readonly JoinOperation[] = [
  {
    name: 'roomsWithOrganisationNames',
    subgraph: 'locations',
    joins: ['budget'],
    query: '{ rooms { id name organisations { id name } } }',
  },
  {
    // A case worker's page of clients: the household's area and coordinator come from locations;
    // the names are personal data, so every request writes the access log (20 clients).
    name: 'clientsPage',
    subgraph: 'clients',
    joins: ['locations'],
    query: `{ clients(first: 20) { totalCount edges { node { id name household { id area { id name }
      coordinator { startedOn worker { id name } } members { role client { id } } } } } } }`,
  },
  {
    name: 'householdsWithProviderNames',
    subgraph: 'clients',
    joins: ['budget'],
    query: `{ households(first: 100) { totalCount edges { node { id area { id }
      members { role client { id engagements { pillar kind deliveryForm startedOn provider { id name } } } }
      plan { goals parties { id } } coordinator { startedOn worker { id } } } } } }`,
  },
];

/** What the side-by-side measures: the single-subgraph mix and the joins. */
export const SIDE_BY_SIDE_OPERATIONS: readonly BenchOperation[] = [...OPERATIONS, ...JOIN_OPERATIONS];
