import { PROVENANCES } from '@mienskip/kit/rules';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  ACCESS_ROUTES,
  CHARGE_PERIODS,
  COMPLAINT_LEVELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  DELIVERY_FORMS,
  DESTINATIONS_2021,
  END_REASONS,
  HANDOVER_STATUSES,
  HOUSEHOLD_ROLES,
  HOUSING_LINK_STATUSES,
  LEGACY_INDICATIONS,
  LIFE_DOMAINS,
  OBJECTION_OUTCOMES,
  PILLARS,
  PROVISION_TYPES,
  REGIE_DOMAINS,
  REQUEST_CHANNELS,
  REQUEST_OUTCOMES,
  REQUEST_SOURCES,
  SUPPORT_KINDS,
  TRANSITION_OUTCOMES,
} from '../domain/codes.ts';

/** The clients subgraph owns this PostgreSQL schema and reads no other. */
export const clientsSchema = pgSchema('clients');

export const householdRole = clientsSchema.enum('household_role', HOUSEHOLD_ROLES);
export const pillar = clientsSchema.enum('pillar', PILLARS);
export const supportKind = clientsSchema.enum('support_kind', SUPPORT_KINDS);
export const provisionType = clientsSchema.enum('provision_type', PROVISION_TYPES);
export const deliveryForm = clientsSchema.enum('delivery_form', DELIVERY_FORMS);
export const accessRoute = clientsSchema.enum('access_route', ACCESS_ROUTES);
export const endReason = clientsSchema.enum('end_reason', END_REASONS);
export const regieDomain = clientsSchema.enum('regie_domain', REGIE_DOMAINS);
export const requestChannel = clientsSchema.enum('request_channel', REQUEST_CHANNELS);
export const requestSource = clientsSchema.enum('request_source', REQUEST_SOURCES);
export const lifeDomain = clientsSchema.enum('life_domain', LIFE_DOMAINS);
export const requestOutcome = clientsSchema.enum('request_outcome', REQUEST_OUTCOMES);
export const decisionKind = clientsSchema.enum('decision_kind', DECISION_KINDS);
export const decisionOutcome = clientsSchema.enum('decision_outcome', DECISION_OUTCOMES);
export const destination2021 = clientsSchema.enum('destination_2021', DESTINATIONS_2021);
export const objectionOutcome = clientsSchema.enum('objection_outcome', OBJECTION_OUTCOMES);
/** Where a row comes from (see `Provenance`): the seed writes SYNTHETIC, the API leaves RECORDED. */
export const provenanceType = clientsSchema.enum('provenance', PROVENANCES);
const provenance = () => ({ provenance: provenanceType('provenance').notNull().default('RECORDED') });
export const complaintSubject = clientsSchema.enum('complaint_subject', COMPLAINT_SUBJECTS);
export const complaintLevel = clientsSchema.enum('complaint_level', COMPLAINT_LEVELS);
export const complaintStatus = clientsSchema.enum('complaint_status', COMPLAINT_STATUSES);
export const legacyIndication = clientsSchema.enum('legacy_indication', LEGACY_INDICATIONS);
export const transitionOutcome = clientsSchema.enum('transition_outcome', TRANSITION_OUTCOMES);
export const handoverStatus = clientsSchema.enum('handover_status', HANDOVER_STATUSES);
export const housingLinkStatus = clientsSchema.enum('housing_link_status', HOUSING_LINK_STATUSES);
export const chargePeriod = clientsSchema.enum('charge_period', CHARGE_PERIODS);

const version = () => integer('version').notNull().default(1);

export const households = clientsSchema.table(
  'households',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    /** An `Area` of the locations subgraph, by its readable id. */
    areaId: text('area_id').notNull(),
    version: version(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('households_area_idx').on(t.areaId)],
);

export const clients = clientsSchema.table(
  'clients',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    /**
     * Burgerservicenummer; null for a resident registered without one (synthetic bench residents
     * beyond the 9,091 numbers of the test range, BR-CL1). Unique where present.
     */
    bsn: text('bsn').unique(),
    name: text('name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    householdRole: householdRole('household_role').notNull(),
    address: text('address'),
    postcode: text('postcode'),
    mainResidenceInMunicipality: boolean('main_residence_in_municipality').notNull().default(true),
    pgbCompetent: boolean('pgb_competent').notNull().default(false),
    prefersDecision: boolean('prefers_decision').notNull().default(false),
    version: version(),
  },
  (t) => [
    index('clients_household_idx').on(t.householdId),
    check('clients_bsn_shape', sql`${t.bsn} ~ '^[0-9]{9}$'`),
  ],
);

export const supportPlans = clientsSchema.table(
  'support_plans',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    goals: text('goals').array().notNull().default(sql`'{}'`),
    agreements: text('agreements'),
    partyOrganisationIds: text('party_organisation_ids').array().notNull().default(sql`'{}'`),
    createdByWorkerId: text('created_by_worker_id').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    version: version(),
  },
  (t) => [
    // One household, one plan (BR-K3).
    uniqueIndex('support_plans_one_active').on(t.householdId).where(sql`${t.closedOn} is null`),
  ],
);

export const coordinatorAssignments = clientsSchema.table(
  'coordinator_assignments',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    workerId: text('worker_id').notNull(),
    /**
     * The regievoerder's organisation (an `Organisation` of budget) as locations gave it when regie
     * was assigned: a municipal team sees the households where it holds regie (BR-KT4). Null for an
     * assignment recorded before migration 0006, which gives no team sight of the household.
     */
    organisationId: text('organisation_id'),
    domain: regieDomain('domain').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [
    // One regievoerder per household and regie domain (BR-R1); the database holds it under concurrency too.
    uniqueIndex('coordinator_one_active').on(t.householdId, t.domain).where(sql`${t.endedOn} is null`),
    index('coordinator_worker_idx').on(t.workerId),
    index('coordinator_organisation_idx').on(t.organisationId, t.householdId),
    check('coordinator_period', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    // Jeugdwet procesregie is youth's (BR-CL15): migration 0008 moved what was here to `moved_jeugdwet_regie`.
    check('coordinator_not_jeugdwet', sql`${t.domain} <> 'JEUGDWET'`),
  ],
);

/**
 * The Jeugdwet procesregie clients had recorded until it became youth's (BR-CL15): moved here, with
 * the same columns, by migration 0008, so that nothing recorded is lost. Kept, never read or written
 * by the API; the youth seed recreates the synthetic ones as process directors of youth cases.
 */
export const movedJeugdwetRegie = clientsSchema.table('moved_jeugdwet_regie', {
  ...provenance(),
  id: text('id').primaryKey(),
  householdId: text('household_id').notNull(),
  workerId: text('worker_id').notNull(),
  organisationId: text('organisation_id'),
  domain: regieDomain('domain').notNull(),
  startedOn: date('started_on', { mode: 'string' }).notNull(),
  endedOn: date('ended_on', { mode: 'string' }),
});

export const supportRequests = clientsSchema.table(
  'support_requests',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** A `Room` of locations; null when the request came by outreach. */
    roomId: text('room_id'),
    channel: requestChannel('channel').notNull(),
    source: requestSource('source').notNull(),
    lifeDomains: lifeDomain('life_domains').array().notNull(),
    urgent: boolean('urgent').notNull().default(false),
    outcome: requestOutcome('outcome'),
    assessedByWorkerId: text('assessed_by_worker_id'),
    assessedOn: date('assessed_on', { mode: 'string' }),
    version: version(),
  },
  (t) => [
    index('support_requests_client_idx').on(t.clientId),
    // A debt signal is debt's (BR-CL18): migration 0009 moved what was here to `moved_debt_signals`.
    check('support_requests_not_debt_signal', sql`${t.channel} <> 'DEBT_SIGNAL'`),
  ],
);

/**
 * The debt signals clients had recorded as support requests until they became debt's (BR-CL18):
 * moved here, with the same columns, by migration 0009, so that nothing recorded is lost.
 * `referralIds`: the referrals (of other kinds, kept in clients) that named the request as theirs;
 * the migration cleared their `support_request_id` and keeps the link here. Kept, never read or
 * written by the API, and counted by no statistic.
 */
export const movedDebtSignals = clientsSchema.table('moved_debt_signals', {
  ...provenance(),
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  roomId: text('room_id'),
  channel: requestChannel('channel').notNull(),
  source: requestSource('source').notNull(),
  lifeDomains: lifeDomain('life_domains').array().notNull(),
  urgent: boolean('urgent').notNull(),
  outcome: requestOutcome('outcome'),
  assessedByWorkerId: text('assessed_by_worker_id'),
  assessedOn: date('assessed_on', { mode: 'string' }),
  version: integer('version').notNull(),
  referralIds: text('referral_ids').array().notNull(),
});

export const referrals = clientsSchema.table(
  'referrals',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    issuedByWorkerId: text('issued_by_worker_id').notNull(),
    /**
     * The organisation of the issuing worker, recorded once locations confirmed a basis worker
     * (BR-A3); null for an older referral whose issuer was no basis caseworker.
     */
    issuedByOrganisationId: text('issued_by_organisation_id'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    kind: supportKind('kind').notNull(),
    supportRequestId: text('support_request_id').references(() => supportRequests.id),
    residentRequestedDecision: boolean('resident_requested_decision').notNull().default(false),
  },
  (t) => [
    index('referrals_client_idx').on(t.clientId),
    // Debt help is debt's (BR-CL17): migration 0009 moved what was here to `moved_debt_referrals`.
    check('referrals_not_debt_help', sql`${t.kind} <> 'SCHULDHULPVERLENING'`),
  ],
);

/**
 * The referrals to debt help clients had recorded until debt help became debt's (BR-CL17): moved here,
 * with the same columns, by migration 0009, after the engagements they started (of the same kind,
 * BR-CL13), so that nothing recorded is lost. Kept, never read or written by the API.
 */
export const movedDebtReferrals = clientsSchema.table('moved_debt_referrals', {
  ...provenance(),
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull(),
  issuedByWorkerId: text('issued_by_worker_id').notNull(),
  issuedByOrganisationId: text('issued_by_organisation_id'),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  kind: supportKind('kind').notNull(),
  supportRequestId: text('support_request_id'),
  residentRequestedDecision: boolean('resident_requested_decision').notNull(),
});

export const decisions = clientsSchema.table(
  'decisions',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    kind: decisionKind('kind').notNull(),
    outcome: decisionOutcome('outcome').notNull(),
    /** The municipal organisation that issued it: the issuing key's organisation. */
    issuedByOrganisationId: text('issued_by_organisation_id').notNull(),
    /** The zwaarwegend advies the municipality reviewed: who wrote it, and its summary. */
    adviceByOrganisationId: text('advice_by_organisation_id').notNull(),
    adviceSummary: text('advice_summary').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    destination2021: destination2021('destination_2021'),
  },
  (t) => [
    index('decisions_client_idx').on(t.clientId),
    check('decisions_validity', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const objections = clientsSchema.table(
  'objections',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    decisionId: text('decision_id')
      .notNull()
      .references(() => decisions.id),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    /** An advisory committee (Awb 7:13) hears the bezwaar: the decision term is twelve weeks, not six. */
    advisoryCommittee: boolean('advisory_committee').notNull().default(false),
    decisionDue: date('decision_due', { mode: 'string' }).notNull(),
    outcome: objectionOutcome('outcome'),
    decidedOn: date('decided_on', { mode: 'string' }),
    version: version(),
  },
  (t) => [index('objections_decision_idx').on(t.decisionId)],
);

export const complaints = clientsSchema.table(
  'complaints',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: text('organisation_id').notNull(),
    subject: complaintSubject('subject').notNull(),
    level: complaintLevel('level').notNull().default('MEDEWERKER'),
    status: complaintStatus('status').notNull().default('OPEN'),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    version: version(),
  },
  (t) => [index('complaints_client_idx').on(t.clientId)],
);

export const engagements = clientsSchema.table(
  'engagements',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    pillar: pillar('pillar').notNull(),
    kind: supportKind('kind').notNull(),
    provisionType: provisionType('provision_type').notNull(),
    deliveryForm: deliveryForm('delivery_form').notNull().default('ZIN'),
    accessRoute: accessRoute('access_route').notNull(),
    /** An `Organisation` of budget. */
    organisationId: text('organisation_id').notNull(),
    /** A `Worker` of locations (begeleider or volunteer). */
    workerId: text('worker_id'),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }),
    referralId: text('referral_id').references(() => referrals.id),
    decisionId: text('decision_id').references(() => decisions.id),
    structural: boolean('structural').notNull().default(false),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: endReason('end_reason'),
    version: version(),
  },
  (t) => [
    index('engagements_client_idx').on(t.clientId),
    index('engagements_organisation_idx').on(t.organisationId, t.clientId),
    // A referral starts one engagement (BR-CL13); the database holds it when two starts race.
    uniqueIndex('engagements_one_per_referral').on(t.referralId).where(sql`${t.referralId} is not null`),
    check('engagements_period', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check('engagements_pgb_maatwerk', sql`${t.deliveryForm} = 'ZIN' or ${t.provisionType} = 'MAATWERK'`),
    // Light parenting support is youth's (BR-CL16): migration 0008 moved what was here to
    // `moved_light_parenting_support`.
    check('engagements_not_light_parenting_support', sql`${t.kind} <> 'LICHTE_OPVOEDONDERSTEUNING'`),
    // Debt help is debt's (BR-CL17): migration 0009 moved what was here to `moved_debt_help`.
    check('engagements_not_debt_help', sql`${t.kind} <> 'SCHULDHULPVERLENING'`),
  ],
);

/**
 * The debt help clients had recorded as engagements until it became debt's (BR-CL17): moved here,
 * with the same columns, by migration 0009 (no row referred to them), so that nothing recorded is
 * lost. Kept, never read or written by the API, and counted by no statistic.
 */
export const movedDebtHelp = clientsSchema.table('moved_debt_help', {
  ...provenance(),
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull(),
  pillar: pillar('pillar').notNull(),
  kind: supportKind('kind').notNull(),
  provisionType: provisionType('provision_type').notNull(),
  deliveryForm: deliveryForm('delivery_form').notNull(),
  accessRoute: accessRoute('access_route').notNull(),
  organisationId: text('organisation_id').notNull(),
  workerId: text('worker_id'),
  hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }),
  referralId: text('referral_id'),
  decisionId: text('decision_id'),
  structural: boolean('structural').notNull(),
  startedOn: date('started_on', { mode: 'string' }).notNull(),
  endedOn: date('ended_on', { mode: 'string' }),
  endReason: endReason('end_reason'),
  version: integer('version').notNull(),
});

/**
 * The light parenting support clients had recorded as engagements until it became youth's (BR-CL16):
 * moved here, with the same columns, by migration 0008 (no row referred to them), so that nothing
 * recorded is lost. Kept, never read or written by the API, and counted by no statistic.
 */
export const movedLightParentingSupport = clientsSchema.table('moved_light_parenting_support', {
  ...provenance(),
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull(),
  pillar: pillar('pillar').notNull(),
  kind: supportKind('kind').notNull(),
  provisionType: provisionType('provision_type').notNull(),
  deliveryForm: deliveryForm('delivery_form').notNull(),
  accessRoute: accessRoute('access_route').notNull(),
  organisationId: text('organisation_id').notNull(),
  workerId: text('worker_id'),
  hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }),
  referralId: text('referral_id'),
  decisionId: text('decision_id'),
  structural: boolean('structural').notNull(),
  startedOn: date('started_on', { mode: 'string' }).notNull(),
  endedOn: date('ended_on', { mode: 'string' }),
  endReason: endReason('end_reason'),
  version: integer('version').notNull(),
});

export const transitionInterviews = clientsSchema.table(
  'transition_interviews',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .unique()
      .references(() => clients.id),
    legacyIndication: legacyIndication('legacy_indication').notNull(),
    legacyOrganisationId: text('legacy_organisation_id').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }),
    heldOn: date('held_on', { mode: 'string' }),
    outcome: transitionOutcome('outcome'),
    newOrganisationId: text('new_organisation_id'),
    handover: handoverStatus('handover').notNull().default('NOT_STARTED'),
    earlyTransfer: boolean('early_transfer').notNull().default(false),
    version: version(),
  },
  (t) => [index('transition_handover_idx').on(t.handover)],
);

export const housingLinks = clientsSchema.table(
  'housing_links',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: text('organisation_id').notNull(),
    status: housingLinkStatus('status').notNull().default('OPEN'),
    solvedOn: date('solved_on', { mode: 'string' }),
    version: version(),
  },
  (t) => [index('housing_links_client_idx').on(t.clientId)],
);

/**
 * The abonnementstarief per year (BR-E1), with the source that gives it: data, seeded by the
 * migration that made the table; a year without a row has no known rate.
 */
export const chargeRates = clientsSchema.table(
  'charge_rates',
  {
    year: integer('year').primaryKey(),
    amountCents: bigint('amount_cents', { mode: 'bigint' }).notNull(),
    per: chargePeriod('per').notNull(),
    source: text('source').notNull(),
  },
  (t) => [check('charge_rates_amount', sql`${t.amountCents} > 0`)],
);

export type HouseholdRow = typeof households.$inferSelect;
export type ClientRow = typeof clients.$inferSelect;
export type SupportPlanRow = typeof supportPlans.$inferSelect;
export type CoordinatorAssignmentRow = typeof coordinatorAssignments.$inferSelect;
export type SupportRequestRow = typeof supportRequests.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type DecisionRow = typeof decisions.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;
export type ComplaintRow = typeof complaints.$inferSelect;
export type EngagementRow = typeof engagements.$inferSelect;
export type TransitionInterviewRow = typeof transitionInterviews.$inferSelect;
export type HousingLinkRow = typeof housingLinks.$inferSelect;
