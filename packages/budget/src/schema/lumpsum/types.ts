import { mayReadRowsOf } from '@mienskip/kit/rules';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { type LumpsumMutationRow, type LumpsumRow, type LumpsumShareRow, lumpsums } from '../../db/tables.ts';
import { LumpsumDefinitiveError } from '../../domain/errors.ts';
import { linesTotal, type LumpsumStatus as Status, unexplainedDifference } from '../../domain/lumpsum.ts';
import { linesOfLumpsums, lumpsumsOfYearWithDetails, sharesWithOrganisations } from '../../store/lumpsums.ts';
import { addProvenanceField, builder, ErrorInterface, READ_BUDGET } from '../builder.ts';
import { Lot } from '../contract.ts';
import { Organisation, primeOrganisations } from '../organisation.ts';

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

addProvenanceField(
  LumpsumMutation,
  'Where this line comes from: the lines of the two 2021 lumpsums are SOURCE (the council letter of November 2020), lines of a lumpsum created or corrected through the API RECORDED.',
);
addProvenanceField(
  LumpsumShare,
  'Where this share comes from: the shares of the two 2021 lumpsums are SOURCE (the council letter of November 2020), shares written through the API (a new lumpsum, a correction, a decided redistribution) RECORDED.',
);

/** The lines of each lumpsum: one statement for every field and every lumpsum of an operation. */
const linesOf = contextLoader(async (ids: readonly string[], { db }: SubgraphContext) =>
  groupByIds(ids, await linesOfLumpsums(db, ids), (row) => row.lumpsumId),
);

/**
 * The shares of each lumpsum, in the same statement as their organisations: an overview nearly always
 * names who gets a share, and the organisation loader then answers without a statement of its own.
 */
const sharesOf = contextLoader(async (ids: readonly string[], context: SubgraphContext) => {
  const rows = await sharesWithOrganisations(context.db, ids);
  primeOrganisations(
    context,
    rows.map(({ organisation }) => organisation),
  );
  return groupByIds(
    ids,
    rows.map(({ share }) => share),
    (share) => share.lumpsumId,
  );
});

/**
 * A year's lumpsums, read with their lines and their shares' organisations in one statement; what
 * the overview's fields then ask of the loaders is there already (issue 19).
 */
export async function lumpsumsOfYear(context: SubgraphContext, year: number): Promise<LumpsumRow[]> {
  const read = await lumpsumsOfYearWithDetails(context.db, year);
  for (const { lumpsum, lines, shares } of read) {
    linesOf(context).prime(lumpsum.id, lines);
    sharesOf(context).prime(
      lumpsum.id,
      shares.map(({ share }) => share),
    );
    primeOrganisations(
      context,
      shares.map(({ organisation }) => organisation),
    );
  }
  return read.map(({ lumpsum }) => lumpsum);
}

export const Lumpsum = builder.objectRef<LumpsumRow>('Lumpsum');

Lumpsum.implement({
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
      // A provider sees its own share; the municipality sees all of them (BR-KT2).
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
    previousVersions: t.field({
      type: [Lumpsum],
      description: 'Earlier versions this one corrects, newest first; they stay readable as decided.',
      resolve: (lumpsum, _args, { db }) =>
        db
          .select()
          .from(lumpsums)
          .where(and(eq(lumpsums.seriesId, lumpsum.seriesId), isNotNull(lumpsums.supersededAt)))
          .orderBy(desc(lumpsums.correction)),
    }),
  }),
});

addProvenanceField(
  Lumpsum,
  'Where this version comes from: the two 2021 lumpsums are SOURCE (the council letter of November 2020) until changed through the API (`updateLumpsum`, a decided redistribution), then RECORDED; versions created or corrected through the API are RECORDED.',
);

builder.objectType(LumpsumDefinitiveError, {
  name: 'LumpsumDefinitiveError',
  description:
    'A definitive lumpsum cannot be edited; a correction makes a new version and keeps the old one readable.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ lumpsumId: t.exposeID('lumpsumId', { description: 'The lumpsum.' }) }),
});
