import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import type { SubgraphContext } from '@mienskip/kit/server';
import type { realisations } from '../db/tables.ts';
import { decideRealisationEntry, type MonthlyAmount, monthlyTotals } from '../domain/realisation.ts';
import { throwIfRefused } from '../domain/refusal.ts';
import { knownOrganisations } from '../store/organisations.ts';
import { insertRealisation } from '../store/realisations.ts';
import { addProvenanceField, builder, READ_BUDGET } from './builder.ts';
import { Lot } from './contract.ts';
import { Lumpsum } from './lumpsum/types.ts';
import { Organisation } from './organisation.ts';
import { monthlyByLot } from './realisation-of-year.ts';

const MonthlyRealisation = builder.objectRef<MonthlyAmount>('MonthlyRealisation').implement({
  description: 'Realisatie in one month.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Month, 1–12.' }),
    amount: t.field({ type: 'Money', description: 'Spent in that month.', resolve: (m) => m.amountCents }),
  }),
});

async function monthsOf(
  lumpsum: { year: number; lots: string[] },
  context: SubgraphContext,
): Promise<MonthlyAmount[]> {
  return monthlyTotals(await monthlyByLot(context).load(lumpsum.year), lumpsum.lots);
}

builder.objectFields(Lumpsum, (t) => ({
  realisationByMonth: t.field({
    type: [MonthlyRealisation],
    description:
      'Realisatie: spending on the lumpsum’s lots in each month of its year (a provider’s key: its own).',
    resolve: (lumpsum, _args, context) => monthsOf(lumpsum, context),
  }),
  realised: t.field({
    type: 'Money',
    description: 'Spending on the lumpsum’s lots over its year (a provider’s key: its own).',
    resolve: async (lumpsum, _args, context) =>
      (await monthsOf(lumpsum, context)).reduce((sum, m) => sum + m.amountCents, 0n),
  }),
  realisedMinusDecided: t.field({
    type: 'Money',
    description: 'Realised − decided amount: positive when more was spent than the lumpsum (municipal keys).',
    nullable: true,
    authScopes: { municipal: true },
    resolve: async (lumpsum, _args, context) =>
      (await monthsOf(lumpsum, context)).reduce((sum, m) => sum + m.amountCents, 0n) - lumpsum.decidedCents,
  }),
}));

const RecordRealisationInput = builder.inputType('RecordRealisationInput', {
  description: 'Spending of an organisation on a lot in a month (a correction is a negative entry).',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'Who spent it; a provider records its own.' }),
    lot: t.field({ type: Lot, required: true, description: 'The lot.' }),
    year: t.int({ required: true, description: 'The year, 2015–2100.' }),
    month: t.int({ required: true, description: 'The month, 1–12.' }),
    amount: t.field({ type: 'Money', required: true, description: 'The amount; not zero.' }),
  }),
});

const RealisationEntry = builder.objectRef<typeof realisations.$inferSelect>('RealisationEntry').implement({
  description: 'One recorded spending entry (realisatieregel).',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'Who spent it.',
      resolve: (e) => e.organisationId,
    }),
    lot: t.expose('lot', { type: Lot, description: 'The lot.' }),
    year: t.exposeInt('year', { description: 'The year.' }),
    month: t.exposeInt('month', { description: 'The month.' }),
    amount: t.field({ type: 'Money', description: 'The amount.', resolve: (e) => e.amountCents }),
  }),
});

addProvenanceField(
  RealisationEntry,
  'Where this entry comes from: the monthly realisation of 2021 the seed writes is SYNTHETIC (generated from a fixed seed; the sources give no spending), entries recorded through `recordRealisation` RECORDED.',
);

builder.mutationField('recordRealisation', (t) =>
  t.field({
    type: RealisationEntry,
    description: 'Record monthly spending against the lumpsum; entries are added, never overwritten.',
    authScopes: { scope: 'budget:write' },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: RecordRealisationInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db, caller }) => {
      const { organisationId, lot, year, month, amount } = input;
      const entry = { organisationId: String(organisationId), lot, year, month, amountCents: amount };
      const known = await knownOrganisations(db, [entry.organisationId]);
      return insertRealisation(db, throwIfRefused(decideRealisationEntry(caller, entry, known)));
    },
  }),
);
