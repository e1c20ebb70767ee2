import { ORGANISATION_KINDS, PROVENANCES } from '@mienskip/kit/rules';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { CONTRACT_ROLES, LOTS } from '../domain/lots.ts';
import { LUMPSUM_STATUSES, MUTATION_KINDS } from '../domain/lumpsum.ts';
import { REDISTRIBUTION_STATUSES } from '../domain/redistribution.ts';

/** The budget subgraph owns this PostgreSQL schema and reads no other. */
export const budget = pgSchema('budget');

export const organisationKind = budget.enum('organisation_kind', ORGANISATION_KINDS);

/** Where a row comes from (see `Provenance`): the seed sets SOURCE or SYNTHETIC, the API leaves RECORDED. */
export const provenanceType = budget.enum('provenance', PROVENANCES);
const provenance = () => ({ provenance: provenanceType('provenance').notNull().default('RECORDED') });

export const organisations = budget.table('organisations', {
  ...provenance(),
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  kind: organisationKind('kind').notNull(),
  agbCode: text('agb_code'),
  description: text('description'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const lot = budget.enum('lot', LOTS);
export const contractRole = budget.enum('contract_role', CONTRACT_ROLES);
export const lumpsumStatus = budget.enum('lumpsum_status', LUMPSUM_STATUSES);
export const mutationKind = budget.enum('mutation_kind', MUTATION_KINDS);

export const contracts = budget.table(
  'contracts',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    lot: lot('lot').notNull(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: contractRole('role').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('contracts_lot_idx').on(table.lot),
    index('contracts_organisation_idx').on(table.organisationId),
  ],
);

/** One row per version: a correction of a definitive lumpsum is a new row that supersedes the old one. */
export const lumpsums = budget.table(
  'lumpsums',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    /** The lumpsum all versions share, e.g. `lumpsum-2021-hbh`. */
    seriesId: text('series_id').notNull(),
    correction: smallint('correction').notNull().default(0),
    year: smallint('year').notNull(),
    title: text('title').notNull(),
    lots: lot('lots').array().notNull(),
    status: lumpsumStatus('status').notNull(),
    decidedCents: bigint('decided_cents', { mode: 'bigint' }).notNull(),
    baseCents: bigint('base_cents', { mode: 'bigint' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    source: text('source'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('lumpsums_year_idx').on(table.year),
    check('lumpsums_amounts', sql`${table.decidedCents} >= 0 and ${table.baseCents} >= 0`),
  ],
);

export const lumpsumMutations = budget.table(
  'lumpsum_mutations',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    lumpsumId: text('lumpsum_id')
      .notNull()
      .references(() => lumpsums.id),
    position: smallint('position').notNull(),
    kind: mutationKind('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'bigint' }).notNull(),
    explanation: text('explanation').notNull(),
  },
  (table) => [index('lumpsum_mutations_lumpsum_idx').on(table.lumpsumId)],
);

export const lumpsumShares = budget.table(
  'lumpsum_shares',
  {
    ...provenance(),
    lumpsumId: text('lumpsum_id')
      .notNull()
      .references(() => lumpsums.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    amountCents: bigint('amount_cents', { mode: 'bigint' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.lumpsumId, table.organisationId] })],
);

export const redistributionStatus = budget.enum('redistribution_status', REDISTRIBUTION_STATUSES);

/** A joint request to move money between the shares of a lumpsum, and the municipality's decision. */
export const redistributionRequests = budget.table('redistribution_requests', {
  id: text('id').primaryKey(),
  lumpsumId: text('lumpsum_id')
    .notNull()
    .references(() => lumpsums.id),
  requestedBy: text('requested_by').array().notNull(),
  motivation: text('motivation').notNull(),
  /** Client counts per organisation, the evidence: { organisationId: clients }. */
  clientCounts: jsonb('client_counts').$type<Record<string, number>>().notNull(),
  /** Proposed shares in cents as decimal strings (jsonb has no bigint). */
  proposedShares: jsonb('proposed_shares')
    .$type<{ organisationId: string; amountCents: string }[]>()
    .notNull(),
  status: redistributionStatus('status').notNull().default('SUBMITTED'),
  decidedShares: jsonb('decided_shares').$type<{ organisationId: string; amountCents: string }[]>(),
  decisionNote: text('decision_note'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type RedistributionRow = typeof redistributionRequests.$inferSelect;
/** Taakstelling: a savings measure with its planned amount per year and what it realised. */
export const savingsMeasures = budget.table('savings_measures', {
  ...provenance(),
  id: text('id').primaryKey(),
  position: smallint('position').notNull(),
  title: text('title').notNull(),
  /** The year the measure counts from. */
  fromYear: smallint('from_year').notNull(),
  plannedCents: bigint('planned_cents', { mode: 'bigint' }).notNull(),
  realisedCents: bigint('realised_cents', { mode: 'bigint' }),
  structural: boolean('structural').notNull().default(true),
  note: text('note'),
  version: integer('version').notNull().default(1),
});

export type SavingsMeasureRow = typeof savingsMeasures.$inferSelect;
/** Realisatie: what an organisation spent in a month on a lot, against the lumpsum. */
export const realisations = budget.table(
  'realisations',
  {
    ...provenance(),
    id: text('id').primaryKey(),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    lot: lot('lot').notNull(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    amountCents: bigint('amount_cents', { mode: 'bigint' }).notNull(),
  },
  (table) => [
    index('realisations_year_lot_idx').on(table.year, table.lot),
    check('realisations_month', sql`${table.month} between 1 and 12`),
  ],
);

/** Subsidie for the sociale basis. */
export const subsidies = budget.table(
  'subsidies',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: smallint('year').notNull(),
    purpose: text('purpose').notNull(),
    amountCents: bigint('amount_cents', { mode: 'bigint' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('subsidies_amount', sql`${table.amountCents} > 0`)],
);

export type SubsidyRow = typeof subsidies.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;
export type LumpsumRow = typeof lumpsums.$inferSelect;
export type LumpsumMutationRow = typeof lumpsumMutations.$inferSelect;
export type LumpsumShareRow = typeof lumpsumShares.$inferSelect;
