/**
 * The debt subgraph's code lists. The phases follow the NVVK reference process as DDAS models it
 * (aanmelding, intake, stabilisatie, oplossing, nazorg, uitstroom); the signal partners, contact kinds,
 * parts of the day, signal outcomes, solution kinds, guidance kinds and outflow reasons are DDAS
 * v1.0's enumerations; severity and the referral targets are the Uitvoeringsplan's (E45, E48); the
 * crisis triggers are those of the Wgs (standards note §3c).
 */

/** The phases of a schuldhulptraject, in order; a case moves forward only. */
export const DEBT_PHASES = [
  'REGISTRATION',
  'INTAKE',
  'STABILISATION',
  'SOLUTION',
  'AFTERCARE',
  'OUTFLOW',
] as const;
export type DebtPhase = (typeof DEBT_PHASES)[number];

/** Severity as the Uitvoeringsplan names it (E45). */
export const DEBT_SEVERITIES = ['BEGINNEND', 'PROBLEMATISCH', 'EENVOUDIG_NIET_PROBLEMATISCH'] as const;
export type DebtSeverity = (typeof DEBT_SEVERITIES)[number];

/** "Relatief eenvoudige, niet-problematische schuldensituaties" the basis handles itself, or not. */
export const DEBT_COMPLEXITIES = ['SIMPLE', 'PROBLEMATIC'] as const;
export type DebtComplexity = (typeof DEBT_COMPLEXITIES)[number];

/** DDAS EnumOplossingssoort, plus the basis's own guidance where no settlement is made. */
export const DEBT_SOLUTION_KINDS = [
  'NUL_PROCENT_AANBOD',
  'BETALINGSREGELING',
  'HERFINANCIERING',
  'SANERINGSKREDIET',
  'SCHULDBEMIDDELING',
  'ANDERE_OPLOSSING',
] as const;
export type DebtSolutionKind = (typeof DEBT_SOLUTION_KINDS)[number];

/** DDAS EnumUitstroomreden. */
export const DEBT_OUTFLOW_REASONS = [
  'AFGEROND',
  'INGETROKKEN',
  'NIET_PASSEND',
  'NIET_VERSCHENEN',
  'OVERIG',
  'OVERLEDEN',
  'VERHUISD',
  'VOLDOET_NIET',
  'ZELF',
] as const;
export type DebtOutflowReason = (typeof DEBT_OUTFLOW_REASONS)[number];

/** Whether aftercare reached a lasting stable financial situation. */
export const AFTERCARE_OUTCOMES = ['STABIEL', 'NIET_STABIEL'] as const;
export type AftercareOutcome = (typeof AFTERCARE_OUTCOMES)[number];

/** Vroegsignalering (early, from a signal partner) or a late signal. */
export const DEBT_SIGNAL_KINDS = ['VROEG', 'LAAT'] as const;
export type DebtSignalKind = (typeof DEBT_SIGNAL_KINDS)[number];

/** DDAS EnumSignaalpartner. */
export const SIGNAL_PARTNERS = [
  'ENERGIE',
  'HUUR',
  'HYPOTHEEK',
  'CAK_ZORGVERZEKERINGEN',
  'ZORG',
  'WATER',
  'DUO',
  'BELASTINGDIENST',
  'CAK_EIGEN_BIJDRAGE',
  'DIENST_TOESLAGEN',
  'OVERIGE',
] as const;
export type SignalPartner = (typeof SIGNAL_PARTNERS)[number];

/** DDAS EnumSignaalstatus. */
export const SIGNAL_STATUSES = [
  'NOG_NIET_OPGEPAKT',
  'ONTERECHT_SIGNAAL',
  'OVERLEDEN',
  'WOONT_NIET_IN_GEMEENTE',
  'HERHAALDE_MELDING',
  'NIET_OPGEPAKT',
  'OPGEPAKT',
  'WOONT_OP_ANDER_ADRES',
] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** DDAS EnumEindresultaat of a vroegsignaalzaak (the duplicate "al een ander lopend traject" once). */
export const SIGNAL_OUTCOMES = [
  'NIET_OPGEPAKT_GEEN_CONTACT_GEWENST',
  'NIET_OPGEPAKT_GEEN_CAPACITEIT',
  'NIET_OPGEPAKT',
  'AL_BEKEND_BIJ_SCHULDHULPVERLENING',
  'GEEN_CONTACT',
  'WIL_GEEN_HULP',
  'PROBEERT_HET_ZELF',
  'BETAALD_VOOR_OPPAKKEN',
  'BETAALD_NA_OPPAKKEN',
  'BUDGETADVIES_OF_QUICK_FIX',
  'ANDER_LOPEND_TRAJECT',
  'VERWIJZING_FINANCIEEL',
  'VOORZIEN_VAN_INFORMATIE',
  'NIET_OPGEPAKT_BRP_UITSLUITING',
  'VERWIJZING_NIET_FINANCIEEL',
] as const;
export type SignalOutcome = (typeof SIGNAL_OUTCOMES)[number];

/** DDAS EnumContactsoort. */
export const CONTACT_KINDS = [
  'MAIL',
  'BRIEF',
  'SMS_WHATSAPP',
  'TELEFOON',
  'HUISBEZOEK',
  'KAARTJE',
  'OVERIGE',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** DDAS EnumDagdeel. */
export const DAY_PARTS = ['OCHTEND', 'MIDDAG', 'AVOND'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** The crises of the Wgs: threatened eviction, utilities cut off, health insurance ended. */
export const CRISIS_KINDS = [
  'DREIGENDE_WONINGONTRUIMING',
  'AFSLUITING_GAS',
  'AFSLUITING_ELEKTRICITEIT',
  'AFSLUITING_WATER',
  'AFSLUITING_STADSVERWARMING',
  'OPZEGGING_ZORGVERZEKERING',
] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** Referral to third parties (E48), "only when needed and for as long as needed". */
export const DEBT_REFERRAL_KINDS = [
  'CURATIEVE_SCHULDHULPVERLENING',
  'BUDGETBEHEER',
  'INKOMENSBEHEER',
  'BESCHERMINGSBEWIND',
] as const;
export type DebtReferralKind = (typeof DEBT_REFERRAL_KINDS)[number];

/** What a volunteer does on a case (the Uitvoeringsplan's Jelle example). */
export const VOLUNTEER_TASKS = ['ADMINISTRATIE', 'SCHULDREGELING_VOORBEREIDEN'] as const;
export type VolunteerTask = (typeof VOLUNTEER_TASKS)[number];

/** The municipality's advice in a procedure for beschermingsbewind (E50). */
export const GUARDIANSHIP_ADVICES = ['POSITIEF', 'NEGATIEF'] as const;
export type GuardianshipAdvice = (typeof GUARDIANSHIP_ADVICES)[number];
