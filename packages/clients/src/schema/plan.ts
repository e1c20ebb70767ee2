import { isUniqueViolation, lockVersioned, updateVersioned } from '@mienskip/kit/db';
import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { supportPlans } from '../db/tables.ts';
import { planAuthor } from '../domain/caseworkers.ts';
import { ActivePlanExistsError, RuleViolationError, unlessRefused } from '../domain/errors.ts';
import { draftPlan, oneActivePlan, updatePlan } from '../domain/plan.ts';
import { visibilityOf } from '../lookups/caseloads.ts';
import { lookUpWorker } from '../lookups/workers.ts';
import { today } from '../store/clock.ts';
import { bumpHousehold, lockHousehold } from '../store/locking.ts';
import { insertPlan, planPeriods } from '../store/plan.ts';
import { builder, WRITE } from './builder.ts';
import { SupportPlan } from './household.ts';

const CreateSupportPlanInput = builder.inputType('CreateSupportPlanInput', {
  description: 'A household’s ondersteuningsplan, written by a basis worker.',
  fields: (t) => ({
    householdId: t.id({ required: true, description: 'The household.' }),
    createdByWorkerId: t.id({ required: true, description: 'The basis worker writing it.' }),
    goals: t.stringList({ required: true, description: 'Goals (at most 20).' }),
    agreements: t.string({ description: 'Uitvoeringsafspraken for multi-domain cases.' }),
    partyOrganisationIds: t.idList({ description: 'Organisations involved.' }),
    startedOn: t.field({ type: 'Date', description: 'Takes effect on (default today).' }),
  }),
});

const UpdateSupportPlanInput = builder.inputType('UpdateSupportPlanInput', {
  description: 'Change an active plan; omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The plan.' }),
    version: t.int({ required: true, description: 'The plan version you read.' }),
    goals: t.stringList({ description: 'New goals.' }),
    agreements: t.string({ description: 'New implementation agreements.' }),
    partyOrganisationIds: t.idList({ description: 'New parties.' }),
    closedOn: t.field({
      type: 'Date',
      description:
        'Close the plan on this date (the plan stays active until then); a closing date once set does not move.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createSupportPlan: t.field({
    type: SupportPlan,
    description:
      'Write the plan of a household. One household, one plan: refused while another plan is still active on ' +
      'the day the new one takes effect (one closing later, or not closing).',
    authScopes: WRITE,
    errors: {
      types: [
        ActivePlanExistsError,
        RuleViolationError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: CreateSupportPlanInput, required: true, description: 'The plan.' }) },
    resolve: async (_root, { input }, context) => {
      const plan = unlessRefused(draftPlan(input, today()));
      const author = plan.createdByWorkerId;
      unlessRefused(planAuthor(author, await lookUpWorker(context, author)));
      const visibility = await visibilityOf(context);
      try {
        return await context.db.transaction(async (tx) => {
          await lockHousehold(tx, visibility, plan.householdId);
          const periods = await planPeriods(tx, plan.householdId);
          const refusal = oneActivePlan(plan.householdId, periods, plan.startedOn);
          if (refusal) throw refusal;
          const row = await insertPlan(tx, plan);
          await bumpHousehold(tx, plan.householdId);
          return row;
        });
      } catch (error) {
        // The partial unique index is the last word when two plans race.
        if (isUniqueViolation(error)) throw new ActivePlanExistsError(plan.householdId, 'another plan');
        throw error;
      }
    },
  }),
  updateSupportPlan: t.field({
    type: SupportPlan,
    description:
      'Change or close the active plan (also one whose closing date lies ahead). Refused, changing nothing, on a stale version.',
    authScopes: WRITE,
    errors: { types: [VersionConflictError, RuleViolationError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: UpdateSupportPlanInput, required: true, description: 'The change.' }) },
    resolve: async (_root, { input }, { db }) =>
      db.transaction(async (tx) => {
        const plan = await lockVersioned(tx, supportPlans, 'SupportPlan', input.id, input.version);
        const updated = await updateVersioned(
          tx,
          supportPlans,
          plan.id,
          unlessRefused(updatePlan(plan, input, today())),
        );
        await bumpHousehold(tx, plan.householdId);
        return updated;
      }),
  }),
}));
