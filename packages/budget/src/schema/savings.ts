import { lockVersioned, updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  provenanceAfterChange,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { asc, lte } from 'drizzle-orm';
import { SAVINGS_TARGET_CENTS } from '../db/reference-data.ts';
import { type SavingsMeasureRow, savingsMeasures } from '../db/tables.ts';
import { throwIfRefused } from '../domain/refusal.ts';
import { savingsPlanFigures, savingsRealisationRefusal } from '../domain/savings.ts';
import { addProvenanceField, builder } from './builder.ts';

/** Finance staff and council reporting both read the savings plan. */
const READ_OR_STATISTICS = { anyScope: ['budget:read', 'statistics'] } as const;

const SavingsMeasure = builder.objectRef<SavingsMeasureRow>('SavingsMeasure').implement({
  description: 'Besparingsmaatregel: one measure of the savings plan (taakstelling), with what it realised.',
  authScopes: READ_OR_STATISTICS,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    position: t.exposeInt('position', { description: 'Its number in the plan.' }),
    title: t.exposeString('title', { description: 'The measure.' }),
    fromYear: t.exposeInt('fromYear', { description: 'The year it counts from.' }),
    planned: t.field({
      type: 'Money',
      description: 'The planned structural saving per year.',
      resolve: (m) => m.plannedCents,
    }),
    realised: t.field({
      type: 'Money',
      nullable: true,
      description:
        'What it realised per year; null while not known — never assumed equal to the plan (see ' +
        'SavingsPlan.realisationComplete).',
      resolve: (m) => m.realisedCents,
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

interface SavingsPlanShape {
  year: number;
  measures: SavingsMeasureRow[];
}

addProvenanceField(
  SavingsMeasure,
  'Where this measure comes from: the measures of the 2019 implementation plan are SOURCE (its §7.2 and §7.3, with a realisation only where a source gives one), RECORDED once a realisation is recorded through `recordSavingsRealisation`.',
);

const figures = (plan: SavingsPlanShape) => savingsPlanFigures(plan.measures, SAVINGS_TARGET_CENTS);

const SavingsPlan = builder.objectRef<SavingsPlanShape>('SavingsPlan').implement({
  description:
    'The savings plan for a year: the measures counting by then, their total, the taakstelling of €3.6m and ' +
    'the reserve (risk reserve / investment amount) that follows as total − target.',
  authScopes: READ_OR_STATISTICS,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year.' }),
    measures: t.field({
      type: [SavingsMeasure],
      description: 'The measures counting in this year.',
      resolve: (p) => p.measures,
    }),
    plannedTotal: t.field({
      type: 'Money',
      description: 'All measures together.',
      resolve: (p) => figures(p).plannedTotalCents,
    }),
    target: t.field({
      type: 'Money',
      description: 'Taakstelling: the structural savings target.',
      resolve: () => SAVINGS_TARGET_CENTS,
    }),
    reserve: t.field({
      type: 'Money',
      description: 'Reserve: planned total − target (€840,000 for 2021).',
      resolve: (p) => figures(p).reserveCents,
    }),
    realisedTotal: t.field({
      type: 'Money',
      description: 'What the measures realised so far (measures not yet known count as nothing).',
      resolve: (p) => figures(p).realisedTotalCents,
    }),
    realisedVersusTarget: t.field({
      type: 'Money',
      description: 'Realised − target: negative while the target is not reached.',
      resolve: (p) => figures(p).realisedVersusTargetCents,
    }),
    realisationComplete: t.boolean({
      description:
        'Whether what every measure of this year realised is known. While false, realisedTotal and ' +
        'realisedVersusTarget count the measures whose realisation is unknown as nothing: they are not ' +
        'the final figures.',
      resolve: (p) => figures(p).unknownRealisations === 0,
    }),
    measuresWithoutRealisation: t.int({
      description: 'How many measures of this year have no known realisation (`realised` is null).',
      resolve: (p) => figures(p).unknownRealisations,
    }),
  }),
});

builder.queryField('savingsPlan', (t) =>
  t.field({
    type: SavingsPlan,
    nullable: true,
    description:
      'The savings plan as it stands for a year: target versus planned and realised. Null when budget is unavailable; see errors.',
    authScopes: READ_OR_STATISTICS,
    args: { year: t.arg.int({ required: true, description: 'The year.' }) },
    resolve: async (_root, args, { db }) => ({
      year: args.year,
      measures: await db
        .select()
        .from(savingsMeasures)
        .where(lte(savingsMeasures.fromYear, args.year))
        .orderBy(asc(savingsMeasures.position)),
    }),
  }),
);

const RecordSavingsInput = builder.inputType('RecordSavingsRealisationInput', {
  description: 'What a savings measure realised per year.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The measure.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    realised: t.field({
      type: 'Money',
      required: true,
      description: 'The realised saving per year, zero or more.',
    }),
  }),
});

builder.mutationField('recordSavingsRealisation', (t) =>
  t.field({
    type: SavingsMeasure,
    description: 'Record what a savings measure realised.',
    authScopes: { $all: { scope: 'budget:write', municipal: true } },
    errors: { types: [ValidationError, NotFoundError, VersionConflictError] },
    args: { input: t.arg({ type: RecordSavingsInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      throwIfRefused(savingsRealisationRefusal(input.realised));
      return db.transaction(async (tx) => {
        const measure = await lockVersioned(
          tx,
          savingsMeasures,
          'SavingsMeasure',
          String(input.id),
          input.version,
        );
        return updateVersioned(tx, savingsMeasures, measure.id, {
          realisedCents: input.realised,
          provenance: provenanceAfterChange(measure.provenance),
        });
      });
    },
  }),
);
