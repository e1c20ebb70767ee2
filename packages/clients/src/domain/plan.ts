import { ValidationError } from '@mienskip/kit/rules';
import { ActivePlanExistsError, RuleViolationError } from './errors.ts';

/** A plan as asked for. */
export interface PlanInput {
  householdId: string;
  createdByWorkerId: string;
  goals: readonly string[];
  agreements?: string | null;
  partyOrganisationIds?: readonly string[] | null;
  startedOn?: string | null;
}

/** A plan to insert. */
export interface NewPlan {
  householdId: string;
  createdByWorkerId: string;
  goals: string[];
  agreements: string | null;
  partyOrganisationIds: string[];
  startedOn: string;
}

const MAX_GOALS = 20;
const MAX_GOAL_LENGTH = 500;

/** Goals, trimmed, empty ones left out: at most 20 of at most 500 characters. */
export function checkGoals(goals: readonly string[]): ValidationError | string[] {
  const trimmed = goals.map((goal) => goal.trim()).filter(Boolean);
  if (trimmed.length > MAX_GOALS || trimmed.some((goal) => goal.length > MAX_GOAL_LENGTH)) {
    return new ValidationError('goals', 'A plan has at most 20 goals of at most 500 characters');
  }
  return trimmed;
}

/** A new ondersteuningsplan (BR-R5: with its implementation agreements and the parties involved). */
export function draftPlan(input: PlanInput, today: string): ValidationError | NewPlan {
  const goals = checkGoals(input.goals);
  if (goals instanceof ValidationError) return goals;
  return {
    householdId: input.householdId,
    createdByWorkerId: input.createdByWorkerId,
    goals,
    agreements: input.agreements?.trim() || null,
    partyOrganisationIds: [...(input.partyOrganisationIds ?? [])],
    startedOn: input.startedOn ?? today,
  };
}

/** One household, one plan (BR-K3): refused while `activePlanId` is open. */
export function oneActivePlan(
  householdId: string,
  activePlanId: string | null,
): ActivePlanExistsError | null {
  return activePlanId === null ? null : new ActivePlanExistsError(householdId, activePlanId);
}

/** What a plan is now, as far as a change to it depends on. */
export interface PlanState {
  startedOn: string;
  closedOn: string | null;
}

/** A change to a plan; a field left out (undefined) stays as it is. */
export interface PlanChange {
  goals?: readonly string[] | null;
  agreements?: string | null;
  partyOrganisationIds?: readonly string[] | null;
  closedOn?: string | null;
}

export interface PlanUpdate {
  goals?: string[];
  agreements?: string | null;
  partyOrganisationIds?: string[];
  closedOn?: string;
}

/** Changing or closing a plan (P4): a closed plan does not change, and closes on or after its start. */
export function updatePlan(
  plan: PlanState,
  change: PlanChange,
): RuleViolationError | ValidationError | PlanUpdate {
  if (plan.closedOn) return new RuleViolationError('id', 'A closed plan does not change');
  if (change.closedOn && change.closedOn < plan.startedOn) {
    return new RuleViolationError('closedOn', 'A plan closes on or after its start');
  }
  const update: PlanUpdate = {};
  if (change.goals) {
    const goals = checkGoals(change.goals);
    if (goals instanceof ValidationError) return goals;
    update.goals = goals;
  }
  // Agreements sent as null are cleared; left out, they stay.
  if (change.agreements !== undefined) update.agreements = change.agreements?.trim() || null;
  if (change.partyOrganisationIds) update.partyOrganisationIds = [...change.partyOrganisationIds];
  if (change.closedOn) update.closedOn = change.closedOn;
  return update;
}
