/**
 * What the council operations answer (apps/gateway/operations/council), typed as the report reads
 * them. Lists the graph may leave out for a key (municipal keys only) are nullable.
 */

/** A count as the graph publishes it: under the CBS rule without personal-data. */
export interface Count {
  value: number | null;
  secret: boolean;
  rounded: boolean;
  suppressed: boolean;
}

/** A money amount: a decimal string with two decimals, e.g. `"18773284.00"`. */
export type Money = string;

interface Span {
  from: string;
  to: string;
}

export interface ReferenceAnswer {
  viewer: { organisation: { name: string } | null; scopes: string[] } | null;
  municipality: { name: string; population: number; provenance: string } | null;
  areas:
    | { id: string; name: string; population: number | null; populationProvenance: string | null }[]
    | null;
}

export interface WmoCell extends Span {
  clientsByPillar: { pillar: string; clients: Count }[];
  clientsByProvision: { provisionType: string; clients: Count }[];
  deliveryForms: { form: string; clients: Count }[];
  requestsByOutcome: { outcome: string | null; requests: Count }[];
  referrals: Count;
  referralsNotStarted: Count;
  decisions: { outcome: string; decisions: Count }[] | null;
  waitingTime: { averageDays: number | null; measured: Count };
  engagementsEndedByReason: { reason: string; engagements: Count }[];
  complaintsByStatus: { status: string; complaints: Count }[];
  complaints: { level: string; complaints: Count }[];
  objectionsByOutcome: { outcome: string | null; objections: Count }[] | null;
  transition: { status: string; clients: Count }[];
  housingLinks: { status: string; links: Count }[];
}

export interface YouthCell extends Span {
  casesByRoute: { route: string; cases: Count }[];
  lightSupportByGoal: { goal: string; cases: Count }[];
  consultations: Count;
  decisionsByRoute: { route: string; decisions: Count }[];
  referrals: Count;
  casesClosedByReason: { reason: string; cases: Count }[];
}

export interface DebtCell extends Span {
  casesByPhase: { phase: string; cases: Count }[];
  withinFourWeeks: Count;
  fourWeekNormCases: Count;
  stillInsideFourWeeks: Count;
  crisesWithinThreeWorkingDays: Count;
  crisesDecided: Count;
  crisesPending: Count;
  signalsByKind: { kind: string; signals: Count; reached: Count }[];
  referralsByKind: { kind: string; averageDays: number | null; referrals: Count }[];
  outflowByReason: { reason: string; cases: Count }[];
}

export interface WmoAnswer {
  clientStatisticsSeries: WmoCell[] | null;
  areas?: { id: string; clientStatisticsSeries: WmoCell[] | null }[] | null;
}

export interface YouthAnswer {
  youthStatisticsSeries: YouthCell[] | null;
  areas?: { id: string; youthStatisticsSeries: YouthCell[] | null }[] | null;
}

export interface DebtAnswer {
  debtStatisticsSeries: DebtCell[] | null;
  areas?: { id: string; debtStatisticsSeries: DebtCell[] | null }[] | null;
}

export interface RoomsAnswer {
  areas:
    | {
        id: string;
        visitStatisticsSeries:
          | (Span & { provenance: string; visitors: Count; supportRequests: Count })[]
          | null;
        coverageSeries:
          | (Span & {
              rooms: { openHours: number; hoursWithoutReception: number; hoursWithoutBasis: number }[];
            })[]
          | null;
      }[]
    | null;
}

export interface FinanceAnswer {
  years:
    | (Span & {
        lots: { lot: string; lumpsum: Money; realised: Money; difference: Money; provenance: string }[];
      })[]
    | null;
  periods: (Span & { lots: { lot: string; realised: Money; realisedToDate: Money }[] })[] | null;
  savingsPlan: {
    year: number;
    target: Money;
    plannedTotal: Money;
    realisedTotal: Money;
    realisedVersusTarget: Money;
    reserve: Money;
    measuresWithoutRealisation: number;
    measures: {
      position: number;
      title: string;
      planned: Money;
      realised: Money | null;
      provenance: string;
    }[];
  } | null;
}

/** Every table's answer for one period. */
export interface DomainAnswers {
  wmo: WmoAnswer;
  finance: FinanceAnswer;
  rooms: RoomsAnswer;
  youth: YouthAnswer;
  debt: DebtAnswer;
}
