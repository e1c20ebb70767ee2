import type {
  Count,
  DebtCell,
  DomainAnswers,
  FinanceAnswer,
  ReferenceAnswer,
  WmoCell,
  YouthCell,
} from '../../src/report/answers.ts';

/**
 * Recorded answers of the council operations, in the shape of the contract
 * (apps/gateway/operations/council): 2021 by quarter for the municipality and two areas, counts as a
 * statistics-only key gets them (rounded to fives, 0–7 secret). The 2021 lumpsums per lot are those of
 * budget's seed (the council letter's decided amounts).
 */

/** A published count, rounded to fives as without personal-data. */
export const count = (value: number): Count => ({ value, secret: false, rounded: true, suppressed: false });
export const exact = (value: number): Count => ({ value, secret: false, rounded: false, suppressed: false });
export const SECRET: Count = { value: null, secret: true, rounded: false, suppressed: false };
export const SUPPRESSED: Count = { value: null, secret: false, rounded: false, suppressed: true };

export const QUARTERS = [
  { from: '2021-01-01', to: '2021-03-31' },
  { from: '2021-04-01', to: '2021-06-30' },
  { from: '2021-07-01', to: '2021-09-30' },
  { from: '2021-10-01', to: '2021-12-31' },
];
export const YEAR_2021 = { from: '2021-01-01', to: '2021-12-31' };

export const REFERENCE: ReferenceAnswer = {
  viewer: { organisation: { name: 'Gemeente Leeuwarden' }, scopes: ['statistics'] },
  municipality: { name: 'Leeuwarden', population: 125_000, provenance: 'SYNTHETIC' },
  areas: [
    { id: 'area-noord', name: 'Noord', population: 12_500, populationProvenance: 'SYNTHETIC' },
    { id: 'area-stiens', name: 'Stiens', population: null, populationProvenance: null },
  ],
};

/** The reference as a key with personal-data sees it. */
export const PERSONAL_REFERENCE: ReferenceAnswer = {
  ...REFERENCE,
  viewer: { organisation: { name: 'Gemeente Leeuwarden' }, scopes: ['statistics', 'personal-data'] },
};

export function wmoCell(span: { from: string; to: string }, scale = 1): WmoCell {
  return {
    ...span,
    clientsByPillar: [
      { pillar: 'SOCIALE_BASIS', clients: count(400 * scale) },
      { pillar: 'BASIS', clients: count(1235 * scale) },
      { pillar: 'AANVULLEND', clients: SECRET },
    ],
    clientsByProvision: [
      { provisionType: 'ALGEMEEN', clients: count(1500 * scale) },
      { provisionType: 'MAATWERK', clients: count(600 * scale) },
    ],
    deliveryForms: [
      { form: 'ZIN', clients: count(450 * scale) },
      { form: 'PGB', clients: count(150 * scale) },
    ],
    requestsByOutcome: [
      { outcome: 'BASIS', requests: count(300) },
      { outcome: null, requests: SECRET },
    ],
    referrals: count(120),
    referralsNotStarted: count(10),
    decisions: [
      { outcome: 'GRANTED', decisions: count(85) },
      { outcome: 'REFUSED', decisions: SECRET },
    ],
    waitingTime: { averageDays: 12.345, measured: count(95) },
    engagementsEndedByReason: [{ reason: 'GOAL_REACHED', engagements: count(40) }],
    complaintsByStatus: [
      { status: 'OPEN', complaints: SECRET },
      { status: 'RESOLVED', complaints: count(10) },
    ],
    complaints: [{ level: 'MEDEWERKER', complaints: count(10) }],
    objectionsByOutcome: [{ outcome: null, objections: SECRET }],
    transition: [{ status: 'HANDED_OVER', clients: count(1800) }],
    housingLinks: [
      { status: 'OPEN', links: count(25) },
      { status: 'SOLVED', links: count(100) },
    ],
  };
}

/** An area's cell: small numbers, so the secrets show. */
export function smallWmoCell(span: { from: string; to: string }): WmoCell {
  return {
    ...wmoCell(span),
    clientsByPillar: [
      { pillar: 'SOCIALE_BASIS', clients: count(40) },
      { pillar: 'BASIS', clients: count(125) },
      { pillar: 'AANVULLEND', clients: SECRET },
    ],
    deliveryForms: [
      { form: 'ZIN', clients: count(45) },
      { form: 'PGB', clients: SECRET },
    ],
    waitingTime: { averageDays: null, measured: SECRET },
  };
}

export function youthCell(span: { from: string; to: string }): YouthCell {
  return {
    ...span,
    casesByRoute: [
      { route: 'SOCIALE_BASIS', cases: count(35) },
      { route: 'BASIS', cases: count(60) },
      { route: 'JEUGDWET', cases: SECRET },
    ],
    lightSupportByGoal: [{ goal: 'GEZINSCOMMUNICATIE', cases: count(15) }],
    consultations: count(20),
    decisionsByRoute: [{ route: 'JEUGDWET', decisions: SECRET }],
    referrals: count(10),
    casesClosedByReason: [{ reason: 'VOLGENS_PLAN', cases: count(25) }],
  };
}

export function debtCell(span: { from: string; to: string }): DebtCell {
  return {
    ...span,
    casesByPhase: [
      { phase: 'REGISTRATION', cases: count(30) },
      { phase: 'OUTFLOW', cases: SUPPRESSED },
    ],
    withinFourWeeks: count(45),
    fourWeekNormCases: count(50),
    stillInsideFourWeeks: SECRET,
    crisesWithinThreeWorkingDays: SECRET,
    crisesDecided: count(10),
    crisesPending: SECRET,
    signalsByKind: [{ kind: 'VROEG', signals: count(200), reached: count(120) }],
    referralsByKind: [
      { kind: 'BUDGETBEHEER', averageDays: 181, referrals: count(15) },
      { kind: 'BESCHERMINGSBEWIND', averageDays: null, referrals: SECRET },
    ],
    outflowByReason: [{ reason: 'AFGEROND', cases: count(20) }],
  };
}

/** 2021's lumpsums per lot (budget's seed), and a realisation. */
export const LUMPSUMS_2021: Record<string, string> = {
  BASISONDERSTEUNING: '18773284.00',
  THUISONDERSTEUNING_EN_DAGBESTEDING: '7071654.00',
  HULP_BIJ_HUISHOUDEN: '10230525.00',
  KORTDUREND_VERBLIJF: '0.00',
};

export const FINANCE: FinanceAnswer = {
  years: [
    {
      ...YEAR_2021,
      lots: Object.entries(LUMPSUMS_2021).map(([lot, lumpsum]) => ({
        lot,
        lumpsum,
        realised: lumpsum === '0.00' ? '0.00' : '1000000.50',
        difference: lumpsum === '0.00' ? '0.00' : (Number(lumpsum) - 1000000.5).toFixed(2),
        provenance: 'SOURCE',
      })),
    },
  ],
  periods: QUARTERS.map((quarter, i) => ({
    ...quarter,
    lots: [
      { lot: 'BASISONDERSTEUNING', realised: '250000.25', realisedToDate: (250000.25 * (i + 1)).toFixed(2) },
    ],
  })),
  savingsPlan: {
    year: 2021,
    target: '3600000.00',
    plannedTotal: '4440000.00',
    realisedTotal: '600000.00',
    realisedVersusTarget: '-3000000.00',
    reserve: '840000.00',
    measuresWithoutRealisation: 1,
    measures: [
      { position: 2, title: 'Afschaling 2019', planned: '650000.00', realised: null, provenance: 'SOURCE' },
      {
        position: 3,
        title: 'Saving on household help',
        planned: '200000.00',
        realised: null,
        provenance: 'SOURCE',
      },
      {
        position: 1,
        title: 'Afschaling dagbesteding 2018',
        planned: '600000.00',
        realised: '600000.00',
        provenance: 'SOURCE',
      },
    ],
  },
};

/** Every table of 2021 by quarter and area. */
export function answers2021(): DomainAnswers {
  return {
    wmo: {
      clientStatisticsSeries: QUARTERS.map((q) => wmoCell(q)),
      areas: [
        { id: 'area-noord', clientStatisticsSeries: QUARTERS.map(smallWmoCell) },
        { id: 'area-stiens', clientStatisticsSeries: QUARTERS.map(smallWmoCell) },
      ],
    },
    finance: FINANCE,
    rooms: {
      areas: [
        {
          id: 'area-noord',
          visitStatisticsSeries: QUARTERS.map((q) => ({
            ...q,
            provenance: 'SYNTHETIC',
            visitors: count(850),
            supportRequests: SECRET,
          })),
          coverageSeries: QUARTERS.map((q) => ({
            ...q,
            rooms: [
              { openHours: 100, hoursWithoutReception: 10, hoursWithoutBasis: 25 },
              { openHours: 60, hoursWithoutReception: 6, hoursWithoutBasis: 0 },
            ],
          })),
        },
      ],
    },
    youth: {
      youthStatisticsSeries: QUARTERS.map(youthCell),
      areas: [{ id: 'area-noord', youthStatisticsSeries: QUARTERS.map(youthCell) }],
    },
    debt: {
      debtStatisticsSeries: QUARTERS.map(debtCell),
      areas: [{ id: 'area-noord', debtStatisticsSeries: QUARTERS.map(debtCell) }],
    },
  };
}

/** A year before the graph's data: nothing but zeros and secrets. */
export function emptyAnswers(): DomainAnswers {
  const shift = (q: { from: string; to: string }) => ({
    from: q.from.replace('2021', '2020'),
    to: q.to.replace('2021', '2020'),
  });
  const quiet = (cell: WmoCell): WmoCell => ({
    ...cell,
    clientsByPillar: cell.clientsByPillar.map((p) => ({ ...p, clients: SECRET })),
    clientsByProvision: cell.clientsByProvision.map((p) => ({ ...p, clients: SECRET })),
    deliveryForms: cell.deliveryForms.map((p) => ({ ...p, clients: SECRET })),
    requestsByOutcome: [],
    referrals: SECRET,
    referralsNotStarted: SECRET,
    decisions: [],
    waitingTime: { averageDays: null, measured: SECRET },
    engagementsEndedByReason: [],
    complaintsByStatus: [],
    complaints: [],
    objectionsByOutcome: [],
    transition: [],
    housingLinks: [],
  });
  return {
    wmo: { clientStatisticsSeries: QUARTERS.map((q) => quiet(wmoCell(shift(q)))), areas: [] },
    finance: { years: [], periods: [], savingsPlan: null },
    rooms: { areas: [] },
    youth: { youthStatisticsSeries: [], areas: [] },
    debt: { debtStatisticsSeries: [], areas: [] },
  };
}
