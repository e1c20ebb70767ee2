import { type ClientsSeedRows, generateClients, seededTransitionClients } from '@mienskip/clients/synthetic';
import type { LightSupportGoal, RegieLead, YouthCloseReason, YouthRoute } from '../domain/codes.ts';
import { LIGHT_SUPPORT_GOALS } from '../domain/codes.ts';
import { createRandom, dayOf, isoOf, type Random } from './synthetic-random.ts';
import {
  BASIS_WORKER_IDS,
  BASIS_WORKERS_BY_AREA,
  JET_WORKER_IDS,
  ORGANISATIONS,
} from './synthetic-references.ts';
import type * as tables from './tables.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows for the youth cases' tables, parents first. */
export interface YouthSeedRows {
  youthCases: Insert<typeof tables.youthCases>[];
  youthCaseChildren: Insert<typeof tables.youthCaseChildren>[];
  jetConsultations: Insert<typeof tables.jetConsultations>[];
  jetDecisions: Insert<typeof tables.jetDecisions>[];
  youthReferrals: Insert<typeof tables.youthReferrals>[];
  combinedRegieAgreements: Insert<typeof tables.combinedRegieAgreements>[];
  lightParentingSupport: Insert<typeof tables.lightParentingSupport>[];
}

/** What the child-safety seed builds on (`generateSafetyEvents` in `synthetic-safety.ts`). */
export interface SeedCase {
  id: string;
  householdId: string;
  childIds: string[];
  openedOn: string;
  closedOn: string | null;
  route: YouthRoute;
  processDirectorId: string | null;
  /** The organisation that opened the case. */
  organisationId: string;
}

/** The synthetic data's "today", as in clients' seed: everything generated happened on or before it. */
export const LAST_DAY = dayOf('2022-12-31');
/** The new model starts. */
const FIRST_DAY = dayOf('2021-01-01');
const DEFAULT_SEED = 2004;

/** The proportions the seed uses where the sources give none (stated in docs/api.md, "Seed data"). */
export const PROPORTIONS = {
  /** Households with young persons and no case from clients' stream that get a case of their own. */
  extraCaseShare: 0.45,
  /** Route a further case opens on. */
  openingRoute: [
    ['SOCIALE_BASIS', 30],
    ['BASIS', 70],
  ] as const,
  /** Further cases that consult the JET's outreach youth expert. */
  consulted: 0.45,
  /** Consulted further cases in which the JET decides. */
  decided: 0.6,
  /** The route the JET decides for a further case. */
  decidedRoute: [
    ['SOCIALE_BASIS', 20],
    ['BASIS', 45],
    ['JEUGDWET', 35],
  ] as const,
  /** Jeugdwet cases referred to a youth-care provider. */
  referred: 0.55,
  /** Referrals that ended by the synthetic "today". */
  referralEnded: 0.35,
  /** Jeugdwet cases whose household also has a Wmo regievoerder that agreed combined regie. */
  combinedRegieAgreed: 0.6,
  /** Who leads by agreement. */
  lead: [
    ['PROCESREGISSEUR', 60],
    ['WMO_REGIEVOERDER', 40],
  ] as const,
  /** Further basis cases with light parenting support. */
  lightSupport: 0.4,
  /** Further cases closed by the synthetic "today". */
  closed: 0.4,
  closeReason: [
    ['VOLGENS_PLAN', 60],
    ['VOORTIJDIG_IN_OVERLEG', 15],
    ['EENZIJDIG_CLIENT', 10],
    ['EENZIJDIG_AANBIEDER', 5],
    ['EXTERNE_OMSTANDIGHEDEN', 10],
  ] as const,
} as const;

const ADVICE = [
  'Gesprek met ouders over de opvoedvragen; school betrekken.',
  'Eerst lichte ondersteuning vanuit de basis, over zes weken opnieuw bekijken.',
  'Zorgen over de ontwikkeling van het kind: jeugdhulp vanuit de Jeugdwet overwegen.',
  'Ouders versterken in hun eigen kracht; netwerk van het gezin in kaart brengen.',
  'Afstemmen met de jeugdgezondheidszorg over de signalen van de school.',
];
const SUPPORT: Record<YouthRoute, readonly string[]> = {
  SOCIALE_BASIS: [
    'Maatje vanuit de sociale basis en een plek bij het jongerenwerk.',
    'Ouder-kindgroep in de buurtkamer.',
  ],
  BASIS: [
    'Lichte opvoedondersteuning door de basis.',
    'Gezinscoaching door de basisondersteuning, tien gesprekken.',
  ],
  JEUGDWET: [
    'Ambulante jeugdhulp bij het gezin thuis.',
    'Specialistische jeugdhulp voor het kind, met ouderbegeleiding.',
    'Dagbehandeling jeugd, met begeleiding van de ouders.',
  ],
};

export interface GenerateYouthOptions {
  /** What clients' seed generates (`generateClients` of `@mienskip/clients/synthetic`), at the same scale. */
  clients: ClientsSeedRows;
  seed?: number;
}

/**
 * Deterministic synthetic youth cases, derived from clients' synthetic world so that the ids meet:
 *
 * 1. Every household clients' generator gives Jeugdwet procesregie (a JET assignment, which clients
 *    no longer writes: BR-CL15) gets a Jeugdwet case with that JET member as procesregisseur from that
 *    day: opened by the basis when the household's question came in (a request with outcome JET) or a
 *    few weeks before, a consultation of the JET's expert, the JET's decision on the day regie started.
 * 2. Every light parenting support engagement (clients no longer writes those: BR-CL16) becomes light
 *    parenting support of that household's case, same worker, start and end, goals drawn.
 * 3. Further cases for households with young persons, in the proportions of `PROPORTIONS`.
 */
export function generateYouth(options: GenerateYouthOptions): { rows: YouthSeedRows; cases: SeedCase[] } {
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const { clients } = options;
  const rows: YouthSeedRows = {
    youthCases: [],
    youthCaseChildren: [],
    jetConsultations: [],
    jetDecisions: [],
    youthReferrals: [],
    combinedRegieAgreements: [],
    lightParentingSupport: [],
  };
  const cases: SeedCase[] = [];
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };

  const areaOf = new Map(clients.households.map((h) => [h.id, h.areaId]));
  const householdOf = new Map(clients.clients.map((c) => [c.id!, c.householdId]));
  const young = new Map<string, string[]>();
  for (const client of clients.clients)
    if (client.householdRole === 'YOUNG_PERSON')
      young.set(client.householdId, [...(young.get(client.householdId) ?? []), client.id!]);
  const jetRequestOf = new Map<string, { receivedOn: string }>();
  for (const request of clients.supportRequests) {
    const householdId = householdOf.get(request.clientId);
    if (request.outcome === 'JET' && householdId && !jetRequestOf.has(householdId))
      jetRequestOf.set(householdId, { receivedOn: request.receivedOn });
  }
  /** The open Wmo regievoerder of a household at the end, with since when. */
  const wmoOf = new Map<string, { workerId: string; startedOn: string }>();
  for (const a of clients.coordinatorAssignments)
    if (a.domain === 'WMO' && !a.endedOn)
      wmoOf.set(a.householdId, { workerId: a.workerId, startedOn: a.startedOn });
  const basisWorkerOf = (householdId: string) =>
    random.pick(BASIS_WORKERS_BY_AREA[areaOf.get(householdId) ?? ''] ?? BASIS_WORKER_IDS);

  const caseOfHousehold = new Map<string, SeedCase>();

  function openCase(
    householdId: string,
    route: YouthRoute,
    openedOn: number,
    opener: string,
    processDirectorId: string | null,
  ): SeedCase {
    const children = young.get(householdId)!;
    // Mostly one child; in larger families sometimes all of them.
    const childIds = children.length > 1 && random.chance(0.3) ? [...children] : [random.pick(children)];
    const seedCase: SeedCase = {
      id: nextId('youth-case'),
      householdId,
      childIds,
      openedOn: isoOf(openedOn),
      closedOn: null,
      route,
      processDirectorId,
      organisationId: opener,
    };
    cases.push(seedCase);
    caseOfHousehold.set(householdId, seedCase);
    return seedCase;
  }

  function consult(seedCase: SeedCase, on: number): { id: string; on: number } {
    const id = nextId('jet-consultation');
    rows.jetConsultations.push({
      id,
      caseId: seedCase.id,
      consultedOn: isoOf(on),
      expertId: random.pick(JET_WORKER_IDS),
      expertOrganisationId: ORGANISATIONS.jet,
      advice: random.pick(ADVICE),
    });
    return { id, on };
  }

  function decide(seedCase: SeedCase, on: number, route: YouthRoute, decidedById: string) {
    rows.jetDecisions.push({
      id: nextId('jet-decision'),
      caseId: seedCase.id,
      decidedOn: isoOf(on),
      decidedById,
      organisationId: ORGANISATIONS.jet,
      route,
      support: random.pick(SUPPORT[route]),
    });
  }

  /** Referral and combined regie of a Jeugdwet case, when the days allow. */
  function jeugdwetFollowUp(seedCase: SeedCase, consultation: { id: string; on: number }, decidedOn: number) {
    if (random.chance(PROPORTIONS.referred) && decidedOn + 7 <= LAST_DAY) {
      const referredOn = decidedOn + random.int(7, Math.min(45, LAST_DAY - decidedOn));
      const ends = random.chance(PROPORTIONS.referralEnded) && referredOn + 60 <= LAST_DAY;
      rows.youthReferrals.push({
        id: nextId('youth-referral'),
        caseId: seedCase.id,
        organisationId: ORGANISATIONS.jeugdhulpaanbieder,
        referredOn: isoOf(referredOn),
        consultationId: consultation.id,
        endedOn: ends ? isoOf(referredOn + random.int(60, LAST_DAY - referredOn)) : null,
      });
    }
    const wmo = wmoOf.get(seedCase.householdId);
    if (wmo && seedCase.processDirectorId && random.chance(PROPORTIONS.combinedRegieAgreed)) {
      const from = Math.max(decidedOn, dayOf(wmo.startedOn));
      if (from + 14 <= LAST_DAY)
        rows.combinedRegieAgreements.push({
          id: nextId('combined-regie'),
          caseId: seedCase.id,
          wmoRegievoerderId: wmo.workerId,
          processDirectorId: seedCase.processDirectorId,
          lead: random.weighted(PROPORTIONS.lead) as RegieLead,
          agreedOn: isoOf(from + random.int(14, Math.min(60, LAST_DAY - from))),
        });
    }
  }

  // 1. Jeugdwet procesregie from clients' stream: one Jeugdwet case per household, director from that day.
  for (const regie of clients.coordinatorAssignments) {
    if (regie.domain !== 'JEUGDWET' || caseOfHousehold.has(regie.householdId)) continue;
    if (!young.get(regie.householdId)?.length) continue;
    const decidedOn = dayOf(regie.startedOn);
    const request = jetRequestOf.get(regie.householdId);
    const openedOn = request
      ? Math.min(dayOf(request.receivedOn), decidedOn)
      : decidedOn - random.int(14, 45);
    const seedCase = openCase(
      regie.householdId,
      'JEUGDWET',
      openedOn,
      ORGANISATIONS.amaryllis,
      regie.workerId,
    );
    const consultation = consult(seedCase, random.int(openedOn, decidedOn));
    decide(seedCase, decidedOn, 'JEUGDWET', regie.workerId);
    jeugdwetFollowUp(seedCase, consultation, decidedOn);
    if (regie.endedOn) close(seedCase, dayOf(regie.endedOn));
  }

  // 2. Light parenting support from clients' stream, on the household's case.
  for (const engagement of clients.engagements) {
    if (engagement.kind !== 'LICHTE_OPVOEDONDERSTEUNING') continue;
    const householdId = householdOf.get(engagement.clientId);
    if (!householdId || !young.get(householdId)?.length || dayOf(engagement.startedOn) > LAST_DAY) continue;
    const startedOn = dayOf(engagement.startedOn);
    const seedCase =
      caseOfHousehold.get(householdId) ??
      openCase(householdId, 'BASIS', startedOn, ORGANISATIONS.amaryllis, null);
    const start = Math.max(startedOn, dayOf(seedCase.openedOn));
    addLightSupport(seedCase, start, engagement.endedOn ? Math.max(start, dayOf(engagement.endedOn)) : null, {
      workerId: engagement.workerId ?? basisWorkerOf(householdId),
      organisationId: engagement.organisationId,
    });
  }

  // 3. Further cases for households with young persons, in the seed's proportions.
  for (const [householdId] of young) {
    if (caseOfHousehold.has(householdId) || !random.chance(PROPORTIONS.extraCaseShare)) continue;
    const route = random.weighted(PROPORTIONS.openingRoute) as YouthRoute;
    const openedOn = random.int(FIRST_DAY, LAST_DAY - 30);
    // The basis opens them (BR-Y16), also those that stay in the sociale basis.
    const seedCase = openCase(householdId, route, openedOn, ORGANISATIONS.amaryllis, null);
    let lastStart = openedOn;
    if (random.chance(PROPORTIONS.consulted)) {
      const consultation = consult(seedCase, openedOn + random.int(3, 21));
      lastStart = consultation.on;
      if (random.chance(PROPORTIONS.decided)) {
        const decidedOn = consultation.on + random.int(7, 28);
        const decided = random.weighted(PROPORTIONS.decidedRoute) as YouthRoute;
        const decider = random.pick(JET_WORKER_IDS);
        seedCase.route = decided;
        if (decided === 'JEUGDWET') seedCase.processDirectorId = random.pick(JET_WORKER_IDS);
        decide(seedCase, decidedOn, decided, decider);
        lastStart = decidedOn;
        if (decided === 'JEUGDWET') jeugdwetFollowUp(seedCase, consultation, decidedOn);
      }
    }
    if (seedCase.route !== 'JEUGDWET' && random.chance(PROPORTIONS.lightSupport)) {
      const start = lastStart + random.int(0, 14);
      const ends = random.chance(0.5) && start + 60 <= LAST_DAY;
      addLightSupport(
        seedCase,
        start,
        ends ? start + random.int(60, Math.min(270, LAST_DAY - start)) : null,
        {
          workerId: basisWorkerOf(householdId),
          organisationId: ORGANISATIONS.amaryllis,
        },
      );
    }
    if (random.chance(PROPORTIONS.closed)) {
      const closedOn = lastStart + random.int(60, 400);
      if (closedOn <= LAST_DAY) close(seedCase, closedOn);
    }
  }

  function addLightSupport(
    seedCase: SeedCase,
    start: number,
    end: number | null,
    by: { workerId: string; organisationId: string },
  ) {
    const count = random.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    const goals = new Set<LightSupportGoal>();
    while (goals.size < count) goals.add(random.pick(LIGHT_SUPPORT_GOALS));
    rows.lightParentingSupport.push({
      id: nextId('light-support'),
      caseId: seedCase.id,
      goals: LIGHT_SUPPORT_GOALS.filter((goal) => goals.has(goal)),
      workerId: by.workerId,
      organisationId: by.organisationId,
      startedOn: isoOf(start),
      endedOn: end === null || end > LAST_DAY ? null : isoOf(end),
    });
  }

  /** Closes a case no earlier than whatever runs on it, ending what still runs that day. */
  function close(seedCase: SeedCase, on: number) {
    const own = <T extends { caseId: string }>(list: T[]) => list.filter((row) => row.caseId === seedCase.id);
    const starts = [
      ...own(rows.youthReferrals).map((r) => dayOf(r.referredOn)),
      ...own(rows.lightParentingSupport).map((s) => dayOf(s.startedOn)),
      ...own(rows.combinedRegieAgreements).map((a) => dayOf(a.agreedOn)),
    ];
    const closedOn = Math.max(on, dayOf(seedCase.openedOn), ...starts);
    if (closedOn > LAST_DAY) return;
    const iso = isoOf(closedOn);
    for (const row of own(rows.youthReferrals)) if (!row.endedOn || row.endedOn > iso) row.endedOn = iso;
    for (const row of own(rows.lightParentingSupport))
      if (!row.endedOn || row.endedOn > iso) row.endedOn = iso;
    for (const row of own(rows.combinedRegieAgreements))
      if (!row.endedOn || row.endedOn > iso) row.endedOn = iso;
    seedCase.closedOn = iso;
  }

  for (const seedCase of cases) {
    rows.youthCases.push({
      id: seedCase.id,
      householdId: seedCase.householdId,
      areaId: areaOf.get(seedCase.householdId)!,
      route: seedCase.route,
      openedOn: seedCase.openedOn,
      closedOn: seedCase.closedOn,
      closeReason: seedCase.closedOn ? (random.weighted(PROPORTIONS.closeReason) as YouthCloseReason) : null,
      openedByOrganisationId: seedCase.organisationId,
      processDirectorId: seedCase.processDirectorId,
      processDirectorOrganisationId: seedCase.processDirectorId ? ORGANISATIONS.jet : null,
    });
    for (const clientId of seedCase.childIds) rows.youthCaseChildren.push({ caseId: seedCase.id, clientId });
  }
  return { rows, cases };
}

export type { Random };

/**
 * The one seeded world: clients' synthetic rows at the scale clients' seed uses
 * (`MIENSKIP_CLIENTS_TRANSITION_CLIENTS`, or the given one) and the youth rows derived from them. The seed
 * writes the youth part; tests read both to know the seeded households, children and cases.
 */
export function seededWorld(transitionClients: number = seededTransitionClients()) {
  const clients = generateClients({ transitionClients });
  return { clients, youth: generateYouth({ clients }) };
}
