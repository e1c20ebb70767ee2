import type {
  GiFramework,
  MeldcodeOutcome,
  RiskOutcome,
  SafetyTask,
  SafetyTaskAssignee,
} from '../domain/codes.ts';
import { LAST_DAY, type SeedCase } from './synthetic.ts';
import { dayOf, isoOf, type Random } from './synthetic-random.ts';
import { BASIS_WORKER_IDS, JET_WORKER_IDS, ORGANISATIONS } from './synthetic-references.ts';
import type * as tables from './tables.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows for the child-safety tables, one array per table, keyed by its export name in `tables.ts`. */
export interface SafetySeedRows {
  safetySignals: Insert<typeof tables.safetySignals>[];
  riskAssessments: Insert<typeof tables.riskAssessments>[];
  safetyPlans: Insert<typeof tables.safetyPlans>[];
  meldcodeWeighings: Insert<typeof tables.meldcodeWeighings>[];
  veiligThuisEvents: Insert<typeof tables.veiligThuisEvents>[];
  verwijsindexRegistrations: Insert<typeof tables.verwijsindexRegistrations>[];
  verwijsindexMatches: Insert<typeof tables.verwijsindexMatches>[];
  caseConferences: Insert<typeof tables.caseConferences>[];
  giCooperations: Insert<typeof tables.giCooperations>[];
  investigationRequests: Insert<typeof tables.investigationRequests>[];
  safetyTaskAllocations: Insert<typeof tables.safetyTaskAllocations>[];
}

/**
 * Seed data only: organisations of the budget seed that child safety works with (Uitvoeringsplan §4.4:
 * the GI, the steunstructuur, the jeugdgezondheidszorg, youth care), copied as they are.
 */
const PARTNERS = {
  gi: 'org-gecertificeerde-instelling',
  opvoedpunt: 'org-ggd-opvoedpunt',
  steunstructuur: 'org-steunstructuur',
  jeugdhulp: ORGANISATIONS.jeugdhulpaanbieder,
} as const;

/**
 * The shares of the seed (README-ready text in the team's notes). Most cases have no safety event at
 * all; the rest follow the meldcode's order: signal, risk assessment, then plan, weighing and report.
 */
export const SAFETY_PROPORTIONS = {
  /** Cases with a signal of (risk of) unsafety. */
  signal: 0.12,
  /** Of those, cases whose signal is followed by a risk assessment. */
  assessment: 0.8,
  /** The outcomes of a risk assessment. */
  outcomes: [
    ['GEEN_ZORGEN', 35],
    ['ZORGEN', 45],
    ['ONVEILIG', 20],
  ] as const satisfies readonly (readonly [RiskOutcome, number])[],
  /** Assessments where adult problems are found to put the child at risk (they are always assessed). */
  adultProblemsRisk: 0.3,
  /** Of the assessments with concerns or unsafety, in turn: no allocation yet, allocated without plan yet, plan. */
  planCycle: 4,
  /** Meldcode weighing after an ONVEILIG / ZORGEN assessment, and its share MELDEN. */
  weighing: { ONVEILIG: 1, ZORGEN: 0.4 },
  melden: { ONVEILIG: 0.6, ZORGEN: 0.2 },
  /** A MELDEN weighing followed by the report. */
  report: 0.9,
  /** Cases Veilig Thuis hands over (independent of signals); every second waits for its allocation. */
  handover: 0.03,
  handoverCycle: 2,
  /** Cases with a signal registered in the Verwijsindex; matches per registration; matches contacted. */
  verwijsindex: 0.4,
  matches: [0, 3] as const,
  contacted: 0.8,
  /** Cases with an assessment that hold a case conference; information shared there. */
  conference: 0.3,
  informationShared: 0.7,
  /** Cases with an ONVEILIG assessment that cooperate with a GI; compulsory; every second compulsory one steps down. */
  gi: 0.5,
  compulsory: 0.75,
  stepDownCycle: 2,
  /** Cases with an ONVEILIG assessment and a report that file a Verzoek tot Onderzoek. */
  investigation: 0.15,
  /** Plans whose follow-up regie (REGIE_VERVOLGSTAPPEN) is allocated too. */
  followUpRegie: 0.7,
} as const;

const FOLLOW_UP_STEPS = [
  'Wekelijks huisbezoek en afspraken over toezicht op de kinderen',
  'Ouders volgen opvoedondersteuning; school meldt verzuim dezelfde dag',
  'Netwerkberaad met grootouders; vaste opvang bij escalatie thuis',
  'Begeleiding van de vader bij zijn verslaving; dagelijks contact met de moeder',
  'Afspraken over schulden en rust in huis; evaluatie na zes weken',
] as const;

/**
 * The child-safety events of the seeded youth cases (seed-000 §4.4, P8), deterministic for one
 * `random` and one list of cases: every event lies in its case's life (from its opening up to its
 * closing, or the seed's last day), follows the step it rests on, and keeps every rule of
 * `src/domain/safety/` — adult problems always assessed, plans made with the family by the party the
 * task is allocated to, reports only after a MELDEN weighing, Verzoeken tot Onderzoek only on their
 * two conditions. Some handovers stay unallocated and some assessments without a plan, so that the
 * JET's worklist is not empty. All rows are SYNTHETIC.
 */
export function generateSafetyEvents(random: Random, cases: readonly SeedCase[]): SafetySeedRows {
  const P = SAFETY_PROPORTIONS;
  const rows: SafetySeedRows = {
    safetySignals: [],
    riskAssessments: [],
    safetyPlans: [],
    meldcodeWeighings: [],
    veiligThuisEvents: [],
    verwijsindexRegistrations: [],
    verwijsindexMatches: [],
    caseConferences: [],
    giCooperations: [],
    investigationRequests: [],
    safetyTaskAllocations: [],
  };
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };
  const provenance = 'SYNTHETIC' as const;
  let needsPlan = 0;
  let handovers = 0;
  let compulsoryCooperations = 0;

  for (const seedCase of cases) {
    const opened = dayOf(seedCase.openedOn);
    const end = seedCase.closedOn ? dayOf(seedCase.closedOn) : LAST_DAY;
    if (end < opened) continue;
    /** A day from `from` (at the earliest the opening) up to `days` later, never after the case's end. */
    const after = (from: number, days: number) => Math.min(end, Math.max(opened, from) + random.int(0, days));
    const jetAssignee = (): SafetyTaskAssignee =>
      seedCase.route === 'JEUGDWET'
        ? random.chance(0.8)
          ? 'JET'
          : 'BASIS'
        : random.chance(0.6)
          ? 'BASIS'
          : 'JET';
    const allocations = new Map<SafetyTask, { assignee: SafetyTaskAssignee; agreedOn: number }>();
    const allocate = (task: SafetyTask, on: number, assignee = jetAssignee()) => {
      const existing = allocations.get(task);
      if (existing) return existing;
      const allocation = { assignee, agreedOn: on };
      allocations.set(task, allocation);
      rows.safetyTaskAllocations.push({
        provenance,
        caseId: seedCase.id,
        task,
        assignee,
        agreedOn: isoOf(on),
      });
      return allocation;
    };

    // Veilig Thuis hands some cases over, signals or not (E39); every second waits for its allocation.
    if (random.chance(P.handover)) {
      const receivedOn = after(opened, 120);
      rows.veiligThuisEvents.push({
        provenance,
        id: nextId('veilig-thuis'),
        caseId: seedCase.id,
        direction: 'OVERDRACHT',
        occurredOn: isoOf(receivedOn),
        meldcodeWeighingId: null,
      });
      if (handovers++ % P.handoverCycle !== 0) allocate('VEILIG_THUIS_OVERDRACHT', after(receivedOn, 14));
    }

    if (!random.chance(P.signal)) continue;
    const childId = random.pick(seedCase.childIds);
    const signalledOn = after(opened, 180);
    rows.safetySignals.push({
      provenance,
      id: nextId('safety-signal'),
      caseId: seedCase.id,
      childId,
      signalledOn: isoOf(signalledOn),
      organisationId: random.weighted([
        [seedCase.organisationId, 6],
        [PARTNERS.opvoedpunt, 2],
        [PARTNERS.steunstructuur, 1],
      ]),
    });

    if (random.chance(P.verwijsindex)) {
      const registeredOn = after(signalledOn, 14);
      const registrationId = nextId('verwijsindex');
      rows.verwijsindexRegistrations.push({
        provenance,
        id: registrationId,
        caseId: seedCase.id,
        childId,
        registeredOn: isoOf(registeredOn),
      });
      const partners = random.shuffle([PARTNERS.opvoedpunt, PARTNERS.steunstructuur, PARTNERS.jeugdhulp]);
      for (const organisationId of partners.slice(0, random.int(...P.matches))) {
        const matchedOn = after(registeredOn, 7);
        const contacted = random.chance(P.contacted);
        rows.verwijsindexMatches.push({
          provenance,
          id: nextId('verwijsindex-match'),
          registrationId,
          organisationId,
          matchedOn: isoOf(matchedOn),
          contactedOn: contacted ? isoOf(after(matchedOn, 10)) : null,
        });
      }
    }

    if (!random.chance(P.assessment)) continue;
    const outcome: RiskOutcome = random.weighted(P.outcomes);
    const assessedOn = after(signalledOn, 21);
    const assessmentId = nextId('risk-assessment');
    rows.riskAssessments.push({
      provenance,
      id: assessmentId,
      caseId: seedCase.id,
      childId,
      assessedOn: isoOf(assessedOn),
      assessorId: random.pick(seedCase.route === 'JEUGDWET' ? JET_WORKER_IDS : BASIS_WORKER_IDS),
      adultProblemsAssessed: true,
      adultProblemsRisk: random.chance(P.adultProblemsRisk),
      outcome,
    });

    if (random.chance(P.conference)) {
      const others = random.shuffle([ORGANISATIONS.jet, PARTNERS.opvoedpunt, PARTNERS.steunstructuur]);
      const participants = [
        ...new Set([seedCase.organisationId, ...others.slice(0, random.int(1, 3))]),
      ].sort();
      rows.caseConferences.push({
        provenance,
        id: nextId('case-conference'),
        caseId: seedCase.id,
        heldOn: isoOf(after(assessedOn, 14)),
        participantOrganisationIds: participants,
        informationShared: random.chance(P.informationShared),
      });
    }

    if (outcome === 'GEEN_ZORGEN') continue;

    // The plan: in turn no allocation yet, allocated but no plan yet, and (twice) a plan.
    const planStep = needsPlan++ % P.planCycle;
    if (planStep > 0) {
      const allocation = allocate('VEILIGHEIDS_EN_HERSTELPLAN', after(assessedOn, 7));
      if (planStep > 1) {
        const drawnUpOn = after(Math.max(assessedOn, allocation.agreedOn), 14);
        rows.safetyPlans.push({
          provenance,
          id: nextId('safety-plan'),
          caseId: seedCase.id,
          riskAssessmentId: assessmentId,
          drawnUpOn: isoOf(drawnUpOn),
          madeWithFamily: true,
          followUpSteps: random.pick(FOLLOW_UP_STEPS),
          drawnUpBy: allocation.assignee,
        });
        if (random.chance(P.followUpRegie)) allocate('REGIE_VERVOLGSTAPPEN', drawnUpOn, allocation.assignee);
      }
    }

    let reported = false;
    if (random.chance(P.weighing[outcome])) {
      const weighedOn = after(assessedOn, 10);
      const weighing: MeldcodeOutcome = random.chance(P.melden[outcome]) ? 'MELDEN' : 'NIET_MELDEN';
      const weighingId = nextId('meldcode-weighing');
      rows.meldcodeWeighings.push({
        provenance,
        id: weighingId,
        caseId: seedCase.id,
        riskAssessmentId: assessmentId,
        weighedOn: isoOf(weighedOn),
        outcome: weighing,
      });
      if (weighing === 'MELDEN' && random.chance(P.report)) {
        reported = true;
        rows.veiligThuisEvents.push({
          provenance,
          id: nextId('veilig-thuis'),
          caseId: seedCase.id,
          direction: 'MELDING',
          occurredOn: isoOf(after(weighedOn, 3)),
          meldcodeWeighingId: weighingId,
        });
      }
    }

    if (outcome !== 'ONVEILIG') continue;

    if (random.chance(P.gi)) {
      const startedOn = after(assessedOn, 60);
      const framework: GiFramework = random.chance(P.compulsory) ? 'GEDWONGEN' : 'VRIJWILLIG';
      const stepsDown =
        framework === 'GEDWONGEN' &&
        compulsoryCooperations++ % P.stepDownCycle === 0 &&
        startedOn + 30 <= end;
      rows.giCooperations.push({
        provenance,
        id: nextId('gi-cooperation'),
        caseId: seedCase.id,
        organisationId: PARTNERS.gi,
        // A cooperation that stepped down is in the voluntary frame since (BR-YS11).
        framework: stepsDown ? 'VRIJWILLIG' : framework,
        startedOn: isoOf(startedOn),
        steppedDownOn: stepsDown ? isoOf(after(startedOn + 30, 150)) : null,
        endedOn: null,
        version: stepsDown ? 2 : 1,
      });
    }

    // Very few Verzoeken tot Onderzoek, always on both conditions (BR-YS12).
    if (reported && random.chance(P.investigation)) {
      const allocation = allocate('VERZOEK_TOT_ONDERZOEK', after(assessedOn, 14), 'JET');
      const filedOn = after(allocation.agreedOn, 21);
      const notAccepting = random.chance(0.6);
      rows.investigationRequests.push({
        provenance,
        id: nextId('investigation-request'),
        caseId: seedCase.id,
        filedOn: isoOf(filedOn),
        developmentSeriouslyThreatened: true,
        parentsNotAcceptingCare: notAccepting,
        parentsNotExpectedToCope: !notAccepting || random.chance(0.5),
        filedBy: allocation.assignee,
        jeugdbeschermingstafelOn: random.chance(0.6) ? isoOf(after(filedOn, 28)) : null,
      });
    }
  }
  return rows;
}
