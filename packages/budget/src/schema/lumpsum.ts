import {
  DomainError,
  mayReadRowsOf,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  type LumpsumMutationRow,
  type LumpsumRow,
  type LumpsumShareRow,
  lumpsumMutations,
  lumpsumShares,
  lumpsums,
} from '../db/tables.ts';
import {
  canMoveTo,
  linesTotal,
  type LumpsumStatus as Status,
  unexplainedDifference,
} from '../domain/lumpsum.ts';
import { builder, ErrorInterface, READ_BUDGET, WRITE } from './builder.ts';
import { Lot } from './contract.ts';
import { Organisation } from './organisation.ts';

export const LumpsumStatus = builder.enumType('LumpsumStatus', {
  description: 'Where a lumpsum stands: it only moves forward, and a definitive one is never edited.',
  values: {
    ESTIMATED: { description: 'Geraamd: estimated.' },
    PROVISIONAL: { description: 'Voorlopig vastgesteld: set provisionally (2021: on 1 November 2020).' },
    DEFINITIVE: { description: 'Definitief vastgesteld: final; a correction is a new version.' },
  } satisfies Record<Status, { description: string }>,
});

export const MutationKind = builder.enumType('LumpsumMutationKind', {
  description: 'Why a lumpsum differs from its base amount (mutatie).',
  values: {
    PRICE_INDEX: { description: 'Prijsindexatie.' },
    AUTONOMOUS_GROWTH: { description: 'Autonome groei.' },
    DRAW_EFFECT_SUBSCRIPTION_RATE: { description: 'Aanzuigende werking van het abonnementstarief.' },
    PGB_ZIN_SHIFT: { description: 'Verschuiving PGB ↔ ZIN.' },
    JET_ADJUSTMENT: { description: 'Bijstelling JET.' },
    CLIENT_DISTRIBUTION: { description: 'Effect van maatregelen uit de cliëntverdeling.' },
    PGB_EFFECT_OF_CLIENT_DISTRIBUTION: { description: 'Effect op PGB van de cliëntverdeling.' },
    SAVINGS_NOT_ACHIEVED_COMPENSATION: { description: 'Compensatie voor niet-gerealiseerde besparingen.' },
  },
});

const LumpsumMutation = builder.objectRef<LumpsumMutationRow>('LumpsumMutation').implement({
  description:
    'Mutatie: one line that explains part of the difference between a lumpsum and its base amount.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    kind: t.expose('kind', { type: MutationKind, description: 'What the line is for.' }),
    amount: t.field({
      type: 'Money',
      description: 'The amount, negative for a reduction.',
      resolve: (l) => l.amountCents,
    }),
    explanation: t.exposeString('explanation', { description: 'The explanation as decided.' }),
  }),
});

const LumpsumShare = builder.objectRef<LumpsumShareRow>('LumpsumShare').implement({
  description: 'Aandeel: the part of a lumpsum that goes to one organisation.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'Who gets the share.',
      resolve: (s) => s.organisationId,
    }),
    amount: t.field({ type: 'Money', description: 'The share in euros.', resolve: (s) => s.amountCents }),
  }),
});

/** The lines of each lumpsum: one statement for every field and every lumpsum of an operation. */
const linesOf = contextLoader(async (ids: readonly string[], { db }: SubgraphContext) =>
  groupByIds(
    ids,
    await db
      .select()
      .from(lumpsumMutations)
      .where(inArray(lumpsumMutations.lumpsumId, [...ids]))
      .orderBy(asc(lumpsumMutations.position)),
    (row) => row.lumpsumId,
  ),
);

const sharesOf = contextLoader(async (ids: readonly string[], { db }: SubgraphContext) =>
  groupByIds(
    ids,
    await db
      .select()
      .from(lumpsumShares)
      .where(inArray(lumpsumShares.lumpsumId, [...ids]))
      .orderBy(asc(lumpsumShares.organisationId)),
    (row) => row.lumpsumId,
  ),
);

export const Lumpsum = builder.objectRef<LumpsumRow>('Lumpsum').implement({
  description:
    'Lumpsum (aanneemsom) for one year and one or more lots: the decided amount, the base amount, the lines ' +
    'that explain the difference and the shares per organisation. The decided amount and base + lines may ' +
    'differ (rounding in official documents): both are kept and the difference is shown, never adjusted.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of this version.' }),
    title: t.exposeString('title', { description: 'Title as decided.' }),
    year: t.exposeInt('year', { description: 'The year the lumpsum is for.' }),
    lots: t.field({ type: [Lot], description: 'The lots (percelen) it covers.', resolve: (l) => l.lots }),
    status: t.expose('status', { type: LumpsumStatus, description: 'Estimated, provisional or definitive.' }),
    correction: t.exposeInt('correction', {
      description: '0 for the original; 1, 2, … for corrections of a definitive lumpsum.',
    }),
    decidedAmount: t.field({
      type: 'Money',
      description: 'The amount decided (vastgesteld bedrag).',
      resolve: (l) => l.decidedCents,
    }),
    baseAmount: t.field({
      type: 'Money',
      description: 'The base amount (tender lumpsum).',
      resolve: (l) => l.baseCents,
    }),
    mutations: t.field({
      type: [LumpsumMutation],
      description: 'The lines, in the order decided.',
      resolve: (l, _args, context) => linesOf(context).load(l.id),
    }),
    mutationsTotal: t.field({
      type: 'Money',
      description: 'The sum of the lines.',
      resolve: async (l, _args, context) => linesTotal(await linesOf(context).load(l.id)),
    }),
    unexplainedDifference: t.field({
      type: 'Money',
      description:
        'Decided amount − (base amount + lines): what the lines do not explain. Never adjusted away.',
      resolve: async (l, _args, context) =>
        unexplainedDifference(l.decidedCents, l.baseCents, await linesOf(context).load(l.id)),
    }),
    shares: t.field({
      type: [LumpsumShare],
      description: "Aandelen: the share of each organisation (a provider's key sees its own).",
      // A provider sees its own share; the municipality sees all of them.
      resolve: async (l, _args, context) =>
        (await sharesOf(context).load(l.id)).filter((share) =>
          mayReadRowsOf(context.caller, share.organisationId),
        ),
    }),
    sharesTotal: t.field({
      type: 'Money',
      nullable: true,
      authScopes: { municipal: true },
      description:
        'The sum of all shares (equal to the decided amount when fully divided); municipal keys only.',
      resolve: async (l, _args, context) =>
        (await sharesOf(context).load(l.id)).reduce((sum, s) => sum + s.amountCents, 0n),
    }),
    source: t.exposeString('source', { nullable: true, description: 'The document that decided it.' }),
    version: t.exposeInt('version', {
      description: 'Optimistic-concurrency version; send it back with a change.',
    }),
  }),
});

builder.queryFields((t) => ({
  lumpsums: t.field({
    type: [Lumpsum],
    description: 'The current version of every lumpsum of a year.',
    authScopes: READ_BUDGET,
    args: { year: t.arg.int({ required: true, description: 'The year.' }) },
    resolve: (_root, args, { db }) =>
      db
        .select()
        .from(lumpsums)
        .where(and(eq(lumpsums.year, args.year), isNull(lumpsums.supersededAt)))
        .orderBy(asc(lumpsums.id)),
  }),
}));

/** A definitive lumpsum is never edited; correct it with a new version instead. */
export class LumpsumDefinitiveError extends DomainError {
  override name = 'LumpsumDefinitiveError';
  constructor(readonly lumpsumId: string) {
    super('This lumpsum is definitive and is never edited: record a correction, which becomes a new version');
  }
}

builder.objectType(LumpsumDefinitiveError, {
  name: 'LumpsumDefinitiveError',
  description:
    'A definitive lumpsum cannot be edited; a correction makes a new version and keeps the old one readable.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ lumpsumId: t.exposeID('lumpsumId', { description: 'The lumpsum.' }) }),
});

const UpdateLumpsumInput = builder.inputType('UpdateLumpsumInput', {
  description: 'Changes to a lumpsum that is not yet definitive.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The lumpsum version.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    decidedAmount: t.field({ type: 'Money', description: 'New decided amount (zero or more).' }),
    status: t.field({ type: LumpsumStatus, description: 'The next status (statuses only move forward).' }),
  }),
});

builder.mutationFields((t) => ({
  updateLumpsum: t.field({
    type: Lumpsum,
    description: 'Change the decided amount or move the status forward. Refused for a definitive lumpsum.',
    authScopes: WRITE,
    errors: { types: [ValidationError, NotFoundError, VersionConflictError, LumpsumDefinitiveError] },
    args: { input: t.arg({ type: UpdateLumpsumInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const id = String(input.id);
      const [current] = await db.select().from(lumpsums).where(eq(lumpsums.id, id));
      if (!current) throw new NotFoundError('Lumpsum', id);
      if (current.status === 'DEFINITIVE' || current.supersededAt) throw new LumpsumDefinitiveError(id);
      if (input.decidedAmount !== undefined && input.decidedAmount !== null && input.decidedAmount < 0n) {
        throw new ValidationError('decidedAmount', 'A lumpsum cannot be negative');
      }
      if (input.status && !canMoveTo(current.status, input.status)) {
        throw new ValidationError('status', `A lumpsum moves from ${current.status} only to the next status`);
      }
      const [row] = await db
        .update(lumpsums)
        .set({
          ...(input.decidedAmount !== undefined &&
            input.decidedAmount !== null && { decidedCents: input.decidedAmount }),
          ...(input.status && { status: input.status }),
          version: sql`${lumpsums.version} + 1`,
        })
        .where(
          and(
            eq(lumpsums.id, id),
            eq(lumpsums.version, input.version),
            sql`${lumpsums.status} <> 'DEFINITIVE'`,
          ),
        )
        .returning();
      if (!row) throw new VersionConflictError('Lumpsum', id, input.version, current.version);
      return row;
    },
  }),
}));
