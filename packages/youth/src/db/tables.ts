import { PROVENANCES } from '@mienskip/kit/rules';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  GI_FRAMEWORKS,
  LIGHT_SUPPORT_GOALS,
  MELDCODE_OUTCOMES,
  REGIE_LEADS,
  RISK_OUTCOMES,
  SAFETY_TASK_ASSIGNEES,
  SAFETY_TASKS,
  VEILIG_THUIS_DIRECTIONS,
  YOUTH_CLOSE_REASONS,
  YOUTH_ROUTES,
} from '../domain/codes.ts';

/**
 * The youth subgraph owns this PostgreSQL schema and reads no other. Households, clients, workers and
 * organisations belong to clients, locations and budget: they are referenced by id only, checked with
 * their owner when a mutation names them.
 */
export const youth = pgSchema('youth');

/** Where a row comes from (see `Provenance`): the seed writes SYNTHETIC, the API leaves RECORDED. */
export const provenanceType = youth.enum('provenance', PROVENANCES);
const provenance = () => ({ provenance: provenanceType('provenance').notNull().default('RECORDED') });
const version = () => integer('version').notNull().default(1);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const day = (name: string) => date(name, { mode: 'string' });

export const youthRoute = youth.enum('youth_route', YOUTH_ROUTES);
export const youthCloseReason = youth.enum('youth_close_reason', YOUTH_CLOSE_REASONS);
export const lightSupportGoal = youth.enum('light_support_goal', LIGHT_SUPPORT_GOALS);
export const regieLead = youth.enum('regie_lead', REGIE_LEADS);
export const riskOutcome = youth.enum('risk_outcome', RISK_OUTCOMES);
export const meldcodeOutcome = youth.enum('meldcode_outcome', MELDCODE_OUTCOMES);
export const veiligThuisDirection = youth.enum('veilig_thuis_direction', VEILIG_THUIS_DIRECTIONS);
export const giFramework = youth.enum('gi_framework', GI_FRAMEWORKS);
export const safetyTask = youth.enum('safety_task', SAFETY_TASKS);
export const safetyTaskAssignee = youth.enum('safety_task_assignee', SAFETY_TASK_ASSIGNEES);

/** A youth case (jeugdcasus, E34): one household and one or more of its children. */
export const youthCases = youth.table(
  'youth_cases',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    /** A `Household` of the clients subgraph. */
    householdId: text('household_id').notNull(),
    /** The household's `Area` (locations) as clients gave it when the case was opened: for statistics per area. */
    areaId: text('area_id').notNull(),
    route: youthRoute('route').notNull(),
    openedOn: day('opened_on').notNull(),
    closedOn: day('closed_on'),
    closeReason: youthCloseReason('close_reason'),
    /** The organisation that opened the case (the basis, mostly): it keeps seeing it. */
    openedByOrganisationId: text('opened_by_organisation_id').notNull(),
    /** The procesregisseur: a JET member (`Worker` of locations); required on the Jeugdwet route. */
    processDirectorId: text('process_director_id'),
    /** The process director's organisation (the JET), as locations gave it at the appointment. */
    processDirectorOrganisationId: text('process_director_organisation_id'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('youth_cases_household_idx').on(t.householdId),
    index('youth_cases_area_idx').on(t.areaId),
    index('youth_cases_director_org_idx').on(t.processDirectorOrganisationId),
    index('youth_cases_opened_by_idx').on(t.openedByOrganisationId),
    // Every Jeugdwet case has a procesregisseur (BR-Y4), also when a write path forgets the rule.
    check(
      'youth_cases_jeugdwet_director',
      sql`${t.route} <> 'JEUGDWET' or (${t.processDirectorId} is not null and ${t.processDirectorOrganisationId} is not null)`,
    ),
    check('youth_cases_closed', sql`(${t.closedOn} is null) = (${t.closeReason} is null)`),
    check('youth_cases_dates', sql`${t.closedOn} is null or ${t.closedOn} >= ${t.openedOn}`),
  ],
);

/** The children a case is about (`Client`s of the clients subgraph). */
export const youthCaseChildren = youth.table(
  'youth_case_children',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    clientId: text('client_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.clientId] }),
    index('youth_case_children_client_idx').on(t.clientId),
  ],
);

/** Early consultation of the JET's outreach youth expert (E36). */
export const jetConsultations = youth.table(
  'jet_consultations',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    consultedOn: day('consulted_on').notNull(),
    /** The outreach youth expert: a JET member (`Worker` of locations). */
    expertId: text('expert_id').notNull(),
    /** The expert's organisation (the JET), as locations gave it. */
    expertOrganisationId: text('expert_organisation_id').notNull(),
    advice: text('advice').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('jet_consultations_case_idx').on(t.caseId)],
);

/** The JET's decision on the support to deploy (E36): Jeugdwet, or the sociale basis or basis. */
export const jetDecisions = youth.table(
  'jet_decisions',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    decidedOn: day('decided_on').notNull(),
    /** The JET member who decided (`Worker` of locations). */
    decidedById: text('decided_by_id').notNull(),
    /** The JET, the deciding member's organisation. */
    organisationId: text('organisation_id').notNull(),
    route: youthRoute('route').notNull(),
    support: text('support').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('jet_decisions_case_idx').on(t.caseId)],
);

/** A Jeugdwet case referred to a youth-care provider (an `Organisation` of budget). */
export const youthReferrals = youth.table(
  'youth_referrals',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    organisationId: text('organisation_id').notNull(),
    referredOn: day('referred_on').notNull(),
    /** The consultation the referral follows (R-004-13). */
    consultationId: text('consultation_id')
      .notNull()
      .references(() => jetConsultations.id),
    endedOn: day('ended_on'),
    createdAt: createdAt(),
  },
  (t) => [
    index('youth_referrals_case_idx').on(t.caseId),
    index('youth_referrals_org_idx').on(t.organisationId),
    check('youth_referrals_dates', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.referredOn}`),
  ],
);

/** The agreement on combined regie where Wmo and Jeugdwet support run side by side (R-004-15). */
export const combinedRegieAgreements = youth.table(
  'combined_regie_agreements',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    /** The household's Wmo regievoerder (a `Worker`), as clients named it at the agreement. */
    wmoRegievoerderId: text('wmo_regievoerder_id').notNull(),
    processDirectorId: text('process_director_id').notNull(),
    lead: regieLead('lead').notNull(),
    agreedOn: day('agreed_on').notNull(),
    endedOn: day('ended_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    // One agreement in force per case.
    uniqueIndex('combined_regie_one_open').on(t.caseId).where(sql`${t.endedOn} is null`),
  ],
);

/** Lichte opvoedondersteuning (E35): a general basis provision, no beschikking, one or more goals. */
export const lightParentingSupport = youth.table(
  'light_parenting_support',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    goals: lightSupportGoal('goals').array().notNull(),
    /** The basis worker who gives it (`Worker` of locations) and the basis provider. */
    workerId: text('worker_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    startedOn: day('started_on').notNull(),
    endedOn: day('ended_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('light_parenting_support_case_idx').on(t.caseId),
    check('light_parenting_support_goals', sql`cardinality(${t.goals}) between 1 and 6`),
    check('light_parenting_support_dates', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);

// ——— Child safety, as events (seed-000 §4.4) ———

/** A signal of (risk of) unsafety of a child. */
export const safetySignals = youth.table(
  'safety_signals',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    childId: text('child_id').notNull(),
    signalledOn: day('signalled_on').notNull(),
    /** The organisation that signalled it. */
    organisationId: text('organisation_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('safety_signals_case_idx').on(t.caseId)],
);

/** A risicotaxatie (E37); adult problems are always assessed (BR-YS2). */
export const riskAssessments = youth.table(
  'risk_assessments',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    childId: text('child_id').notNull(),
    assessedOn: day('assessed_on').notNull(),
    assessorId: text('assessor_id').notNull(),
    adultProblemsAssessed: boolean('adult_problems_assessed').notNull(),
    adultProblemsRisk: boolean('adult_problems_risk').notNull(),
    outcome: riskOutcome('outcome').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('risk_assessments_case_idx').on(t.caseId),
    check('risk_assessments_adult_problems', sql`${t.adultProblemsAssessed}`),
  ],
);

/** A veiligheids- en herstelplan (E38), made with the family, on a risk assessment. */
export const safetyPlans = youth.table(
  'safety_plans',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    riskAssessmentId: text('risk_assessment_id')
      .notNull()
      .references(() => riskAssessments.id),
    drawnUpOn: day('drawn_up_on').notNull(),
    madeWithFamily: boolean('made_with_family').notNull(),
    followUpSteps: text('follow_up_steps').notNull(),
    /** Who drew it up: the party the task was allocated to. */
    drawnUpBy: safetyTaskAssignee('drawn_up_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('safety_plans_case_idx').on(t.caseId),
    uniqueIndex('safety_plans_assessment_idx').on(t.riskAssessmentId),
  ],
);

/** The meldcode's weighing: report to Veilig Thuis or not. */
export const meldcodeWeighings = youth.table(
  'meldcode_weighings',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    riskAssessmentId: text('risk_assessment_id')
      .notNull()
      .references(() => riskAssessments.id),
    weighedOn: day('weighed_on').notNull(),
    outcome: meldcodeOutcome('outcome').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('meldcode_weighings_case_idx').on(t.caseId)],
);

/** A report to Veilig Thuis (MELDING) or a handover from it (OVERDRACHT) (E39). */
export const veiligThuisEvents = youth.table(
  'veilig_thuis_events',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    direction: veiligThuisDirection('direction').notNull(),
    occurredOn: day('occurred_on').notNull(),
    /** The weighing a report follows; null for a handover. */
    meldcodeWeighingId: text('meldcode_weighing_id').references(() => meldcodeWeighings.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('veilig_thuis_events_case_idx').on(t.caseId),
    check(
      'veilig_thuis_events_weighing',
      sql`(${t.direction} = 'MELDING') = (${t.meldcodeWeighingId} is not null)`,
    ),
  ],
);

/** A registration in the Verwijsindex (E40). */
export const verwijsindexRegistrations = youth.table(
  'verwijsindex_registrations',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    childId: text('child_id').notNull(),
    registeredOn: day('registered_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('verwijsindex_registrations_case_idx').on(t.caseId)],
);

/** A match of a registration with another organisation, and when it was contacted. */
export const verwijsindexMatches = youth.table(
  'verwijsindex_matches',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    registrationId: text('registration_id')
      .notNull()
      .references(() => verwijsindexRegistrations.id),
    organisationId: text('organisation_id').notNull(),
    matchedOn: day('matched_on').notNull(),
    contactedOn: day('contacted_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('verwijsindex_matches_registration_idx').on(t.registrationId),
    check('verwijsindex_matches_dates', sql`${t.contactedOn} is null or ${t.contactedOn} >= ${t.matchedOn}`),
  ],
);

/** A multidisciplinary consultation (E42). */
export const caseConferences = youth.table(
  'case_conferences',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    heldOn: day('held_on').notNull(),
    participantOrganisationIds: text('participant_organisation_ids').array().notNull(),
    informationShared: boolean('information_shared').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_conferences_case_idx').on(t.caseId)],
);

/** Cooperation with a gecertificeerde instelling (E43), stepping down to the voluntary frame. */
export const giCooperations = youth.table(
  'gi_cooperations',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    organisationId: text('organisation_id').notNull(),
    framework: giFramework('framework').notNull(),
    startedOn: day('started_on').notNull(),
    steppedDownOn: day('stepped_down_on'),
    endedOn: day('ended_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('gi_cooperations_case_idx').on(t.caseId),
    check(
      'gi_cooperations_step_down',
      sql`${t.steppedDownOn} is null or (${t.framework} = 'VRIJWILLIG' and ${t.steppedDownOn} >= ${t.startedOn})`,
    ),
  ],
);

/** A Verzoek tot Onderzoek to the Raad voor de Kinderbescherming (E41), with its two conditions. */
export const investigationRequests = youth.table(
  'investigation_requests',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    filedOn: day('filed_on').notNull(),
    developmentSeriouslyThreatened: boolean('development_seriously_threatened').notNull(),
    parentsNotAcceptingCare: boolean('parents_not_accepting_care').notNull(),
    parentsNotExpectedToCope: boolean('parents_not_expected_to_cope').notNull(),
    filedBy: safetyTaskAssignee('filed_by').notNull(),
    jeugdbeschermingstafelOn: day('jeugdbeschermingstafel_on'),
    createdAt: createdAt(),
  },
  (t) => [
    index('investigation_requests_case_idx').on(t.caseId),
    check(
      'investigation_requests_conditions',
      sql`${t.developmentSeriouslyThreatened} and (${t.parentsNotAcceptingCare} or ${t.parentsNotExpectedToCope})`,
    ),
  ],
);

/** Which party carries each of the four specific safety tasks of a case (E44). */
export const safetyTaskAllocations = youth.table(
  'safety_task_allocations',
  {
    ...provenance(),
    caseId: text('case_id')
      .notNull()
      .references(() => youthCases.id),
    task: safetyTask('task').notNull(),
    assignee: safetyTaskAssignee('assignee').notNull(),
    agreedOn: day('agreed_on').notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.task] })],
);

export type YouthCaseRow = typeof youthCases.$inferSelect;
export type JetConsultationRow = typeof jetConsultations.$inferSelect;
export type JetDecisionRow = typeof jetDecisions.$inferSelect;
export type YouthReferralRow = typeof youthReferrals.$inferSelect;
export type CombinedRegieRow = typeof combinedRegieAgreements.$inferSelect;
export type LightParentingSupportRow = typeof lightParentingSupport.$inferSelect;
export type SafetySignalRow = typeof safetySignals.$inferSelect;
export type RiskAssessmentRow = typeof riskAssessments.$inferSelect;
export type SafetyPlanRow = typeof safetyPlans.$inferSelect;
export type MeldcodeWeighingRow = typeof meldcodeWeighings.$inferSelect;
export type VeiligThuisEventRow = typeof veiligThuisEvents.$inferSelect;
export type VerwijsindexRegistrationRow = typeof verwijsindexRegistrations.$inferSelect;
export type VerwijsindexMatchRow = typeof verwijsindexMatches.$inferSelect;
export type CaseConferenceRow = typeof caseConferences.$inferSelect;
export type GiCooperationRow = typeof giCooperations.$inferSelect;
export type InvestigationRequestRow = typeof investigationRequests.$inferSelect;
export type SafetyTaskAllocationRow = typeof safetyTaskAllocations.$inferSelect;
