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
  AFTERCARE_OUTCOMES,
  CONTACT_KINDS,
  CRISIS_KINDS,
  DAY_PARTS,
  DEBT_COMPLEXITIES,
  DEBT_OUTFLOW_REASONS,
  DEBT_REFERRAL_KINDS,
  DEBT_SEVERITIES,
  DEBT_SIGNAL_KINDS,
  DEBT_SOLUTION_KINDS,
  GUARDIANSHIP_ADVICES,
  SIGNAL_OUTCOMES,
  SIGNAL_PARTNERS,
  SIGNAL_STATUSES,
  VOLUNTEER_TASKS,
} from '../domain/codes.ts';

/**
 * The debt subgraph owns this PostgreSQL schema and reads no other. Clients, households, workers and
 * organisations belong to clients, locations and budget: referenced by id only, checked with their
 * owner when a mutation names them.
 */
export const debt = pgSchema('debt');

/** Where a row comes from (see `Provenance`): the seed writes SYNTHETIC, the API leaves RECORDED. */
export const provenanceType = debt.enum('provenance', PROVENANCES);
const provenance = () => ({ provenance: provenanceType('provenance').notNull().default('RECORDED') });
const version = () => integer('version').notNull().default(1);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const day = (name: string) => date(name, { mode: 'string' });

export const debtSeverity = debt.enum('debt_severity', DEBT_SEVERITIES);
export const debtComplexity = debt.enum('debt_complexity', DEBT_COMPLEXITIES);
export const debtSolutionKind = debt.enum('debt_solution_kind', DEBT_SOLUTION_KINDS);
export const debtOutflowReason = debt.enum('debt_outflow_reason', DEBT_OUTFLOW_REASONS);
export const aftercareOutcome = debt.enum('aftercare_outcome', AFTERCARE_OUTCOMES);
export const debtSignalKind = debt.enum('debt_signal_kind', DEBT_SIGNAL_KINDS);
export const signalPartner = debt.enum('signal_partner', SIGNAL_PARTNERS);
export const signalStatus = debt.enum('signal_status', SIGNAL_STATUSES);
export const signalOutcome = debt.enum('signal_outcome', SIGNAL_OUTCOMES);
export const contactKind = debt.enum('contact_kind', CONTACT_KINDS);
export const dayPart = debt.enum('day_part', DAY_PARTS);
export const crisisKind = debt.enum('crisis_kind', CRISIS_KINDS);
export const debtReferralKind = debt.enum('debt_referral_kind', DEBT_REFERRAL_KINDS);
export const volunteerTask = debt.enum('volunteer_task', VOLUNTEER_TASKS);
export const guardianshipAdvice = debt.enum('guardianship_advice', GUARDIANSHIP_ADVICES);

/** A signal of payment arrears (DDAS vroegsignaal) or a late signal, about one client. */
export const debtSignals = debt.table(
  'debt_signals',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    /** A `Client` of the clients subgraph, and its `Household`. */
    clientId: text('client_id').notNull(),
    householdId: text('household_id').notNull(),
    /** The household's `Area` (locations) as clients gave it: for statistics per area. */
    areaId: text('area_id').notNull(),
    /** The organisation that handles the signal (the basis does the outreach): it sees it. */
    organisationId: text('organisation_id').notNull(),
    kind: debtSignalKind('kind').notNull(),
    partner: signalPartner('partner').notNull(),
    /** The day the signal partner sent it (signaaldatum) and the day it came in. */
    signalledOn: day('signalled_on').notNull(),
    receivedOn: day('received_on').notNull(),
    /** The arrears in whole euros, as DDAS counts them. */
    arrearsEuros: integer('arrears_euros'),
    /** The signal partner marked it a crisis (crisissignaal). */
    crisis: boolean('crisis').notNull().default(false),
    status: signalStatus('status').notNull().default('NOG_NIET_OPGEPAKT'),
    pickedUpOn: day('picked_up_on'),
    outcome: signalOutcome('outcome'),
    closedOn: day('closed_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('debt_signals_client_idx').on(t.clientId),
    index('debt_signals_area_idx').on(t.areaId),
    index('debt_signals_org_idx').on(t.organisationId),
    check('debt_signals_dates', sql`${t.receivedOn} >= ${t.signalledOn}`),
    check('debt_signals_arrears', sql`${t.arrearsEuros} is null or ${t.arrearsEuros} >= 0`),
    check('debt_signals_closed', sql`(${t.closedOn} is null) = (${t.outcome} is null)`),
  ],
);

/** An attempt to reach the resident after a signal (DDAS contactpoging). */
export const outreachAttempts = debt.table(
  'outreach_attempts',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    signalId: text('signal_id')
      .notNull()
      .references(() => debtSignals.id),
    kind: contactKind('kind').notNull(),
    attemptedOn: day('attempted_on').notNull(),
    dayPart: dayPart('day_part').notNull(),
    reached: boolean('reached').notNull(),
    /** Who tried: a `Worker` of locations (a volunteer may). */
    workerId: text('worker_id'),
    createdAt: createdAt(),
  },
  (t) => [index('outreach_attempts_signal_idx').on(t.signalId)],
);

/**
 * A schuldhulptraject (E45) for one client or two jointly liable partners of one household. Its phase
 * follows from the dates (each set once, in order); regie stays with the household's Wmo regievoerder
 * in clients (BR-R1), so the case holds none of its own.
 */
export const debtCases = debt.table(
  'debt_cases',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    householdId: text('household_id').notNull(),
    areaId: text('area_id').notNull(),
    /** The organisation that registered the case (the basis, mostly): it keeps seeing it. */
    openedByOrganisationId: text('opened_by_organisation_id').notNull(),
    /** The signal the case came from, if any. */
    signalId: text('signal_id').references(() => debtSignals.id),
    /** Assessed at the intake: unknown (null) at registration. */
    severity: debtSeverity('severity'),
    complexity: debtComplexity('complexity'),
    /** Aanmelding. */
    registeredOn: day('registered_on').notNull(),
    /** The first conversation: the start of the intake (DDAS intake.startdatum). */
    intakeOn: day('intake_on'),
    stabilisationOn: day('stabilisation_on'),
    solutionOn: day('solution_on'),
    solutionKind: debtSolutionKind('solution_kind'),
    aftercareOn: day('aftercare_on'),
    aftercareOutcome: aftercareOutcome('aftercare_outcome'),
    outflowOn: day('outflow_on'),
    outflowReason: debtOutflowReason('outflow_reason'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('debt_cases_household_idx').on(t.householdId),
    index('debt_cases_area_idx').on(t.areaId),
    index('debt_cases_opened_by_idx').on(t.openedByOrganisationId),
    // Forward only (BR-DB5): every phase date on or after the one before it that is set.
    check(
      'debt_cases_phase_order',
      sql`coalesce(${t.intakeOn}, ${t.registeredOn}) >= ${t.registeredOn}
        and coalesce(${t.stabilisationOn}, ${t.intakeOn}, ${t.registeredOn}) >= coalesce(${t.intakeOn}, ${t.registeredOn})
        and coalesce(${t.solutionOn}, ${t.stabilisationOn}, ${t.intakeOn}, ${t.registeredOn}) >= coalesce(${t.stabilisationOn}, ${t.intakeOn}, ${t.registeredOn})
        and coalesce(${t.aftercareOn}, ${t.solutionOn}, ${t.stabilisationOn}, ${t.intakeOn}, ${t.registeredOn}) >= coalesce(${t.solutionOn}, ${t.stabilisationOn}, ${t.intakeOn}, ${t.registeredOn})
        and coalesce(${t.outflowOn}, ${t.aftercareOn}, ${t.solutionOn}, ${t.stabilisationOn}, ${t.intakeOn}, ${t.registeredOn}) >= coalesce(${t.aftercareOn}, ${t.solutionOn}, ${t.stabilisationOn}, ${t.intakeOn}, ${t.registeredOn})`,
    ),
    check('debt_cases_solution', sql`(${t.solutionOn} is null) = (${t.solutionKind} is null)`),
    check('debt_cases_outflow', sql`(${t.outflowOn} is null) = (${t.outflowReason} is null)`),
    check('debt_cases_aftercare_outcome', sql`${t.aftercareOutcome} is null or ${t.aftercareOn} is not null`),
  ],
);

/**
 * The clients of a case: one, or two jointly liable partners. `open` mirrors the case having no
 * outflow, so that the database holds "at most one open case per client" also when two requests race.
 */
export const debtCaseClients = debt.table(
  'debt_case_clients',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => debtCases.id),
    clientId: text('client_id').notNull(),
    open: boolean('open').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.clientId] }),
    uniqueIndex('debt_case_clients_one_open').on(t.clientId).where(sql`${t.open}`),
  ],
);

/** A crisis (E47): reported, its first conversation (norm: within 3 working days), handled. */
export const debtCrises = debt.table(
  'debt_crises',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => debtCases.id),
    kind: crisisKind('kind').notNull(),
    reportedOn: day('reported_on').notNull(),
    firstConversationOn: day('first_conversation_on'),
    handledOn: day('handled_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('debt_crises_case_idx').on(t.caseId),
    check(
      'debt_crises_dates',
      sql`(${t.firstConversationOn} is null or ${t.firstConversationOn} >= ${t.reportedOn})
        and (${t.handledOn} is null or ${t.handledOn} >= ${t.reportedOn})`,
    ),
  ],
);

/** A referral to a third party (E48), only when needed and for as long as needed. */
export const debtReferrals = debt.table(
  'debt_referrals',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => debtCases.id),
    kind: debtReferralKind('kind').notNull(),
    /** The third party: an `Organisation` of budget. */
    organisationId: text('organisation_id').notNull(),
    startedOn: day('started_on').notNull(),
    /** By when the need is looked at again; a referral runs no longer without a new review. */
    reviewOn: day('review_on').notNull(),
    endedOn: day('ended_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index('debt_referrals_case_idx').on(t.caseId),
    index('debt_referrals_org_idx').on(t.organisationId),
    check(
      'debt_referrals_dates',
      sql`${t.reviewOn} > ${t.startedOn} and (${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn})`,
    ),
  ],
);

/** The municipality's advice in a procedure for beschermingsbewind (E50). */
export const guardianshipAdvices = debt.table(
  'guardianship_advices',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => debtCases.id),
    advisedOn: day('advised_on').notNull(),
    advice: guardianshipAdvice('advice').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('guardianship_advices_case_idx').on(t.caseId)],
);

/** Volunteers (`Worker`s of locations) doing administration or preparing a settlement on a case. */
export const debtCaseVolunteers = debt.table(
  'debt_case_volunteers',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => debtCases.id),
    workerId: text('worker_id').notNull(),
    task: volunteerTask('task').notNull(),
    startedOn: day('started_on').notNull(),
    endedOn: day('ended_on'),
    createdAt: createdAt(),
  },
  (t) => [
    index('debt_case_volunteers_case_idx').on(t.caseId),
    check('debt_case_volunteers_dates', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);

export type DebtSignalRow = typeof debtSignals.$inferSelect;
export type OutreachAttemptRow = typeof outreachAttempts.$inferSelect;
export type DebtCaseRow = typeof debtCases.$inferSelect;
export type DebtCaseClientRow = typeof debtCaseClients.$inferSelect;
export type DebtCrisisRow = typeof debtCrises.$inferSelect;
export type DebtReferralRow = typeof debtReferrals.$inferSelect;
export type GuardianshipAdviceRow = typeof guardianshipAdvices.$inferSelect;
export type DebtCaseVolunteerRow = typeof debtCaseVolunteers.$inferSelect;
