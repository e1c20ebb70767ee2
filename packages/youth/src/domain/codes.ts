/**
 * The youth subgraph's code lists. Where a source names the values they are its own (seed-000 §4.4,
 * CBS Beleidsinformatie Jeugd); where the sources are silent the choice is ours and docs/rules.md says so.
 */

/** How a youth case is supported: the sociale basis, the basis (general provision) or the Jeugdwet. */
export const YOUTH_ROUTES = ['SOCIALE_BASIS', 'BASIS', 'JEUGDWET'] as const;
export type YouthRoute = (typeof YOUTH_ROUTES)[number];

/** Reden beëindiging, CBS Beleidsinformatie Jeugd (codes 01–05). */
export const YOUTH_CLOSE_REASONS = [
  'VOLGENS_PLAN',
  'VOORTIJDIG_IN_OVERLEG',
  'EENZIJDIG_CLIENT',
  'EENZIJDIG_AANBIEDER',
  'EXTERNE_OMSTANDIGHEDEN',
] as const;
export type YouthCloseReason = (typeof YOUTH_CLOSE_REASONS)[number];

/** The six goals of lichte opvoedondersteuning (seed-000 §4.4), in the source's order. */
export const LIGHT_SUPPORT_GOALS = [
  'INFORMATIE_EN_ADVIES',
  'VERSTERKEN_OPVOEDKUNDIG_HANDELEN',
  'BALANS_DRAAGKRACHT_DRAAGLAST',
  'PSYCHOSOCIAAL_FUNCTIONEREN',
  'GEZINSCOMMUNICATIE',
  'SPECIFIEKE_OPVOEDVAARDIGHEDEN',
] as const;
export type LightSupportGoal = (typeof LIGHT_SUPPORT_GOALS)[number];

/** Who leads where Wmo and Jeugdwet support run side by side (R-004-15). */
export const REGIE_LEADS = ['WMO_REGIEVOERDER', 'PROCESREGISSEUR'] as const;
export type RegieLead = (typeof REGIE_LEADS)[number];

/** The outcome of a risicotaxatie; the source names none, so three plain levels. */
export const RISK_OUTCOMES = ['GEEN_ZORGEN', 'ZORGEN', 'ONVEILIG'] as const;
export type RiskOutcome = (typeof RISK_OUTCOMES)[number];

/** The meldcode's last step: report to Veilig Thuis, or not (help organised without a report). */
export const MELDCODE_OUTCOMES = ['MELDEN', 'NIET_MELDEN'] as const;
export type MeldcodeOutcome = (typeof MELDCODE_OUTCOMES)[number];

/** A report to Veilig Thuis (MELDING) or a case Veilig Thuis hands over (OVERDRACHT). */
export const VEILIG_THUIS_DIRECTIONS = ['MELDING', 'OVERDRACHT'] as const;
export type VeiligThuisDirection = (typeof VEILIG_THUIS_DIRECTIONS)[number];

/** The frame of a cooperation with a gecertificeerde instelling. */
export const GI_FRAMEWORKS = ['GEDWONGEN', 'VRIJWILLIG'] as const;
export type GiFramework = (typeof GI_FRAMEWORKS)[number];

/** The four specific child-safety tasks, allocated per case to BASIS or JET (seed-000 §4.4). */
export const SAFETY_TASKS = [
  'VEILIGHEIDS_EN_HERSTELPLAN',
  'VERZOEK_TOT_ONDERZOEK',
  'VEILIG_THUIS_OVERDRACHT',
  'REGIE_VERVOLGSTAPPEN',
] as const;
export type SafetyTask = (typeof SAFETY_TASKS)[number];

export const SAFETY_TASK_ASSIGNEES = ['BASIS', 'JET'] as const;
export type SafetyTaskAssignee = (typeof SAFETY_TASK_ASSIGNEES)[number];
