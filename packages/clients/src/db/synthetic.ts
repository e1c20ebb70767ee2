import { bsnOrNone } from '../domain/bsn-generator.ts';
import type { HouseholdRole } from '../domain/codes.ts';
import { dayOf, isoOf } from './dates.ts';
import { fullName, lastName, postcode, streetAddress } from './names.ts';
import { createRandom, type Random } from './random.ts';
import { AREA_IDS, type AreaId, ORGANISATIONS, ROOMS } from './references.ts';
import {
  type ClientsSeedRows,
  type Context,
  createContext,
  type HouseholdDraft,
  type LegacyClient,
} from './synthetic-context.ts';
import { addRegie } from './synthetic-regie.ts';
import { addHouseholdRequests } from './synthetic-requests.ts';
import { addComplaints } from './synthetic-support.ts';
import { addTransition, planTransition } from './synthetic-transition.ts';

export type { ClientsSeedRows } from './synthetic-context.ts';
export {
  type HandedOverToDebt,
  type HandedOverToYouth,
  splitForDebt,
  splitForOwners,
  splitForYouth,
} from './synthetic-handover.ts';

/*
 * Contract with the youth seed (`@mienskip/clients/synthetic`, the one export of clients meant for
 * other packages' seeds: youth's and debt's). The youth subgraph owns Jeugdwet procesregie and light parenting support
 * (BR-CL15, BR-CL16); clients' seed generates them but does not write them (`splitForYouth`). The youth
 * seed calls `generateClients({ transitionClients: seededTransitionClients() })`, the scale clients'
 * seed uses, and derives its cases from the same rows, so that every household that had synthetic
 * Jeugdwet procesregie gets a youth case with that director and the ids meet:
 *
 * - `households`: `id`, `areaId`;
 * - `clients`: `id`, `householdId`, `householdRole` (YOUNG_PERSON, PARENT, OTHER_ADULT), `dateOfBirth`, `name`;
 * - `coordinatorAssignments`, the `domain: 'JEUGDWET'` ones included: `householdId`, `workerId` (a JET
 *   member), `organisationId` (the JET), `startedOn`, `endedOn`;
 * - `engagements`, the `kind: 'LICHTE_OPVOEDONDERSTEUNING'` ones included: `clientId`, `workerId`,
 *   `organisationId`, `startedOn`, `endedOn`;
 * - `supportRequests`: `clientId`, `outcome` (`JET`: the question went to the JET), `receivedOn`, `assessedOn`.
 *
 * Contract with the debt seed (the same export). The debt subgraph owns debt help and debt signals
 * (BR-CL17, BR-CL18); clients' seed generates them but does not write them (`splitForDebt`, or
 * `splitForOwners` for both cuts). The debt seed calls `generateClients` at the same scale and takes
 * `splitForDebt(rows).handedOver`, so that every resident who had synthetic debt help gets a debt case
 * and every debt signal a signal of debt, and the ids meet:
 *
 * - `households`, `clients`: as above (`clients.householdId` gives a case's household);
 * - `engagements` of `kind: 'SCHULDHULPVERLENING'` (`handedOver.debtHelp`): `clientId`, `workerId` (the
 *   basis worker of the resident's room, or a sociale-basis volunteer; never null for these),
 *   `organisationId` (Amaryllis for the basis, the volunteer organisation for the sociale basis),
 *   `pillar`, `startedOn`, `endedOn` (null while open), `endReason`;
 * - `supportRequests` on `channel: 'DEBT_SIGNAL'` (`handedOver.debtSignals`): `clientId`, `receivedOn`,
 *   `source` (always THIRD_PARTY_CONCERN), `lifeDomains` (FINANCIEN among them), `outcome`,
 *   `assessedByWorkerId`, `assessedOn`; the generator draws the channel only for a request that leads
 *   to debt help, so each signal's client has debt help among `handedOver.debtHelp` (none is named by a
 *   referral);
 * - `referrals` of `kind: 'SCHULDHULPVERLENING'` (`handedOver.debtReferrals`): none at present.
 *
 * Regie over debt help stays in clients: the household's WMO regievoerder (`coordinatorAssignments`,
 * `domain: 'WMO'`) is written by clients' seed; the debt seed only refers to it.
 *
 * The stream is fixed: the same options give the same rows, in the same order. Changing what the
 * generator draws, or in which order, shifts every seeded figure of all three subgraphs.
 */

/**
 * Deterministic synthetic data for the clients subgraph. The sources give the model, the shares
 * and a few example residents, never real people: everything here is generated from a fixed seed,
 * so the same options always give the same rows. Ids of areas, rooms, workers and organisations are
 * those of the other subgraphs' seeds.
 */
export interface GenerateClientsOptions {
  /** Residents with a legacy TO/DB indication, each with a transition interview (the plan: about 2,000). */
  transitionClients: number;
  /** Households without a transition; by default enough for about as many clients again. */
  otherHouseholds?: number;
  /** The random seed; the default gives the data the stack starts with. */
  seed?: number;
}

export const DEFAULT_TRANSITION_CLIENTS = 2000;
/** The variable that sets the scale of the seed (the bench's larger data set sets it). */
export const TRANSITION_CLIENTS_ENV = 'MIENSKIP_CLIENTS_TRANSITION_CLIENTS';

/** The `transitionClients` clients' seed generates with: `MIENSKIP_CLIENTS_TRANSITION_CLIENTS`, or the default. */
export function seededTransitionClients(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = env[TRANSITION_CLIENTS_ENV];
  if (raw === undefined || raw === '') return DEFAULT_TRANSITION_CLIENTS;
  const value = Number(raw);
  // Checked here, where every seed of the world (clients, youth, debt) reads it: a typo stops the start.
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${TRANSITION_CLIENTS_ENV} must be a whole number (0 or more), not "${raw}"`);
  return value;
}
const DEFAULT_SEED = 2021;
/** Other households average about 2.45 members: 0.42 of them per transition client doubles the clients. */
const OTHER_HOUSEHOLDS_PER_TRANSITION_CLIENT = 0.42;

export function generateClients(options: GenerateClientsOptions): ClientsSeedRows {
  const { transitionClients } = options;
  const otherHouseholds =
    options.otherHouseholds ?? Math.round(transitionClients * OTHER_HOUSEHOLDS_PER_TRANSITION_CLIENT);
  for (const [name, value] of Object.entries({ transitionClients, otherHouseholds }))
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} is a whole number of at least 0`);
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const ctx = createContext(random, [ORGANISATIONS.miep, ORGANISATIONS.thfl]);
  const legacy = planTransition(transitionClients, random);
  for (const shape of householdShapes(legacy, otherHouseholds, random)) addHousehold(ctx, shape);
  return ctx.rows;
}

interface HouseholdShape {
  /** Transition households hold residents with a legacy indication only, all adults. */
  legacy: LegacyClient[];
  roles: HouseholdRole[];
}

function householdShapes(legacy: LegacyClient[], otherHouseholds: number, random: Random): HouseholdShape[] {
  const shapes: HouseholdShape[] = [];
  for (let i = 0; i < legacy.length; ) {
    // Most legacy clients live alone; some couples both had an indication.
    const size = i + 1 < legacy.length && random.chance(0.15) ? 2 : 1;
    const members = legacy.slice(i, i + size);
    shapes.push({ legacy: members, roles: members.map(() => 'OTHER_ADULT') });
    i += size;
  }
  for (let i = 0; i < otherHouseholds; i++) shapes.push({ legacy: [], roles: otherRoles(random) });
  // Mixed, so household numbers do not reveal who had an indication.
  return random.shuffle(shapes);
}

function otherRoles(random: Random): HouseholdRole[] {
  const size = random.weighted([
    [1, 25],
    [2, 25],
    [3, 28],
    [4, 22],
  ] as const);
  if (size === 1 || random.chance(0.3)) return Array.from({ length: size }, () => 'OTHER_ADULT');
  const parents = size === 2 ? 1 : size === 3 ? (random.chance(0.6) ? 2 : 1) : random.chance(0.7) ? 2 : 1;
  return [
    ...Array.from({ length: parents }, (): HouseholdRole => 'PARENT'),
    ...Array.from({ length: size - parents }, (): HouseholdRole => 'YOUNG_PERSON'),
  ];
}

/** Areas weighted roughly by population: the city's wijken are bigger than the villages. */
const AREA_WEIGHTS: readonly (readonly [AreaId, number])[] = AREA_IDS.map((id) => [
  id,
  id === 'area-stiens' ? 7 : id === 'area-dorpen-zuid' ? 10 : id.startsWith('area-noord') ? 16 : 13,
]);

function addHousehold(ctx: Context, shape: HouseholdShape) {
  const { random, rows } = ctx;
  const areaId = random.weighted(AREA_WEIGHTS);
  const household: HouseholdDraft = {
    id: ctx.nextId('household'),
    room: random.pick(ROOMS.filter((room) => room.areaId === areaId)),
    members: [],
    engagements: [],
    jeugdwetFrom: null,
    hasHousingLink: false,
  };
  rows.households.push({ id: household.id, areaId });
  const family = lastName(random);
  const address = streetAddress(random);
  const code = postcode(random);
  const mainResidence = random.chance(0.98);
  const birthDays = birthDates(shape.roles, random);
  shape.roles.forEach((role, i) => {
    const young = role === 'YOUNG_PERSON';
    // A partner keeps their own surname now and then; children carry the family name.
    const surname = i > 0 && !young && random.chance(0.5) ? lastName(random) : family;
    const id = ctx.nextId('client');
    const row = {
      id,
      // From the test range only; beyond its 9,091 numbers a resident is registered without a BSN.
      bsn: bsnOrNone(rows.clients.length),
      name: fullName(random, surname, young),
      dateOfBirth: isoOf(birthDays[i]!),
      householdId: household.id,
      householdRole: role,
      address,
      postcode: code,
      mainResidenceInMunicipality: mainResidence,
      pgbCompetent: !young && random.chance(0.18),
      prefersDecision: !young && random.chance(0.06),
    };
    rows.clients.push(row);
    household.members.push({ row, role, young, legacy: shape.legacy[i] ?? null });
  });
  if (shape.legacy.length > 0) {
    for (const member of household.members) addTransition(ctx, household, member);
  } else {
    addHouseholdRequests(ctx, household);
  }
  addRegie(ctx, household);
  addComplaints(ctx, household);
}

/** Young persons born after 2003; parents at least 20 years older than their oldest child; adults 1935–2000. */
function birthDates(roles: readonly HouseholdRole[], random: Random): number[] {
  const inYear = (year: number) => random.int(dayOf(`${year}-01-01`), dayOf(`${year}-12-31`));
  const young = roles.map((role) => (role === 'YOUNG_PERSON' ? inYear(random.int(2004, 2018)) : null));
  const oldestChildYear = Math.min(
    ...young.filter((day): day is number => day !== null).map((day) => Number(isoOf(day).slice(0, 4))),
  );
  return roles.map((role, i) => {
    if (young[i] !== null) return young[i]!;
    if (role === 'PARENT')
      return inYear(random.int(Math.max(1960, oldestChildYear - 42), oldestChildYear - 20));
    return inYear(random.int(1935, 2000));
  });
}
