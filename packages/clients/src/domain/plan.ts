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

/** A plan's period as far as BR-K3 depends on it. */
export interface PlanPeriod {
  id: string;
  startedOn: string;
  closedOn: string | null;
}

/**
 * Whether a plan is still active on `day`: a plan is active until its closing date, whether that
 * date lies in the past or the future; from the closing date on it is not (BR-K3).
 */
export function activeOn(plan: { closedOn: string | null }, day: string): boolean {
  return plan.closedOn === null || plan.closedOn > day;
}

/**
 * One household, one plan (BR-K3): a new plan taking effect on `startedOn` is refused while another
 * plan of the household is still active on that day or later, that is while its closing date is not
 * set or lies after `startedOn` (a plan closing in the future is still active). A plan may take effect
 * on the day the previous one closes.
 */
export function oneActivePlan(
  householdId: string,
  plans: readonly PlanPeriod[],
  startedOn: string,
): ActivePlanExistsError | null {
  const active = plans.find((plan) => activeOn(plan, startedOn));
  return active ? new ActivePlanExistsError(householdId, active.id) : null;
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

/**
 * Changing or closing a plan (P4): a plan changes until its closing date, also when that date was set
 * ahead; from the closing date on it does not. A plan closes on or after its start, and a closing date
 * once set does not move (sending the same date again changes nothing): a later date could overlap a
 * plan written to follow it (BR-K3), and the parties agreed the date.
 */
export function updatePlan(
  plan: PlanState,
  change: PlanChange,
  today: string,
): RuleViolationError | ValidationError | PlanUpdate {
  if (!activeOn(plan, today)) return new RuleViolationError('id', 'A closed plan does not change');
  if (change.closedOn && plan.closedOn && change.closedOn !== plan.closedOn) {
    return new RuleViolationError('closedOn', 'A closing date once set does not move');
  }
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
  if (change.closedOn && !plan.closedOn) update.closedOn = change.closedOn;
  return update;
}
