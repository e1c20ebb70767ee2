import { isUniqueViolation, lockVersioned } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { supportPlans } from '../db/tables.ts';
import { ActivePlanExistsError, RuleViolationError } from '../domain/errors.ts';
import { BASIS_PROVIDER } from '../domain/organisations.ts';
import { today } from '../store/clock.ts';
import { bumpHousehold, lockHousehold } from '../store/locking.ts';
import { requireCaseworkerOf } from './access.ts';
import { builder, WRITE } from './builder.ts';
import { SupportPlan } from './household.ts';

function checkGoals(goals: readonly string[]): string[] {
  const trimmed = goals.map((goal) => goal.trim()).filter(Boolean);
  if (trimmed.length > 20 || trimmed.some((goal) => goal.length > 500)) {
    throw new ValidationError('goals', 'A plan has at most 20 goals of at most 500 characters');
  }
  return trimmed;
}

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
    closedOn: t.field({ type: 'Date', description: 'Close the plan on this date.' }),
  }),
});

builder.mutationFields((t) => ({
  createSupportPlan: t.field({
    type: SupportPlan,
    description: 'Write the plan of a household. One household, one plan: refused while another is active.',
    authScopes: WRITE,
    errors: { types: [ActivePlanExistsError, RuleViolationError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: CreateSupportPlanInput, required: true, description: 'The plan.' }) },
    resolve: async (_root, { input }, { db }) => {
      const householdId = String(input.householdId);
      const goals = checkGoals(input.goals);
      try {
        return await db.transaction(async (tx) => {
          await lockHousehold(tx, householdId);
          await requireCaseworkerOf(tx, String(input.createdByWorkerId), BASIS_PROVIDER, 'createdByWorkerId');
          const [active] = await tx
            .select({ id: supportPlans.id })
            .from(supportPlans)
            .where(and(eq(supportPlans.householdId, householdId), isNull(supportPlans.closedOn)));
          if (active) throw new ActivePlanExistsError(householdId, active.id);
          const [plan] = await tx
            .insert(supportPlans)
            .values({
              id: `plan-${crypto.randomUUID()}`,
              householdId,
              goals,
              agreements: input.agreements?.trim() || null,
              partyOrganisationIds: (input.partyOrganisationIds ?? []).map(String),
              createdByWorkerId: String(input.createdByWorkerId),
              startedOn: input.startedOn ?? today(),
            })
            .returning();
          await bumpHousehold(tx, householdId);
          return plan!;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ActivePlanExistsError(householdId, 'another plan');
        throw error;
      }
    },
  }),
  updateSupportPlan: t.field({
    type: SupportPlan,
    description: 'Change or close the active plan. Refused, changing nothing, on a stale version.',
    authScopes: WRITE,
    errors: { types: [VersionConflictError, RuleViolationError, NotFoundError, ValidationError] },
    args: { input: t.arg({ type: UpdateSupportPlanInput, required: true, description: 'The change.' }) },
    resolve: async (_root, { input }, { db }) => {
      const id = String(input.id);
      return db.transaction(async (tx) => {
        const plan = await lockVersioned(tx, supportPlans, 'SupportPlan', id, input.version);
        if (plan.closedOn) throw new RuleViolationError('id', 'A closed plan does not change');
        if (input.closedOn && input.closedOn < plan.startedOn) {
          throw new RuleViolationError('closedOn', 'A plan closes on or after its start');
        }
        const [updated] = await tx
          .update(supportPlans)
          .set({
            ...(input.goals && { goals: checkGoals(input.goals) }),
            ...(input.agreements !== undefined && { agreements: input.agreements?.trim() || null }),
            ...(input.partyOrganisationIds && {
              partyOrganisationIds: input.partyOrganisationIds.map(String),
            }),
            ...(input.closedOn && { closedOn: input.closedOn }),
            version: sql`${supportPlans.version} + 1`,
          })
          .where(eq(supportPlans.id, id))
          .returning();
        await bumpHousehold(tx, plan.householdId);
        return updated!;
      });
    },
  }),
}));
