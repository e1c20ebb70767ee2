/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Klachtniveau: the rung of the escalation ladder. */
export type ComplaintLevel =
  /** With the external complaints committee (the top of the ladder). */
  | 'EXTERNE_KLACHTENCOMMISSIE'
  /** With the provider's complaints mediator. */
  | 'KLACHTENBEMIDDELAAR_AANBIEDER'
  /** Raised with the manager. */
  | 'LEIDINGGEVENDE'
  /** Raised with the worker. */
  | 'MEDEWERKER';

/** Status of a klacht. */
export type ComplaintStatus =
  /** Being handled. */
  | 'OPEN'
  /** Closed. */
  | 'RESOLVED';

/** Uitstroomreden (DDAS EnumUitstroomreden): why a schuldhulptraject ended. */
export type DebtOutflowReason =
  /** Afgerond: completed (only after a solution or in aftercare). */
  | 'AFGEROND'
  /** Ingetrokken: the request was withdrawn. */
  | 'INGETROKKEN'
  /** Niet passend: schuldhulpverlening was not the fitting help. */
  | 'NIET_PASSEND'
  /** Niet verschenen: the client did not come. */
  | 'NIET_VERSCHENEN'
  /** Overig: another reason. */
  | 'OVERIG'
  /** Overleden: the client died. */
  | 'OVERLEDEN'
  /** Verhuisd: the client moved out of the municipality. */
  | 'VERHUISD'
  /** Voldoet niet: the client did not keep to the agreements. */
  | 'VOLDOET_NIET'
  /** Zelf: the client goes on alone. */
  | 'ZELF';

/** Fase of a schuldhulptraject after the NVVK reference process as DDAS models it, in order; derived from the case’s phase dates, never stored. */
export type DebtPhase =
  /** Nazorg: aftercare towards a lasting stable financial situation. */
  | 'AFTERCARE'
  /** Intake: from the first conversation (DDAS intake.startdatum). */
  | 'INTAKE'
  /** Uitstroom: the case ended, with a DDAS reason. */
  | 'OUTFLOW'
  /** Aanmelding: the case is registered, no first conversation yet. */
  | 'REGISTRATION'
  /** Oplossing: a schuldregeling or another solution. */
  | 'SOLUTION'
  /** Stabilisatie: income and fixed costs made stable. */
  | 'STABILISATION';

/** Aanvullende ondersteuning by third parties (E48): "inkomensbeheer, beschermingsbewind, curatieve schuldhulpverlening dat door derden wordt geboden", and budgetbeheer. */
export type DebtReferralKind =
  /** Beschermingsbewind: protective administration (by the kantonrechter). */
  | 'BESCHERMINGSBEWIND'
  /** Budgetbeheer: budget management. */
  | 'BUDGETBEHEER'
  /** Curatieve schuldhulpverlening: a debt settlement by a third party. */
  | 'CURATIEVE_SCHULDHULPVERLENING'
  /** Inkomensbeheer: income management. */
  | 'INKOMENSBEHEER';

/** Signalering (Uitvoeringsplan §4.3): "Vroeg- en laatsignaleringsaanpak, waarbij bewoners met beginnende respectievelijk problematische schulden outreachend worden benaderd." */
export type DebtSignalKind =
  /** Laatsignalering: a late signal, about problematische schulden. */
  | 'LAAT'
  /** Vroegsignalering: a signal of payment arrears from a signal partner (DDAS vroegsignaal), about beginnende schulden. */
  | 'VROEG';

/** Besluit: granted or refused. */
export type DecisionOutcome =
  /** Toegekend. */
  | 'GRANTED'
  /** Afgewezen. */
  | 'REFUSED';

/** Verstrekkingsvorm: how a maatwerkvoorziening is provided. */
export type DeliveryForm =
  /** Persoonsgebonden budget: only for maatwerk and a PGB-competent client. */
  | 'PGB'
  /** Zorg in natura (care in kind). */
  | 'ZIN';

/** Reden beëindiging, as in the stopbericht. */
export type EndReason =
  /** The resident stopped. */
  | 'CLIENT_STOPPED'
  /** The resident died. */
  | 'DECEASED'
  /** The goals are reached. */
  | 'GOAL_REACHED'
  /** The resident moved out of the municipality. */
  | 'MOVED'
  /** Another reason. */
  | 'OTHER'
  /** Continued in another pillar or by another provider. */
  | 'TRANSFERRED';

/** Status of a housing link with a care provider. */
export type HousingLinkStatus =
  /** Housing still tied to the care provider. */
  | 'OPEN'
  /** Housing and care untied. */
  | 'SOLVED';

/** The six goals of lichte opvoedondersteuning (Uitvoeringsplan §4.4), in the source’s order. */
export type LightSupportGoal =
  /** Het herstellen van de balans in draagkracht en draaglast van de ouder(s). */
  | 'BALANS_DRAAGKRACHT_DRAAGLAST'
  /** Het verbeteren van de gezinscommunicatie. */
  | 'GEZINSCOMMUNICATIE'
  /** Informatie en advies gericht op het vergroten van opvoedvaardigheden. */
  | 'INFORMATIE_EN_ADVIES'
  /** Het verbeteren van het psychosociaal functioneren van de jeugdige. */
  | 'PSYCHOSOCIAAL_FUNCTIONEREN'
  /** Het vergroten van specifieke opvoedingsvaardigheden van ouders van een kind met ontwikkelings- en/of gedragsproblemen. */
  | 'SPECIFIEKE_OPVOEDVAARDIGHEDEN'
  /** Het versterken van het opvoedkundig handelen van de ouder(s) (eigen kracht). */
  | 'VERSTERKEN_OPVOEDKUNDIG_HANDELEN';

/** Perceel of the 2021 tender. */
export type Lot =
  /** Basisondersteuning: one party (Amaryllis). */
  | 'BASISONDERSTEUNING'
  /** Hulp bij het huishouden: at most 2 main providers, equal shares. */
  | 'HULP_BIJ_HUISHOUDEN'
  /** Kortdurend verblijf (short stay). */
  | 'KORTDUREND_VERBLIJF'
  /** Aanvullende thuisondersteuning en dagbesteding: at most 5 main providers, equal shares. */
  | 'THUISONDERSTEUNING_EN_DAGBESTEDING';

/** Beslissing op bezwaar. */
export type ObjectionOutcome =
  /** Well-founded: the decision is revised. */
  | 'GEGROND'
  /** Withdrawn by the resident. */
  | 'INGETROKKEN'
  /** Inadmissible. */
  | 'NIET_ONTVANKELIJK'
  /** Unfounded: the decision stands. */
  | 'ONGEGROND';

/** Ondersteuningspijler: the pillar that delivers support. */
export type Pillar =
  /** Aanvullende ondersteuning: specialist maatwerkvoorziening (lumpsum), via referral or beschikking. */
  | 'AANVULLEND'
  /** Basisondersteuning: the one basis provider, general facility without a beschikking (lumpsum). */
  | 'BASIS'
  /** Sociale basis: volunteers and the network (nulde lijn), paid by subsidy. */
  | 'SOCIALE_BASIS';

/** Herkomst: where a record comes from — a cited source document, the seed (invented example data) or the API. Every type that holds seeded rows says it in its `provenance` field. */
export type Provenance =
  /** Vastgelegd: written through the API by a mutation, including a source record changed since; a synthetic record changed through the API stays SYNTHETIC. */
  | 'RECORDED'
  /** Bron: taken from a cited source document (e.g. the council letter of November 2020 on the Wmo implementation): a fact of Leeuwarden as the sources give it. */
  | 'SOURCE'
  /** Synthetisch: generated by the seed from a fixed random seed, for demonstration and tests; invented, not a fact of Leeuwarden. */
  | 'SYNTHETIC';

/** Voorzieningtype. */
export type ProvisionType =
  /** Algemene voorziening: open to all, no beschikking. */
  | 'ALGEMEEN'
  /** Maatwerkvoorziening: individual, via a referral or a beschikking. */
  | 'MAATWERK';

/** Uitkomst of the assessment of a request. */
export type RequestOutcome =
  /** Referred to aanvullende ondersteuning. */
  | 'AANVULLEND_REFERRAL'
  /** Basisondersteuning takes over. */
  | 'BASIS'
  /** Sent to a household-help provider. */
  | 'HH_PROVIDER'
  /** Consultation of the Jeugd Expert Team. */
  | 'JET'
  /** Not picked up: no follow-up needed. */
  | 'NOT_PICKED_UP'
  /** The sociale basis is enough. */
  | 'SOCIALE_BASIS';

/** How a statistics table cuts its period into rows: calendar months, quarters or years, the first and last cut to the period asked. */
export type StatisticsGrain =
  /** Maand: one row per calendar month. */
  | 'MONTH'
  /** Kwartaal: one row per calendar quarter (January–March, April–June, …). */
  | 'QUARTER'
  /** Jaar: one row per calendar year. */
  | 'YEAR';

/** Where a resident stands in the 2020 transition: the perspective conversation (overgangsgesprek), then the follow-up after it — the match with the new provider and the warm handover (council letter 2020). */
export type TransitionStatus =
  /** Interview held, the follow-up after it still to do: no warm handover started (the council letter’s "follow-up after the perspective conversation"). */
  | 'FOLLOW_UP_PENDING'
  /** Interview held and handed over. */
  | 'HANDED_OVER'
  /** Interview held, warm handover started but not completed. */
  | 'HANDOVER_IN_PROGRESS'
  /** Interview held, warm handover not completed. As a filter it means FOLLOW_UP_PENDING or HANDOVER_IN_PROGRESS; never returned. */
  | 'HELD_NOT_HANDED_OVER'
  /** No interview planned or held. */
  | 'NOT_PLANNED'
  /** No interview planned or held. As a filter it means NOT_PLANNED; never returned. */
  | 'NO_FOLLOW_UP'
  /** Interview planned, not yet held. */
  | 'PLANNED';

/** Reden beëindiging, CBS Beleidsinformatie Jeugd (codes 01–05). */
export type YouthCloseReason =
  /** 04 Eenzijdig door de aanbieder beëindigd: ended by the provider. */
  | 'EENZIJDIG_AANBIEDER'
  /** 03 Eenzijdig door de cliënt beëindigd: ended by the client. */
  | 'EENZIJDIG_CLIENT'
  /** 05 Externe omstandigheden: ended by outside circumstances (a move). */
  | 'EXTERNE_OMSTANDIGHEDEN'
  /** 01 Volgens plan: ended as planned. */
  | 'VOLGENS_PLAN'
  /** 02 Voortijdig, in overeenstemming: ended early, by agreement. */
  | 'VOORTIJDIG_IN_OVERLEG';

/** How a youth case is supported (Uitvoeringsplan §4.4): the route the JET decided, or the opening one. */
export type YouthRoute =
  /** Basisondersteuning: the basis provider’s general provision, no beschikking. */
  | 'BASIS'
  /** Ondersteuning vanuit de Jeugdwet, decided by the JET, under the JET’s procesregie. */
  | 'JEUGDWET'
  /** Sociale basis: volunteers and network, no professional support. */
  | 'SOCIALE_BASIS';

export type CouncilDebtQueryVariables = Exact<{
  from: string;
  to: string;
  grain?: StatisticsGrain | null | undefined;
  byArea: boolean;
}>;


export type CouncilDebtQuery = { debtStatisticsSeries: Array<{ from: string, to: string, casesByPhase: Array<{ phase: DebtPhase, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, withinFourWeeks: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, fourWeekNormCases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, stillInsideFourWeeks: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, crisesWithinThreeWorkingDays: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, crisesDecided: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, crisesPending: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, signalsByKind: Array<{ kind: DebtSignalKind, signals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, reached: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, referralsByKind: Array<{ kind: DebtReferralKind, averageDays: number | null, referrals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, outflowByReason: Array<{ reason: DebtOutflowReason, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> }> | null, areas?: Array<{ id: string, debtStatisticsSeries: Array<{ from: string, to: string, casesByPhase: Array<{ phase: DebtPhase, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, withinFourWeeks: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, fourWeekNormCases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, stillInsideFourWeeks: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, crisesWithinThreeWorkingDays: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, crisesDecided: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, crisesPending: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, signalsByKind: Array<{ kind: DebtSignalKind, signals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, reached: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, referralsByKind: Array<{ kind: DebtReferralKind, averageDays: number | null, referrals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, outflowByReason: Array<{ reason: DebtOutflowReason, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> }> | null }> | null };

export type CouncilFinanceQueryVariables = Exact<{
  from: string;
  to: string;
  grain?: StatisticsGrain | null | undefined;
  year: number;
}>;


export type CouncilFinanceQuery = { years: Array<{ from: string, to: string, lots: Array<{ lot: Lot, lumpsum: unknown, realised: unknown, difference: unknown, provenance: Provenance }> }> | null, periods: Array<{ from: string, to: string, lots: Array<{ lot: Lot, realised: unknown, realisedToDate: unknown }> }> | null, savingsPlan: { year: number, target: unknown, plannedTotal: unknown, realisedTotal: unknown, realisedVersusTarget: unknown, reserve: unknown, measuresWithoutRealisation: number, measures: Array<{ position: number, title: string, planned: unknown, realised: unknown, provenance: Provenance }> } | null };

export type CouncilReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilReferenceQuery = { viewer: { scopes: Array<string>, organisation: { name: string } | null } | null, municipality: { name: string, population: number, provenance: Provenance } | null, areas: Array<{ id: string, name: string, population: number | null, populationProvenance: Provenance | null }> | null };

export type CouncilRoomsQueryVariables = Exact<{
  from: string;
  to: string;
  grain?: StatisticsGrain | null | undefined;
}>;


export type CouncilRoomsQuery = { areas: Array<{ id: string, visitStatisticsSeries: Array<{ from: string, to: string, provenance: Provenance, visitors: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, supportRequests: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> | null, coverageSeries: Array<{ from: string, to: string, rooms: Array<{ openHours: number, hoursWithoutReception: number, hoursWithoutBasis: number }> }> | null }> | null };

export type CouncilWmoQueryVariables = Exact<{
  from: string;
  to: string;
  grain?: StatisticsGrain | null | undefined;
  byArea: boolean;
}>;


export type CouncilWmoQuery = { clientStatisticsSeries: Array<{ from: string, to: string, clientsByPillar: Array<{ pillar: Pillar, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, clientsByProvision: Array<{ provisionType: ProvisionType, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, deliveryForms: Array<{ form: DeliveryForm, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, requestsByOutcome: Array<{ outcome: RequestOutcome | null, requests: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, referrals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, referralsNotStarted: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, decisions: Array<{ outcome: DecisionOutcome, decisions: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> | null, waitingTime: { averageDays: number | null, measured: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }, engagementsEndedByReason: Array<{ reason: EndReason, engagements: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, complaintsByStatus: Array<{ status: ComplaintStatus, complaints: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, complaints: Array<{ level: ComplaintLevel, complaints: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, objectionsByOutcome: Array<{ outcome: ObjectionOutcome | null, objections: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> | null, transition: Array<{ status: TransitionStatus, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, housingLinks: Array<{ status: HousingLinkStatus, links: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> }> | null, areas?: Array<{ id: string, clientStatisticsSeries: Array<{ from: string, to: string, clientsByPillar: Array<{ pillar: Pillar, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, clientsByProvision: Array<{ provisionType: ProvisionType, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, deliveryForms: Array<{ form: DeliveryForm, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, requestsByOutcome: Array<{ outcome: RequestOutcome | null, requests: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, referrals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, referralsNotStarted: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, decisions: Array<{ outcome: DecisionOutcome, decisions: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> | null, waitingTime: { averageDays: number | null, measured: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }, engagementsEndedByReason: Array<{ reason: EndReason, engagements: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, complaintsByStatus: Array<{ status: ComplaintStatus, complaints: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, complaints: Array<{ level: ComplaintLevel, complaints: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, objectionsByOutcome: Array<{ outcome: ObjectionOutcome | null, objections: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> | null, transition: Array<{ status: TransitionStatus, clients: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, housingLinks: Array<{ status: HousingLinkStatus, links: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> }> | null }> | null };

export type CouncilYouthQueryVariables = Exact<{
  from: string;
  to: string;
  grain?: StatisticsGrain | null | undefined;
  byArea: boolean;
}>;


export type CouncilYouthQuery = { youthStatisticsSeries: Array<{ from: string, to: string, casesByRoute: Array<{ route: YouthRoute, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, lightSupportByGoal: Array<{ goal: LightSupportGoal, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, consultations: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, decisionsByRoute: Array<{ route: YouthRoute, decisions: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, referrals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, casesClosedByReason: Array<{ reason: YouthCloseReason, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> }> | null, areas?: Array<{ id: string, youthStatisticsSeries: Array<{ from: string, to: string, casesByRoute: Array<{ route: YouthRoute, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, lightSupportByGoal: Array<{ goal: LightSupportGoal, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, consultations: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, decisionsByRoute: Array<{ route: YouthRoute, decisions: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }>, referrals: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean }, casesClosedByReason: Array<{ reason: YouthCloseReason, cases: { value: number | null, secret: boolean, rounded: boolean, suppressed: boolean } }> }> | null }> | null };


export const CouncilDebtDocument = {"__meta__":{"hash":"sha256:8bca67190b560ad1e012d799fab8baecf6deecdb2cde88fa19cc68f9104433ef"}} as unknown as DocumentNode<CouncilDebtQuery, CouncilDebtQueryVariables>;
export const CouncilFinanceDocument = {"__meta__":{"hash":"sha256:f169681a4c244a98631609e533bcb52bf4b3ecccb7ea3df431fc66382e587583"}} as unknown as DocumentNode<CouncilFinanceQuery, CouncilFinanceQueryVariables>;
export const CouncilReferenceDocument = {"__meta__":{"hash":"sha256:e45cac96268eb86a447ba28a979c718df58a754ff34e816f4dfc106784df142f"}} as unknown as DocumentNode<CouncilReferenceQuery, CouncilReferenceQueryVariables>;
export const CouncilRoomsDocument = {"__meta__":{"hash":"sha256:ce9ef0c1d8c31e43cff93cd8c22ecc1b4cba70798a44eaf05006df01972ad74f"}} as unknown as DocumentNode<CouncilRoomsQuery, CouncilRoomsQueryVariables>;
export const CouncilWmoDocument = {"__meta__":{"hash":"sha256:ef379e6950e81010bd88c59e981ab83f030b5878daa75d98fdda838ebcc4dfc2"}} as unknown as DocumentNode<CouncilWmoQuery, CouncilWmoQueryVariables>;
export const CouncilYouthDocument = {"__meta__":{"hash":"sha256:f92bae7948c866f9736a54b5a2ae4a146d2796d9d049683dd2ac224008e3d205"}} as unknown as DocumentNode<CouncilYouthQuery, CouncilYouthQueryVariables>;