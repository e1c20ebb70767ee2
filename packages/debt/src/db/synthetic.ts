import { type ClientsSeedRows, generateClients, seededTransitionClients } from '@mienskip/clients/synthetic';
import type {
  AftercareOutcome,
  CrisisKind,
  DebtComplexity,
  DebtOutflowReason,
  DebtReferralKind,
  DebtSeverity,
  DebtSolutionKind,
  GuardianshipAdvice,
  VolunteerTask,
} from '../domain/codes.ts';
import { crisisDeadline } from '../domain/crisis.ts';
import { dutchGeneralHolidays } from '../store/holidays.ts';
import { createRandom, dayOf, isoOf, type Random } from './synthetic-random.ts';
import { BASIS_WORKER_IDS, ORGANISATIONS, VOLUNTEER_WORKER_IDS } from './synthetic-references.ts';
import { generateDebtSignals, type SignalSeedRows, signalsForCases } from './synthetic-signals.ts';
import type * as tables from './tables.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows for the debt cases' tables, parents first. */
export interface DebtCaseSeedRows {
  debtCases: Insert<typeof tables.debtCases>[];
  debtCaseClients: Insert<typeof tables.debtCaseClients>[];
  debtReferrals: Insert<typeof tables.debtReferrals>[];
  guardianshipAdvices: Insert<typeof tables.guardianshipAdvices>[];
  debtCaseVolunteers: Insert<typeof tables.debtCaseVolunteers>[];
  debtCrises: Insert<typeof tables.debtCrises>[];
}

/** What the signals seed builds on (`generateDebtSignals` in `synthetic-signals.ts`): the seeded cases. */
export interface SeedDebtCase {
  id: string;
  householdId: string;
  areaId: string;
  clientIds: string[];
  registeredOn: string;
  intakeOn: string | null;
  outflowOn: string | null;
  /** The organisation that registered the case. */
  organisationId: string;
}

/** The synthetic data's "today", as in clients' seed: everything generated happened on or before it. */
export const LAST_DAY = dayOf('2022-12-31');
const DEFAULT_SEED = 2005;
/** The new model starts: the first signal the seed lets come in. */
const FIRST_SIGNAL_DAY = '2021-01-01';

/**
 * The proportions the seed uses where the sources give none (README-ready text in
 * docs/api.md’s seed section).
 */
export const PROPORTIONS = {
  /** Cases of a client living with another adult that are joint (the partner jointly liable). */
  joint: 0.25,
  /** First conversations within the Wgs's 28 days (NVVK reports an average wait of 11 days). */
  firstConversationWithin28Days: 0.85,
  /** Cases that stop before a solution (no-show, withdrawn, …), at a phase drawn among the earlier ones. */
  earlyOutflow: 0.12,
  earlyOutflowReason: [
    ['NIET_VERSCHENEN', 30],
    ['INGETROKKEN', 25],
    ['VOLDOET_NIET', 10],
    ['NIET_PASSEND', 10],
    ['ZELF', 10],
    ['VERHUISD', 8],
    ['OVERLEDEN', 2],
    ['OVERIG', 5],
  ] as const,
  /** Cases assessed SIMPLE ("relatief eenvoudige, niet-problematische schuldensituaties"). */
  simple: 0.3,
  /** Problematic cases assessed PROBLEMATISCH (the rest BEGINNEND). */
  problematicSeverity: 0.7,
  /** Cases whose solution phase is skipped (stabilisation → aftercare, no settlement). */
  solutionSkipped: 0.15,
  solutionKindSimple: [
    ['BETALINGSREGELING', 60],
    ['ANDERE_OPLOSSING', 40],
  ] as const,
  solutionKindProblematic: [
    ['SCHULDBEMIDDELING', 40],
    ['SANERINGSKREDIET', 20],
    ['BETALINGSREGELING', 15],
    ['HERFINANCIERING', 5],
    ['NUL_PROCENT_AANBOD', 5],
    ['ANDERE_OPLOSSING', 15],
  ] as const,
  /** Cases in aftercare long enough that flow out completed (AFGEROND; a few ZELF). */
  completedReason: [
    ['AFGEROND', 90],
    ['ZELF', 10],
  ] as const,
  /** Aftercare outcomes recorded. */
  aftercareStable: 0.75,
  /** Referrals of problematic cases, by kind (after the intake). */
  referral: [
    ['CURATIEVE_SCHULDHULPVERLENING', 0.35],
    ['BUDGETBEHEER', 0.15],
    ['INKOMENSBEHEER', 0.05],
    ['BESCHERMINGSBEWIND', 0.04],
  ] as const,
  /** Running referrals whose need was reviewed again in time (the rest are overdue at the end). */
  reviewedInTime: 0.8,
  /** Protective administration advised positively by the municipality. */
  guardianshipPositive: 0.85,
  /** Cases with a volunteer besides those that came from a volunteer organisation's engagement. */
  volunteer: 0.1,
  volunteerTask: [
    ['ADMINISTRATIE', 60],
    ['SCHULDREGELING_VOORBEREIDEN', 40],
  ] as const,
  /** Cases with a crisis (Wgs: dreigende woningontruiming, afsluiting, opzegging zorgverzekering). */
  crisis: 0.12,
  crisisKind: [
    ['DREIGENDE_WONINGONTRUIMING', 40],
    ['AFSLUITING_ELEKTRICITEIT', 15],
    ['AFSLUITING_GAS', 15],
    ['AFSLUITING_WATER', 10],
    ['AFSLUITING_STADSVERWARMING', 5],
    ['OPZEGGING_ZORGVERZEKERING', 15],
  ] as const,
  /** Crises whose first conversation came within the 3 working days. */
  crisisWithinThreeWorkingDays: 0.85,
  /** A signal closed with a referral to financial help is followed by a case within this many days. */
  signalToCaseDays: 30,
} as const;

export interface GenerateDebtOptions {
  /** What clients' seed generates (`generateClients` of `@mienskip/clients/synthetic`), at the same scale. */
  clients: ClientsSeedRows;
  /**
   * The seeded signals that lead to a case (`signalsForCases` of the signals seed): a case of that client
   * registered within `signalToCaseDays` after the signal closed names it; otherwise one is registered
   * the day it closed (when the client has no open case then).
   */
  signals?: readonly { signalId: string; clientId: string; closedOn: string }[];
  seed?: number;
}

/** Where a seeded case starts: an engagement of clients' stream, or a signal. */
interface CaseStart {
  clientId: string;
  registered: number;
  endedOn: number | null;
  /** A volunteer organisation's engagement: its volunteer helps on the case. */
  volunteerId: string | null;
  signalId: string | null;
}

const REFERRAL_ORGANISATION: Record<DebtReferralKind, string> = {
  CURATIEVE_SCHULDHULPVERLENING: ORGANISATIONS.curatief,
  BUDGETBEHEER: ORGANISATIONS.budgetbeheer,
  INKOMENSBEHEER: ORGANISATIONS.budgetbeheer,
  BESCHERMINGSBEWIND: ORGANISATIONS.beschermingsbewind,
};

/**
 * Deterministic synthetic debt cases, derived from clients' synthetic world so that the ids meet. Every
 * SCHULDHULPVERLENING engagement clients' generator makes (clients hands debt help over to debt,
 * BR-CL17, and writes none) becomes a debt case of that client, registered on the engagement's start
 * and registered by the basis; its phases follow with plausible durations, cut at the synthetic "today"
 * (2022-12-31); an engagement that ended makes the case flow out then. A client with an open case gets
 * no second one (BR-DB1). An engagement of a volunteer organisation puts its volunteer on the case.
 */
export function generateDebt(options: GenerateDebtOptions): {
  rows: DebtCaseSeedRows;
  cases: SeedDebtCase[];
} {
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const { clients } = options;
  const rows: DebtCaseSeedRows = {
    debtCases: [],
    debtCaseClients: [],
    debtReferrals: [],
    guardianshipAdvices: [],
    debtCaseVolunteers: [],
    debtCrises: [],
  };
  const cases: SeedDebtCase[] = [];
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };
  const areaOf = new Map(clients.households.map((h) => [h.id!, h.areaId]));
  const clientById = new Map(clients.clients.map((c) => [c.id!, c]));
  const adultsOf = new Map<string, string[]>();
  for (const c of clients.clients)
    if (c.householdRole !== 'YOUNG_PERSON')
      adultsOf.set(c.householdId, [...(adultsOf.get(c.householdId) ?? []), c.id!]);
  /** The day each client's open case flows out (null: still open at the end). */
  const openUntil = new Map<string, number | null>();
  const free = (clientId: string, on: number) => {
    if (!openUntil.has(clientId)) return true;
    const until = openUntil.get(clientId)!;
    return until !== null && until < on;
  };

  const starts: CaseStart[] = clients.engagements
    .filter((e) => e.kind === 'SCHULDHULPVERLENING' && dayOf(e.startedOn) <= LAST_DAY)
    .map((e) => ({
      clientId: e.clientId,
      registered: dayOf(e.startedOn),
      endedOn: e.endedOn ? dayOf(e.endedOn) : null,
      volunteerId: e.organisationId === ORGANISATIONS.vrijwilligers && e.workerId ? e.workerId : null,
      signalId: null,
    }));
  // A signal closed with a referral to financial help names the client's case that follows it, or starts one.
  for (const signal of options.signals ?? []) {
    const closed = dayOf(signal.closedOn);
    const following = starts.find(
      (s) =>
        s.clientId === signal.clientId &&
        s.signalId === null &&
        s.registered >= closed &&
        s.registered <= closed + PROPORTIONS.signalToCaseDays,
    );
    if (following) following.signalId = signal.signalId;
    else if (closed <= LAST_DAY)
      starts.push({
        clientId: signal.clientId,
        registered: closed,
        endedOn: null,
        volunteerId: null,
        signalId: signal.signalId,
      });
  }
  starts.sort(
    (a, b) => a.registered - b.registered || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );
  const holidays = dutchGeneralHolidays(2020, 2024);
  for (const start of starts) {
    const client = clientById.get(start.clientId);
    if (!client) continue;
    const registered = start.registered;
    if (!free(client.id!, registered)) continue;
    const partners = (adultsOf.get(client.householdId) ?? []).filter(
      (id) => id !== client.id && free(id, registered),
    );
    const clientIds =
      partners.length > 0 && random.chance(PROPORTIONS.joint)
        ? [client.id!, random.pick(partners)]
        : [client.id!];
    const seedCase = generateCase(random, nextId('debt-case'), {
      householdId: client.householdId,
      areaId: areaOf.get(client.householdId)!,
      clientIds,
      registered,
      endedOn: start.endedOn,
    });
    seedCase.row.signalId = start.signalId;
    rows.debtCases.push(seedCase.row);
    for (const clientId of clientIds) {
      rows.debtCaseClients.push({ caseId: seedCase.row.id, clientId, open: seedCase.row.outflowOn == null });
      openUntil.set(clientId, seedCase.row.outflowOn ? dayOf(seedCase.row.outflowOn) : null);
    }
    cases.push({
      id: seedCase.row.id,
      householdId: client.householdId,
      areaId: areaOf.get(client.householdId)!,
      clientIds,
      registeredOn: seedCase.row.registeredOn,
      intakeOn: seedCase.row.intakeOn ?? null,
      outflowOn: seedCase.row.outflowOn ?? null,
      organisationId: ORGANISATIONS.amaryllis,
    });
    addReferrals(random, rows, seedCase, nextId);
    addCrisis(random, rows, seedCase, holidays, nextId);
    const volunteer =
      start.volunteerId !== null
        ? start.volunteerId
        : random.chance(PROPORTIONS.volunteer)
          ? random.pick(VOLUNTEER_WORKER_IDS)
          : null;
    if (volunteer) {
      const start = Math.min(registered + random.int(0, 30), LAST_DAY);
      const end = seedCase.row.outflowOn ? dayOf(seedCase.row.outflowOn) : null;
      rows.debtCaseVolunteers.push({
        id: nextId('debt-volunteer'),
        caseId: seedCase.row.id,
        workerId: volunteer,
        task: random.weighted(PROPORTIONS.volunteerTask) as VolunteerTask,
        startedOn: isoOf(end === null ? start : Math.min(start, end)),
        endedOn: end === null ? null : isoOf(end),
      });
    }
  }
  return { rows, cases };
}

interface GeneratedCase {
  row: Insert<typeof tables.debtCases> & { id: string };
  /** The day the need for third parties is known (intake) and the case's last day (outflow or today). */
  intake: number | null;
  end: number;
  complexity: DebtComplexity | null;
}

/** One case's phases, forward only, each after the one before, cut at the end of the synthetic data. */
function generateCase(
  random: Random,
  id: string,
  base: {
    householdId: string;
    areaId: string;
    clientIds: string[];
    registered: number;
    endedOn: number | null;
  },
): GeneratedCase {
  const within = random.chance(PROPORTIONS.firstConversationWithin28Days);
  const intake = base.registered + (within ? random.int(1, 28) : random.int(29, 70));
  const stabilisation = intake + random.int(7, 45);
  const skipSolution = random.chance(PROPORTIONS.solutionSkipped);
  const solution = skipSolution ? null : stabilisation + random.int(90, 300);
  const aftercare = (solution ?? stabilisation + random.int(60, 180)) + random.int(120, 540);
  const completed = aftercare + random.int(90, 365);
  const early = random.chance(PROPORTIONS.earlyOutflow);
  // An early outflow comes at the registration, the intake or in stabilisation.
  const earlyStop = early
    ? random.pick([
        base.registered + random.int(7, 40),
        intake + random.int(0, 20),
        stabilisation + random.int(10, 60),
      ])
    : null;
  const stopAt = (day: number | null) =>
    day !== null && day <= LAST_DAY && (earlyStop === null || day <= earlyStop) ? day : null;
  const dates = {
    intakeOn: earlyStop !== null && earlyStop < intake ? null : stopAt(intake),
    stabilisationOn: stopAt(stabilisation),
    solutionOn: stopAt(solution),
    aftercareOn: earlyStop !== null ? null : stopAt(aftercare),
  };
  if (dates.intakeOn === null) dates.stabilisationOn = null;
  if (dates.stabilisationOn === null) dates.solutionOn = null;
  if (earlyStop !== null) dates.solutionOn = null;
  const last = Math.max(
    base.registered,
    ...[dates.intakeOn, dates.stabilisationOn, dates.solutionOn, dates.aftercareOn].filter(
      (d): d is number => d !== null,
    ),
  );
  let outflow: { on: number; reason: DebtOutflowReason } | null = null;
  if (earlyStop !== null && earlyStop <= LAST_DAY)
    outflow = {
      on: Math.max(earlyStop, last),
      reason: random.weighted(PROPORTIONS.earlyOutflowReason) as DebtOutflowReason,
    };
  else if (dates.aftercareOn !== null && completed <= LAST_DAY)
    outflow = { on: completed, reason: random.weighted(PROPORTIONS.completedReason) as DebtOutflowReason };
  else if (base.endedOn !== null && base.endedOn <= LAST_DAY)
    outflow = {
      on: Math.max(base.endedOn, last),
      reason: dates.solutionOn !== null || dates.aftercareOn !== null ? 'AFGEROND' : 'ZELF',
    };
  if (outflow && outflow.on > LAST_DAY) outflow = null;
  const simple = random.chance(PROPORTIONS.simple);
  const complexity: DebtComplexity | null =
    dates.intakeOn === null ? null : simple ? 'SIMPLE' : 'PROBLEMATIC';
  const severity: DebtSeverity | null =
    complexity === null
      ? null
      : complexity === 'SIMPLE'
        ? random.chance(0.6)
          ? 'EENVOUDIG_NIET_PROBLEMATISCH'
          : 'BEGINNEND'
        : random.chance(PROPORTIONS.problematicSeverity)
          ? 'PROBLEMATISCH'
          : 'BEGINNEND';
  const solutionKind: DebtSolutionKind | null =
    dates.solutionOn === null
      ? null
      : (random.weighted(
          complexity === 'SIMPLE' ? PROPORTIONS.solutionKindSimple : PROPORTIONS.solutionKindProblematic,
        ) as DebtSolutionKind);
  const aftercareOutcome: AftercareOutcome | null =
    dates.aftercareOn !== null && (outflow !== null || dates.aftercareOn + 90 <= LAST_DAY)
      ? random.chance(PROPORTIONS.aftercareStable)
        ? 'STABIEL'
        : 'NIET_STABIEL'
      : null;
  const iso = (day: number | null) => (day === null ? null : isoOf(day));
  return {
    row: {
      id,
      householdId: base.householdId,
      areaId: base.areaId,
      openedByOrganisationId: ORGANISATIONS.amaryllis,
      severity,
      complexity,
      registeredOn: isoOf(base.registered),
      intakeOn: iso(dates.intakeOn),
      stabilisationOn: iso(dates.stabilisationOn),
      solutionOn: iso(dates.solutionOn),
      solutionKind,
      aftercareOn: iso(dates.aftercareOn),
      aftercareOutcome,
      outflowOn: outflow ? isoOf(outflow.on) : null,
      outflowReason: outflow ? outflow.reason : null,
    },
    intake: dates.intakeOn,
    end: outflow ? outflow.on : LAST_DAY,
    complexity,
  };
}

/**
 * A crisis on some cases: reported from the registration on while the case is open, its first
 * conversation mostly within the 3 working days (BR-DB21, F2's `crisisDeadline`), handled a few weeks on.
 */
function addCrisis(
  random: Random,
  rows: DebtCaseSeedRows,
  seedCase: GeneratedCase,
  holidays: ReadonlySet<string>,
  nextId: (prefix: string) => string,
) {
  if (!random.chance(PROPORTIONS.crisis)) return;
  const registered = dayOf(seedCase.row.registeredOn);
  const reported = Math.min(
    registered +
      random.weighted([
        [0, 60],
        [random.int(1, 90), 40],
      ] as const),
    seedCase.end,
  );
  const deadline = dayOf(crisisDeadline(isoOf(reported), holidays));
  const conversation = random.chance(PROPORTIONS.crisisWithinThreeWorkingDays)
    ? random.int(reported, deadline)
    : deadline + random.int(1, 10);
  const handled = conversation + random.int(0, 45);
  rows.debtCrises.push({
    id: nextId('debt-crisis'),
    caseId: seedCase.row.id,
    kind: random.weighted(PROPORTIONS.crisisKind) as CrisisKind,
    reportedOn: isoOf(reported),
    firstConversationOn: conversation <= LAST_DAY ? isoOf(conversation) : null,
    handledOn: conversation <= LAST_DAY && handled <= LAST_DAY ? isoOf(handled) : null,
  });
}

/** Referrals of a problematic case after its intake, each with its review day; ended by the outflow. */
function addReferrals(
  random: Random,
  rows: DebtCaseSeedRows,
  seedCase: GeneratedCase,
  nextId: (prefix: string) => string,
) {
  if (seedCase.intake === null || seedCase.complexity !== 'PROBLEMATIC') return;
  const caseId = seedCase.row.id;
  for (const [kind, share] of PROPORTIONS.referral) {
    if (!random.chance(share)) continue;
    const start = seedCase.intake + random.int(7, 120);
    if (start >= seedCase.end) continue;
    if (kind === 'BESCHERMINGSBEWIND') {
      // The municipality's advice comes before the kantonrechter appoints the administrator.
      const advisedOn = Math.max(seedCase.intake, start - random.int(7, 30));
      const positive = random.chance(PROPORTIONS.guardianshipPositive);
      rows.guardianshipAdvices.push({
        id: nextId('guardianship-advice'),
        caseId,
        advisedOn: isoOf(advisedOn),
        advice: (positive ? 'POSITIEF' : 'NEGATIEF') as GuardianshipAdvice,
      });
      if (!positive) continue;
    }
    let review = start + random.int(90, 365);
    let ended: number | null = null;
    if (seedCase.row.outflowOn) ended = Math.max(start, seedCase.end - random.int(0, 14));
    else if (random.chance(0.3) && start + 60 <= LAST_DAY)
      ended = start + random.int(60, Math.min(540, LAST_DAY - start));
    if (ended === null)
      while (review < LAST_DAY && random.chance(PROPORTIONS.reviewedInTime)) review += random.int(90, 365);
    rows.debtReferrals.push({
      id: nextId('debt-referral'),
      caseId,
      kind: kind as DebtReferralKind,
      organisationId: REFERRAL_ORGANISATION[kind],
      startedOn: isoOf(start),
      reviewOn: isoOf(review),
      endedOn: ended === null ? null : isoOf(ended),
    });
  }
}

export type { Random };

/**
 * The one seeded world: clients' synthetic rows at the scale clients' seed uses
 * (`MIENSKIP_CLIENTS_TRANSITION_CLIENTS`, or the given one) and the debt cases derived from them. The
 * seed writes the debt part; tests read both to know the seeded clients, households and cases.
 */
export function seededWorld(transitionClients: number = seededTransitionClients()) {
  const clients = generateClients({ transitionClients });
  const signals = seededSignals(clients);
  return { clients, signals, debt: generateDebt({ clients, signals: signalsForCases(signals) }) };
}

/** The signals' own random stream, so that they never shift the cases. */
const SIGNALS_SEED = 2046;

/** The signals and outreach of the seeded world (the signals part's `generateDebtSignals`), own stream. */
export function seededSignals(clients: ClientsSeedRows): SignalSeedRows {
  const areaOf = new Map(clients.households.map((h) => [h.id!, h.areaId]));
  return generateDebtSignals(
    createRandom(SIGNALS_SEED).next,
    clients.clients.map((c) => ({
      id: c.id!,
      householdId: c.householdId,
      areaId: areaOf.get(c.householdId)!,
    })),
    {
      organisationId: ORGANISATIONS.amaryllis,
      workerIds: BASIS_WORKER_IDS,
      from: FIRST_SIGNAL_DAY,
      to: isoOf(LAST_DAY),
    },
  );
}
